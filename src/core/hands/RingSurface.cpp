#include "core/hands/RingSurface.h"

namespace backrub {

void appendTriangle(std::uint32_t a, std::uint32_t b, std::uint32_t c, std::vector<std::uint32_t>& idx) {
    idx.push_back(a);
    idx.push_back(b);
    idx.push_back(c);
}

void ringSurfaceIndices(std::uint32_t base, int rings, int slices, std::vector<std::uint32_t>& idx) {
    const auto at = [&](int ring, int slice) {
        return base + 1u + static_cast<std::uint32_t>(ring * slices + slice % slices);
    };
    const std::uint32_t last = base + 1u + static_cast<std::uint32_t>(rings * slices);
    for (int j = 0; j < slices; ++j) appendTriangle(base, at(0, j + 1), at(0, j), idx);
    for (int i = 0; i + 1 < rings; ++i) {
        for (int j = 0; j < slices; ++j) {
            appendTriangle(at(i, j), at(i, j + 1), at(i + 1, j + 1), idx);
            appendTriangle(at(i, j), at(i + 1, j + 1), at(i + 1, j), idx);
        }
    }
    for (int j = 0; j < slices; ++j) appendTriangle(at(rings - 1, j), at(rings - 1, j + 1), last, idx);
}

}  // namespace backrub
