#pragma once
// Closed surfaces laid out as pole, rings of equal size, pole: the index
// pattern the hand, nail, forearm and ball meshes share, and the unit circle
// their rings are drawn from.
#include <glm/glm.hpp>

#include <array>
#include <cmath>
#include <cstdint>
#include <vector>

namespace backrub {

// Appends triangle a, b, c.
void appendTriangle(std::uint32_t a, std::uint32_t b, std::uint32_t c, std::vector<std::uint32_t>& idx);

// Indices of a closed surface laid out as pole, `rings` rings of `slices`, pole,
// rings going from the first pole to the second and each ring turning counter-
// clockwise seen from the second pole. Outward winding when the second pole
// lies along e1 x e2 of a ring drawn cos * e1 + sin * e2.
void ringSurfaceIndices(std::uint32_t base, int rings, int slices, std::vector<std::uint32_t>& idx);

// cos, sin of N angles evenly spaced around the circle, from 0.
template <int N>
const std::array<glm::vec2, N>& unitCircle() {
    static const std::array<glm::vec2, N> table = [] {
        std::array<glm::vec2, N> t{};
        for (int j = 0; j < N; ++j) {
            const float a = 6.28318530718f * static_cast<float>(j) / static_cast<float>(N);
            t[static_cast<std::size_t>(j)] = glm::vec2(std::cos(a), std::sin(a));
        }
        return t;
    }();
    return table;
}

}  // namespace backrub
