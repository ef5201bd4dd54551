#pragma once
// Closest point on the skin surface, through a bounding-volume hierarchy of its
// triangles built once per body: a query visits the nearest boxes first and skips
// every box no nearer than the best triangle so far, so points well off the skin
// (a hand's footprint on its tangent plane) cost about as little as points on it.
#include "core/body/Body.h"

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
    struct Node {
        glm::vec3 lo{0.0f}, hi{0.0f};  // bounds of the node's triangles
        std::uint32_t first = 0;       // leaf: first index into order_; inner: index of the left child
        std::uint32_t count = 0;       // leaf: triangle count; inner: 0 (children at first, first + 1)
    };
    const SkinSurface& skin_;
    std::size_t triangleCount_ = 0;
    std::vector<std::uint32_t> order_;  // triangle ids, grouped by leaf
    std::vector<Node> nodes_;           // nodes_[0] is the root

    void build(std::uint32_t n, std::uint32_t first, std::uint32_t last, const std::vector<glm::vec3>& centroids);
    void testTriangle(std::uint32_t t, const glm::vec3& p, float& bestD2, SkinHit& best) const;
};

}  // namespace backrub
