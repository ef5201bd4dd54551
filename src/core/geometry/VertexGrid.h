#pragma once
// Uniform spatial grid over a fixed set of points (skin vertices), so a
// contact only visits the vertices near it. Built once per skin; queries are
// read-only and allocation-free.
//
// Layout: cells in a dense 3D array over the points' bounds; each cell holds a
// contiguous range of point ids (compressed-row style) together with a copy of
// their positions, so a query walks memory linearly.
#include <glm/glm.hpp>

#include <cmath>
#include <cstdint>
#include <vector>

namespace backrub {

class VertexGrid {
public:
    VertexGrid() = default;
    // cellSizeM <= 0 or non-finite picks a size from the point density. The cell
    // count is capped (about 4 per point), so a degenerate or huge extent cannot
    // exhaust memory; non-finite points are left out of the grid.
    explicit VertexGrid(const std::vector<glm::vec3>& points, float cellSizeM = 0.0f);

    float cellSize() const { return cell_; }
    std::size_t pointCount() const { return ids_.size(); }

    // Calls f(id, position, distanceSquared) for every point within radius of
    // center (inclusive). Order is deterministic (cell by cell, build order within a cell).
    template <class F>
    void forEachInSphere(const glm::vec3& center, float radius, F&& f) const;

private:
    glm::vec3 lo_{0.0f};
    float cell_ = 1.0f;
    int nx_ = 0, ny_ = 0, nz_ = 0;
    std::vector<std::uint32_t> cellStart_;  // nx*ny*nz + 1
    std::vector<std::uint32_t> ids_;        // point ids, grouped by cell
    std::vector<glm::vec3> sorted_;         // positions in the same order as ids_

    int clampCell(float v, int n) const {
        const int c = static_cast<int>(std::floor(v));
        return c < 0 ? 0 : (c >= n ? n - 1 : c);
    }
};

template <class F>
void VertexGrid::forEachInSphere(const glm::vec3& center, float radius, F&& f) const {
    if (ids_.empty() || !(radius >= 0.0f) || !std::isfinite(center.x + center.y + center.z)) return;
    const float inv = 1.0f / cell_;
    const glm::vec3 a = (center - glm::vec3(radius) - lo_) * inv;
    const glm::vec3 b = (center + glm::vec3(radius) - lo_) * inv;
    // Entirely outside the bounds on some axis: nothing to visit.
    if (b.x < 0.0f || b.y < 0.0f || b.z < 0.0f || a.x >= nx_ || a.y >= ny_ || a.z >= nz_) return;
    const int x0 = clampCell(a.x, nx_), x1 = clampCell(b.x, nx_);
    const int y0 = clampCell(a.y, ny_), y1 = clampCell(b.y, ny_);
    const int z0 = clampCell(a.z, nz_), z1 = clampCell(b.z, nz_);
    const float r2 = radius * radius;
    for (int z = z0; z <= z1; ++z)
        for (int y = y0; y <= y1; ++y) {
            const std::size_t row = (static_cast<std::size_t>(z) * ny_ + y) * nx_;
            // Cells x0..x1 of one row are contiguous in ids_.
            const std::uint32_t begin = cellStart_[row + x0], end = cellStart_[row + x1 + 1];
            for (std::uint32_t k = begin; k < end; ++k) {
                const glm::vec3 d = sorted_[k] - center;
                const float d2 = glm::dot(d, d);
                if (d2 <= r2) f(ids_[k], sorted_[k], d2);
            }
        }
}

}  // namespace backrub
