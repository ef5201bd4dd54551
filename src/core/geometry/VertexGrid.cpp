#include "core/geometry/VertexGrid.h"

#include <algorithm>
#include <limits>

namespace backrub {

VertexGrid::VertexGrid(const std::vector<glm::vec3>& points, float cellSizeM) {
    glm::vec3 lo(std::numeric_limits<float>::max()), hi(-std::numeric_limits<float>::max());
    std::size_t finite = 0;
    for (const glm::vec3& p : points) {
        if (!std::isfinite(p.x + p.y + p.z)) continue;
        lo = glm::min(lo, p);
        hi = glm::max(hi, p);
        ++finite;
    }
    if (finite == 0) return;
    const glm::vec3 ext = glm::max(hi - lo, glm::vec3(1e-6f));
    const double volume = static_cast<double>(ext.x) * ext.y * ext.z;
    if (!(cellSizeM > 0.0f) || !std::isfinite(cellSizeM)) {
        // A skin is a surface: about 2 points per occupied cell when cells are
        // sized from the area (estimated from the bounding box faces).
        const double area = 2.0 * (static_cast<double>(ext.x) * ext.y + ext.y * ext.z + ext.x * ext.z);
        cellSizeM = static_cast<float>(std::sqrt(2.0 * area / static_cast<double>(finite)));
    }
    // Cap the dense array at ~4 cells per point (and at least 64 cells).
    const double maxCells = std::max(64.0, 4.0 * static_cast<double>(finite));
    const double minCell = std::cbrt(volume / maxCells);
    cell_ = std::max(cellSizeM, static_cast<float>(minCell) * 1.0001f);
    lo_ = lo;
    auto count = [this](float e) { return std::max(1, static_cast<int>(std::floor(e / cell_)) + 1); };
    nx_ = count(ext.x);
    ny_ = count(ext.y);
    nz_ = count(ext.z);

    const std::size_t cells = static_cast<std::size_t>(nx_) * ny_ * nz_;
    std::vector<std::uint32_t> cellOf(points.size(), std::numeric_limits<std::uint32_t>::max());
    cellStart_.assign(cells + 1, 0);
    const float inv = 1.0f / cell_;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const glm::vec3& p = points[i];
        if (!std::isfinite(p.x + p.y + p.z)) continue;
        const glm::vec3 c = (p - lo_) * inv;
        const std::size_t id =
            (static_cast<std::size_t>(clampCell(c.z, nz_)) * ny_ + clampCell(c.y, ny_)) * nx_ + clampCell(c.x, nx_);
        cellOf[i] = static_cast<std::uint32_t>(id);
        ++cellStart_[id + 1];
    }
    for (std::size_t c = 0; c < cells; ++c) cellStart_[c + 1] += cellStart_[c];
    ids_.resize(finite);
    sorted_.resize(finite);
    std::vector<std::uint32_t> fill(cellStart_.begin(), cellStart_.end() - 1);
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (cellOf[i] == std::numeric_limits<std::uint32_t>::max()) continue;
        const std::uint32_t slot = fill[cellOf[i]]++;
        ids_[slot] = static_cast<std::uint32_t>(i);
        sorted_[slot] = points[i];
    }
}

}  // namespace backrub
