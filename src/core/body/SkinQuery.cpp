#include "core/body/SkinQuery.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace backrub {

namespace {

constexpr std::uint32_t kLeafTriangles = 4;

// Closest point on triangle abc to p (Ericson, Real-Time Collision Detection 5.1.5),
// returned with its barycentric weights for normal interpolation.
glm::vec3 closestOnTriangle(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b, const glm::vec3& c,
                            glm::vec3& bary) {
    const glm::vec3 ab = b - a, ac = c - a, ap = p - a;
    const float d1 = glm::dot(ab, ap), d2 = glm::dot(ac, ap);
    if (d1 <= 0.0f && d2 <= 0.0f) { bary = {1, 0, 0}; return a; }
    const glm::vec3 bp = p - b;
    const float d3 = glm::dot(ab, bp), d4 = glm::dot(ac, bp);
    if (d3 >= 0.0f && d4 <= d3) { bary = {0, 1, 0}; return b; }
    const float vc = d1 * d4 - d3 * d2;
    if (vc <= 0.0f && d1 >= 0.0f && d3 <= 0.0f) {
        const float v = d1 / (d1 - d3);
        bary = {1 - v, v, 0};
        return a + v * ab;
    }
    const glm::vec3 cp = p - c;
    const float d5 = glm::dot(ab, cp), d6 = glm::dot(ac, cp);
    if (d6 >= 0.0f && d5 <= d6) { bary = {0, 0, 1}; return c; }
    const float vb = d5 * d2 - d1 * d6;
    if (vb <= 0.0f && d2 >= 0.0f && d6 <= 0.0f) {
        const float w = d2 / (d2 - d6);
        bary = {1 - w, 0, w};
        return a + w * ac;
    }
    const float va = d3 * d6 - d5 * d4;
    if (va <= 0.0f && (d4 - d3) >= 0.0f && (d5 - d6) >= 0.0f) {
        const float w = (d4 - d3) / ((d4 - d3) + (d5 - d6));
        bary = {0, 1 - w, w};
        return b + w * (c - b);
    }
    const float sum = va + vb + vc;
    if (!(std::fabs(sum) > 0.0f)) { bary = {1, 0, 0}; return a; }  // degenerate triangle
    const float denom = 1.0f / sum;
    const float v = vb * denom, w = vc * denom;
    bary = {1 - v - w, v, w};
    return a + ab * v + ac * w;
}

float boxDistance2(const glm::vec3& p, const glm::vec3& lo, const glm::vec3& hi) {
    const glm::vec3 d = glm::max(glm::max(lo - p, p - hi), glm::vec3(0.0f));
    return glm::dot(d, d);
}

}  // namespace

SkinQuery::SkinQuery(const SkinSurface& skin) : skin_(skin) {
    const std::size_t vertexCount = skin.positions.size();
    const std::size_t triCount = skin.indices.size() / 3;
    std::vector<glm::vec3> centroids(triCount);
    order_.reserve(triCount);
    for (std::size_t t = 0; t < triCount; ++t) {
        const std::uint32_t* idx = &skin.indices[3 * t];
        if (idx[0] >= vertexCount || idx[1] >= vertexCount || idx[2] >= vertexCount) continue;
        order_.push_back(static_cast<std::uint32_t>(t));
        centroids[t] = (skin.positions[idx[0]] + skin.positions[idx[1]] + skin.positions[idx[2]]) / 3.0f;
    }
    triangleCount_ = order_.size();
    if (order_.empty()) return;
    nodes_.reserve(2 * order_.size() / kLeafTriangles + 1);
    nodes_.push_back({});
    build(0, 0, static_cast<std::uint32_t>(order_.size()), centroids);
}

// Node `n` holds order_[first, last): bounds, then either a leaf or two children
// split at the median centroid along the longest axis of the centroids' box.
void SkinQuery::build(std::uint32_t n, std::uint32_t first, std::uint32_t last, const std::vector<glm::vec3>& centroids) {
    glm::vec3 lo(std::numeric_limits<float>::max()), hi(-std::numeric_limits<float>::max());
    glm::vec3 clo = lo, chi = hi;
    for (std::uint32_t i = first; i < last; ++i) {
        const std::uint32_t* idx = &skin_.indices[3 * order_[i]];
        for (int k = 0; k < 3; ++k) {
            lo = glm::min(lo, skin_.positions[idx[k]]);
            hi = glm::max(hi, skin_.positions[idx[k]]);
        }
        clo = glm::min(clo, centroids[order_[i]]);
        chi = glm::max(chi, centroids[order_[i]]);
    }
    nodes_[n].lo = lo;
    nodes_[n].hi = hi;
    nodes_[n].first = first;
    nodes_[n].count = last - first;
    if (last - first <= kLeafTriangles) return;
    const glm::vec3 extent = chi - clo;
    const int axis = extent.x >= extent.y && extent.x >= extent.z ? 0 : (extent.y >= extent.z ? 1 : 2);
    const std::uint32_t mid = first + (last - first) / 2;
    // Ties broken by triangle index: the tree, and so every answer, is deterministic.
    std::nth_element(order_.begin() + first, order_.begin() + mid, order_.begin() + last,
                     [&](std::uint32_t a, std::uint32_t b) {
                         return centroids[a][axis] < centroids[b][axis] ||
                                (centroids[a][axis] == centroids[b][axis] && a < b);
                     });
    const auto left = static_cast<std::uint32_t>(nodes_.size());
    nodes_.push_back({});
    nodes_.push_back({});
    nodes_[n].count = 0;
    nodes_[n].first = left;
    build(left, first, mid, centroids);
    build(left + 1, mid, last, centroids);
}

SkinHit SkinQuery::closest(const glm::vec3& p) const {
    SkinHit best;
    best.position = p;
    if (empty()) return best;
    float bestD2 = std::numeric_limits<float>::max();
    // Nearest box first; a box no nearer than the best triangle so far is skipped.
    // Median splits keep the depth near log2(triangles / 4): 64 entries is ample.
    std::uint32_t stack[64];
    float stackD2[64];
    int top = 0;
    stack[top] = 0;
    stackD2[top++] = boxDistance2(p, nodes_[0].lo, nodes_[0].hi);
    while (top > 0) {
        --top;
        if (stackD2[top] >= bestD2) continue;
        const Node& node = nodes_[stack[top]];
        if (node.count > 0) {
            for (std::uint32_t i = node.first; i < node.first + node.count; ++i) testTriangle(order_[i], p, bestD2, best);
            continue;
        }
        const std::uint32_t a = node.first, b = node.first + 1;
        const float da = boxDistance2(p, nodes_[a].lo, nodes_[a].hi);
        const float db = boxDistance2(p, nodes_[b].lo, nodes_[b].hi);
        const bool aFirst = da <= db;
        stack[top] = aFirst ? b : a;
        stackD2[top++] = aFirst ? db : da;
        stack[top] = aFirst ? a : b;
        stackD2[top++] = aFirst ? da : db;
    }
    const float len = glm::length(best.normal);
    best.normal = len > 0.0f ? best.normal / len : glm::vec3(0.0f, 1.0f, 0.0f);
    best.distance = std::sqrt(bestD2);
    return best;
}

void SkinQuery::testTriangle(std::uint32_t t, const glm::vec3& p, float& bestD2, SkinHit& best) const {
    const std::uint32_t* idx = &skin_.indices[3 * t];
    glm::vec3 bary;
    const glm::vec3 q =
        closestOnTriangle(p, skin_.positions[idx[0]], skin_.positions[idx[1]], skin_.positions[idx[2]], bary);
    const glm::vec3 d = q - p;
    const float d2 = glm::dot(d, d);
    if (d2 < bestD2 || (d2 == bestD2 && static_cast<int>(t) < best.triangle)) {
        bestD2 = d2;
        best.position = q;
        best.triangle = static_cast<int>(t);
        if (skin_.normals.size() == skin_.positions.size()) {
            best.normal =
                bary.x * skin_.normals[idx[0]] + bary.y * skin_.normals[idx[1]] + bary.z * skin_.normals[idx[2]];
        } else {
            best.normal = glm::cross(skin_.positions[idx[1]] - skin_.positions[idx[0]],
                                     skin_.positions[idx[2]] - skin_.positions[idx[0]]);
        }
    }
}

}  // namespace backrub
