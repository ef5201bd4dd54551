#include "core/scene/PaddedTop.h"

#include <glm/gtc/constants.hpp>

#include <cmath>
#include <cstdint>
#include <vector>

namespace backrub {
namespace {

// Evenly spaced values from a to b, at most `maxStep` apart, both ends included.
std::vector<float> steps(float a, float b, float maxStep) {
    const int n = std::max(1, static_cast<int>(std::ceil((b - a) / maxStep - 1e-4f)));
    std::vector<float> v;
    for (int i = 0; i <= n; ++i) v.push_back(a + (b - a) * static_cast<float>(i) / static_cast<float>(n));
    return v;
}

class Builder {
public:
    Primitive prim;
    std::uint32_t vertex(const glm::vec3& p, const glm::vec3& n) {
        prim.positions.push_back(p);
        prim.normals.push_back(n);
        return static_cast<std::uint32_t>(prim.positions.size() - 1);
    }
    // Wound so its face turns the way its vertex normals point; degenerate triangles are dropped.
    void tri(std::uint32_t a, std::uint32_t b, std::uint32_t c) {
        if (a == b || b == c || a == c) return;
        const auto& p = prim.positions;
        const auto& n = prim.normals;
        const glm::vec3 face = glm::cross(p[b] - p[a], p[c] - p[a]);
        if (glm::dot(face, n[a] + n[b] + n[c]) < 0.0f) std::swap(b, c);
        prim.indices.insert(prim.indices.end(), {a, b, c});
    }
    void quad(std::uint32_t a, std::uint32_t b, std::uint32_t c, std::uint32_t d) {
        tri(a, b, c);
        tri(a, c, d);
    }
};

// A point of the upper face's border and the outward direction of the edge profile swept from it.
struct RimColumn {
    std::uint32_t base;  // vertex of the upper face
    glm::vec3 out;       // unit, horizontal
};

}  // namespace

Primitive paddedTopMesh(const PaddedTopShape& s) {
    const float r = s.edgeRadius;
    const std::vector<float> xs = steps(s.xRange.x + r, s.xRange.y - r, s.maxStepX);
    const std::vector<float> zs = steps(s.zRange.x + r, s.zRange.y - r, s.maxStepZ);
    const int nx = static_cast<int>(xs.size()), nz = static_cast<int>(zs.size());
    const glm::vec3 up(0, 1, 0);
    Builder b;

    // Upper face: a flat grid inside the rounded border.
    for (int j = 0; j < nz; ++j)
        for (int i = 0; i < nx; ++i) b.vertex({xs[i], s.top, zs[j]}, up);
    auto grid = [nx](int i, int j) { return static_cast<std::uint32_t>(j * nx + i); };
    for (int j = 0; j + 1 < nz; ++j)
        for (int i = 0; i + 1 < nx; ++i) b.quad(grid(i, j), grid(i + 1, j), grid(i + 1, j + 1), grid(i, j + 1));

    // The border walked once round: along each side with its outward direction, then
    // round the corner with the direction turning a quarter.
    std::vector<RimColumn> rim;
    const float halfPi = 0.5f * glm::pi<float>();
    auto dir = [](float angle) { return glm::vec3(std::cos(angle), 0.0f, std::sin(angle)); };
    struct Side {
        int i0, j0, di, dj, count;
        float angle;
    };
    const Side sides[4] = {{0, 0, 1, 0, nx, -halfPi}, {nx - 1, 0, 0, 1, nz, 0.0f},
                           {nx - 1, nz - 1, -1, 0, nx, halfPi}, {0, nz - 1, 0, -1, nz, 2.0f * halfPi}};
    for (const Side& side : sides) {
        for (int k = 0; k < side.count; ++k) rim.push_back({grid(side.i0 + k * side.di, side.j0 + k * side.dj), dir(side.angle)});
        const std::uint32_t corner = rim.back().base;
        for (int k = 1; k < s.edgeSteps; ++k)
            rim.push_back({corner, dir(side.angle + halfPi * static_cast<float>(k) / static_cast<float>(s.edgeSteps))});
    }

    // Rows of the edge profile: the quarter circle (row 0 is the upper face's border), then the
    // foot of the straight side.
    const int rows = s.edgeSteps + 2;
    const auto columns = rim.size();
    std::vector<std::uint32_t> ring(columns * static_cast<std::size_t>(rows));
    for (std::size_t c = 0; c < columns; ++c) {
        const glm::vec3 base = b.prim.positions[rim[c].base];
        ring[c] = rim[c].base;
        for (int k = 1; k < rows; ++k) {
            glm::vec3 p, n;
            if (k <= s.edgeSteps) {
                const float a = halfPi * static_cast<float>(k) / static_cast<float>(s.edgeSteps);
                p = base + rim[c].out * (r * std::sin(a)) - up * (r * (1.0f - std::cos(a)));
                n = rim[c].out * std::sin(a) + up * std::cos(a);
            } else {
                p = base + rim[c].out * r;
                p.y = s.top - s.thickness;
                n = rim[c].out;
            }
            ring[static_cast<std::size_t>(k) * columns + c] = b.vertex(p, n);
        }
    }
    for (int k = 0; k + 1 < rows; ++k)
        for (std::size_t c = 0; c < columns; ++c) {
            const std::size_t c1 = (c + 1) % columns;
            const auto row = static_cast<std::size_t>(k) * columns, next = row + columns;
            b.quad(ring[row + c], ring[row + c1], ring[next + c1], ring[next + c]);
        }

    // Flat underside: a fan over the (convex) foot of the sides, sharp-edged.
    const glm::vec3 down(0, -1, 0);
    const std::uint32_t centre = b.vertex({0.5f * (s.xRange.x + s.xRange.y), s.top - s.thickness, 0.5f * (s.zRange.x + s.zRange.y)}, down);
    const std::size_t foot = static_cast<std::size_t>(rows - 1) * columns;
    std::vector<std::uint32_t> under(columns);
    for (std::size_t c = 0; c < columns; ++c) under[c] = b.vertex(b.prim.positions[ring[foot + c]], down);
    for (std::size_t c = 0; c < columns; ++c) b.tri(centre, under[c], under[(c + 1) % columns]);
    return std::move(b.prim);
}

}  // namespace backrub
