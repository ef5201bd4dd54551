#include "core/SkinQuery.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace backrub {

namespace {

constexpr int kMaxCellsPerAxis = 256;
constexpr double kMaxCells = 2.0e6;  // 8 MB of cell offsets at most

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

}  // namespace

SkinQuery::SkinQuery(const SkinSurface& skin) : skin_(skin) {
    const std::size_t vertexCount = skin.positions.size();
    const std::size_t triCount = skin.indices.size() / 3;
    std::vector<std::uint32_t> valid;
    valid.reserve(triCount);
    glm::vec3 lo(std::numeric_limits<float>::max()), hi(-std::numeric_limits<float>::max());
    double edgeSum = 0.0;
    for (std::size_t t = 0; t < triCount; ++t) {
        const std::uint32_t* idx = &skin.indices[3 * t];
        if (idx[0] >= vertexCount || idx[1] >= vertexCount || idx[2] >= vertexCount) continue;
        valid.push_back(static_cast<std::uint32_t>(t));
        for (int k = 0; k < 3; ++k) {
            lo = glm::min(lo, skin.positions[idx[k]]);
            hi = glm::max(hi, skin.positions[idx[k]]);
        }
        edgeSum += glm::length(skin.positions[idx[1]] - skin.positions[idx[0]]);
    }
    triangleCount_ = valid.size();
    if (valid.empty()) return;

    // About eight cells per triangle (most stay empty: the skin is a surface), never
    // smaller than a triangle edge, so a query near the skin tests a few dozen triangles.
    const glm::vec3 extent = glm::max(hi - lo, glm::vec3(1e-4f));
    const float meanEdge = static_cast<float>(edgeSum / static_cast<double>(valid.size()));
    const double cells = std::min(kMaxCells, 8.0 * static_cast<double>(valid.size()));
    const double volume = static_cast<double>(extent.x) * extent.y * extent.z;
    const float maxExtent = std::max({extent.x, extent.y, extent.z});
    cellSize_ = std::max({static_cast<float>(std::cbrt(volume / cells)), meanEdge, maxExtent / kMaxCellsPerAxis, 1e-4f});
    origin_ = lo;
    for (int a = 0; a < 3; ++a) {
        dims_[a] = std::clamp(static_cast<int>(std::ceil(extent[a] / cellSize_)), 1, kMaxCellsPerAxis);
    }
    const std::size_t cellCount = static_cast<std::size_t>(dims_.x) * dims_.y * dims_.z;

    // Two passes (count, then fill) into a compressed cell -> triangles table.
    std::vector<std::uint32_t> counts(cellCount + 1, 0);
    auto forEachCell = [&](std::uint32_t t, auto&& fn) {
        const std::uint32_t* idx = &skin.indices[3 * t];
        glm::vec3 tlo = skin.positions[idx[0]], thi = tlo;
        for (int k = 1; k < 3; ++k) {
            tlo = glm::min(tlo, skin.positions[idx[k]]);
            thi = glm::max(thi, skin.positions[idx[k]]);
        }
        const glm::ivec3 c0 = cellOf(tlo), c1 = cellOf(thi);
        for (int z = c0.z; z <= c1.z; ++z)
            for (int y = c0.y; y <= c1.y; ++y)
                for (int x = c0.x; x <= c1.x; ++x)
                    fn(static_cast<std::size_t>((z * dims_.y + y) * dims_.x + x));
    };
    for (std::uint32_t t : valid) forEachCell(t, [&](std::size_t c) { ++counts[c + 1]; });
    for (std::size_t c = 0; c < cellCount; ++c) counts[c + 1] += counts[c];
    cellStart_ = counts;
    cellTriangles_.resize(counts[cellCount]);
    for (std::uint32_t t : valid) forEachCell(t, [&](std::size_t c) { cellTriangles_[counts[c]++] = t; });
}

glm::ivec3 SkinQuery::cellOf(const glm::vec3& p) const {
    glm::ivec3 c;
    for (int a = 0; a < 3; ++a) {
        const float f = (p[a] - origin_[a]) / cellSize_;
        c[a] = std::isfinite(f) ? std::clamp(static_cast<int>(std::floor(f)), 0, dims_[a] - 1) : 0;
    }
    return c;
}

void SkinQuery::testCell(int cx, int cy, int cz, const glm::vec3& p, float& bestD2, SkinHit& best) const {
    const std::size_t cell = static_cast<std::size_t>((cz * dims_.y + cy) * dims_.x + cx);
    for (std::uint32_t i = cellStart_[cell]; i < cellStart_[cell + 1]; ++i) {
        const std::uint32_t t = cellTriangles_[i];
        const std::uint32_t* idx = &skin_.indices[3 * t];
        glm::vec3 bary;
        const glm::vec3 q = closestOnTriangle(p, skin_.positions[idx[0]], skin_.positions[idx[1]],
                                              skin_.positions[idx[2]], bary);
        const glm::vec3 d = q - p;
        const float d2 = glm::dot(d, d);
        if (d2 < bestD2) {
            bestD2 = d2;
            best.position = q;
            best.triangle = static_cast<int>(t);
            if (skin_.normals.size() == skin_.positions.size()) {
                best.normal = bary.x * skin_.normals[idx[0]] + bary.y * skin_.normals[idx[1]] +
                              bary.z * skin_.normals[idx[2]];
            } else {
                best.normal = glm::cross(skin_.positions[idx[1]] - skin_.positions[idx[0]],
                                         skin_.positions[idx[2]] - skin_.positions[idx[0]]);
            }
        }
    }
}

SkinHit SkinQuery::closest(const glm::vec3& p) const {
    SkinHit best;
    best.position = p;
    if (empty()) return best;
    float bestD2 = std::numeric_limits<float>::max();
    const glm::ivec3 c = cellOf(p);
    const int maxRing = std::max({dims_.x, dims_.y, dims_.z});
    for (int r = 0; r <= maxRing; ++r) {
        const glm::ivec3 lo = glm::max(c - r, glm::ivec3(0));
        const glm::ivec3 hi = glm::min(c + r, dims_ - 1);
        for (int z = lo.z; z <= hi.z; ++z)
            for (int y = lo.y; y <= hi.y; ++y)
                for (int x = lo.x; x <= hi.x; ++x) {
                    const bool onShell = std::abs(x - c.x) == r || std::abs(y - c.y) == r || std::abs(z - c.z) == r;
                    if (onShell) testCell(x, y, z, p, bestD2, best);
                }
        if (bestD2 == std::numeric_limits<float>::max()) continue;
        // Anything outside the searched block is at least this far from p.
        float reach = std::numeric_limits<float>::max();
        bool coversGrid = true;
        for (int a = 0; a < 3; ++a) {
            if (c[a] - r > 0) {
                reach = std::min(reach, p[a] - (origin_[a] + (c[a] - r) * cellSize_));
                coversGrid = false;
            }
            if (c[a] + r < dims_[a] - 1) {
                reach = std::min(reach, origin_[a] + (c[a] + r + 1) * cellSize_ - p[a]);
                coversGrid = false;
            }
        }
        if (coversGrid || (reach > 0.0f && reach * reach >= bestD2)) break;
    }
    const float len = glm::length(best.normal);
    best.normal = len > 0.0f ? best.normal / len : glm::vec3(0.0f, 1.0f, 0.0f);
    best.distance = std::sqrt(bestD2);
    return best;
}

}  // namespace backrub
