#pragma once
// Closest point on the skin surface, through a uniform grid of triangles built
// once per body. Queries near the skin touch a handful of cells.
#include "core/Body.h"

#include <glm/glm.hpp>

#include <cstdint>
#include <vector>

namespace backrub {

struct SkinHit {
    glm::vec3 position{0.0f};            // on the skin
    glm::vec3 normal{0.0f, 1.0f, 0.0f};  // outward, interpolated from vertex normals
    float distance = 0.0f;               // from the query point, metres
    int triangle = -1;                   // -1 when the skin has no triangles
};

class SkinQuery {
public:
    // `skin` must outlive this object. Triangles with out-of-range indices are skipped.
    explicit SkinQuery(const SkinSurface& skin);

    bool empty() const { return triangleCount_ == 0; }
    // Closest point on the skin to `p`. On an empty skin returns `p` with triangle -1.
    SkinHit closest(const glm::vec3& p) const;

private:
    const SkinSurface& skin_;
    std::size_t triangleCount_ = 0;
    glm::vec3 origin_{0.0f};
    float cellSize_ = 1.0f;
    glm::ivec3 dims_{1, 1, 1};
    std::vector<std::uint32_t> cellStart_;  // dims.x*dims.y*dims.z + 1 offsets into cellTriangles_
    std::vector<std::uint32_t> cellTriangles_;

    glm::ivec3 cellOf(const glm::vec3& p) const;
    void testCell(int cx, int cy, int cz, const glm::vec3& p, float& bestD2, SkinHit& best) const;
};

}  // namespace backrub
