#include "core/geometry/SkinMesher.h"

#include <array>
#include <cmath>
#include <limits>

namespace backrub {
namespace {

struct Grid {
    int nx, ny, nz;  // points per axis
    glm::vec3 lo;
    float h;
    std::size_t index(int i, int j, int k) const {
        return (static_cast<std::size_t>(k) * static_cast<std::size_t>(ny) + static_cast<std::size_t>(j)) * static_cast<std::size_t>(nx) +
               static_cast<std::size_t>(i);
    }
    glm::vec3 point(int i, int j, int k) const { return lo + glm::vec3(i, j, k) * h; }
};

// Corner n (0..7) of a grid cell: bit 0 steps in x, bit 1 in y, bit 2 in z.
glm::ivec3 cornerOffset(int n) { return {n & 1, (n >> 1) & 1, (n >> 2) & 1}; }

// Samples the field on the fine grid, evaluating it only near the surface.
std::vector<float> sampleNarrowBand(const ScalarField& field, const Grid& g, int c) {
    const Grid coarse{(g.nx - 1) / c + 1, (g.ny - 1) / c + 1, (g.nz - 1) / c + 1, g.lo, g.h * static_cast<float>(c)};
    std::vector<float> cv(static_cast<std::size_t>(coarse.nx) * coarse.ny * coarse.nz);
    for (int k = 0; k < coarse.nz; ++k)
        for (int j = 0; j < coarse.ny; ++j)
            for (int i = 0; i < coarse.nx; ++i) cv[coarse.index(i, j, k)] = field(coarse.point(i, j, k));
    // A coarse cell is active when the surface may pass through it: a sign change, or a
    // corner closer to the surface than the cell diagonal (with a margin for the field).
    const float near = coarse.h * 1.0f;
    const int cx = coarse.nx - 1, cy = coarse.ny - 1, cz = coarse.nz - 1;
    std::vector<std::uint8_t> active(static_cast<std::size_t>(cx) * cy * cz, 0);
    for (int k = 0; k < cz; ++k)
        for (int j = 0; j < cy; ++j)
            for (int i = 0; i < cx; ++i) {
                bool neg = false, pos = false, close = false;
                for (int n = 0; n < 8; ++n) {
                    const glm::ivec3 o = cornerOffset(n);
                    float v = cv[coarse.index(i + o.x, j + o.y, k + o.z)];
                    (v < 0.0f ? neg : pos) = true;
                    close = close || std::abs(v) < near;
                }
                active[(static_cast<std::size_t>(k) * cy + j) * cx + i] = (neg && pos) || close;
            }
    auto isActive = [&](int i, int j, int k) {
        // A fine point on a coarse cell boundary belongs to every cell that touches it.
        int is[2] = {i / c, i % c == 0 ? i / c - 1 : -1}, js[2] = {j / c, j % c == 0 ? j / c - 1 : -1},
            ks[2] = {k / c, k % c == 0 ? k / c - 1 : -1};
        for (int a : is)
            for (int b : js)
                for (int d : ks)
                    if (a >= 0 && b >= 0 && d >= 0 && a < cx && b < cy && d < cz && active[(static_cast<std::size_t>(d) * cy + b) * cx + a])
                        return true;
        return false;
    };
    std::vector<float> v(static_cast<std::size_t>(g.nx) * g.ny * g.nz);
    for (int k = 0; k < g.nz; ++k)
        for (int j = 0; j < g.ny; ++j)
            for (int i = 0; i < g.nx; ++i) {
                float& out = v[g.index(i, j, k)];
                if (isActive(i, j, k)) {
                    out = field(g.point(i, j, k));
                } else {
                    float s = cv[coarse.index((i + c / 2) / c, (j + c / 2) / c, (k + c / 2) / c)];
                    out = s < 0.0f ? -1.0f : 1.0f;
                }
            }
    return v;
}

// Gradient from four samples on a tetrahedron (cheaper than central differences).
glm::vec3 tetraGradient(const ScalarField& field, const glm::vec3& p, float h) {
    const glm::vec3 k0(1, -1, -1), k1(-1, -1, 1), k2(-1, 1, -1), k3(1, 1, 1);
    return (k0 * field(p + k0 * h) + k1 * field(p + k1 * h) + k2 * field(p + k2 * h) + k3 * field(p + k3 * h)) / (4.0f * h);
}

// The 12 edges of a cell, as pairs of corners.
constexpr int kCellEdges[12][2] = {{0, 1}, {2, 3}, {4, 5}, {6, 7}, {0, 2}, {1, 3}, {4, 6}, {5, 7}, {0, 4}, {1, 5}, {2, 6}, {3, 7}};

// One vertex per crossed cell, at the mean of its edge crossings. Returns each cell's
// vertex (by the cell's lowest grid point), -1 for a cell the surface does not cross.
std::vector<std::int32_t> placeCellVertices(const std::vector<float>& v, const Grid& g, IsoMesh& mesh) {
    std::vector<std::int32_t> vertexOf(static_cast<std::size_t>(g.nx) * g.ny * g.nz, -1);
    for (int k = 0; k + 1 < g.nz; ++k)
        for (int j = 0; j + 1 < g.ny; ++j)
            for (int i = 0; i + 1 < g.nx; ++i) {
                float corner[8];
                int mask = 0;
                for (int n = 0; n < 8; ++n) {
                    const glm::ivec3 o = cornerOffset(n);
                    corner[n] = v[g.index(i + o.x, j + o.y, k + o.z)];
                    if (corner[n] < 0.0f) mask |= 1 << n;
                }
                if (mask == 0 || mask == 255) continue;
                glm::vec3 sum(0.0f);
                int count = 0;
                for (const auto& e : kCellEdges) {
                    float a = corner[e[0]], b = corner[e[1]];
                    if ((a < 0.0f) == (b < 0.0f)) continue;
                    float t = a / (a - b);
                    glm::vec3 pa(cornerOffset(e[0])), pb(cornerOffset(e[1]));
                    sum += pa + (pb - pa) * t;
                    ++count;
                }
                vertexOf[g.index(i, j, k)] = static_cast<std::int32_t>(mesh.positions.size());
                mesh.positions.push_back(g.point(i, j, k) + sum / static_cast<float>(count) * g.h);
            }
    return vertexOf;
}

// Two triangles for the quad q, split along its shorter diagonal; `flip` reverses the winding.
void emitQuad(IsoMesh& mesh, std::array<std::int32_t, 4> q, bool flip) {
    if (flip) std::swap(q[1], q[3]);
    const auto& P = mesh.positions;
    float d02 = glm::length(P[q[0]] - P[q[2]]), d13 = glm::length(P[q[1]] - P[q[3]]);
    std::array<std::int32_t, 6> t = d02 <= d13 ? std::array<std::int32_t, 6>{q[0], q[1], q[2], q[0], q[2], q[3]}
                                               : std::array<std::int32_t, 6>{q[0], q[1], q[3], q[1], q[2], q[3]};
    for (std::int32_t x : t) mesh.indices.push_back(static_cast<std::uint32_t>(x));
}

// One quad per crossed grid edge, joining the four cells around it, wound so that
// its normal points from inside (negative) to outside.
void connectCellVertices(const std::vector<float>& v, const Grid& g, const std::vector<std::int32_t>& vertexOf, IsoMesh& mesh) {
    for (int k = 1; k + 1 < g.nz; ++k)
        for (int j = 1; j + 1 < g.ny; ++j)
            for (int i = 1; i + 1 < g.nx; ++i) {
                const float a = v[g.index(i, j, k)];
                const bool inside = a < 0.0f;
                if (inside != (v[g.index(i + 1, j, k)] < 0.0f))
                    emitQuad(mesh,
                             {vertexOf[g.index(i, j - 1, k - 1)], vertexOf[g.index(i, j, k - 1)], vertexOf[g.index(i, j, k)],
                              vertexOf[g.index(i, j - 1, k)]},
                             !inside);
                if (inside != (v[g.index(i, j + 1, k)] < 0.0f))
                    emitQuad(mesh,
                             {vertexOf[g.index(i - 1, j, k - 1)], vertexOf[g.index(i - 1, j, k)], vertexOf[g.index(i, j, k)],
                              vertexOf[g.index(i, j, k - 1)]},
                             !inside);
                if (inside != (v[g.index(i, j, k + 1)] < 0.0f))
                    emitQuad(mesh,
                             {vertexOf[g.index(i - 1, j - 1, k)], vertexOf[g.index(i, j - 1, k)], vertexOf[g.index(i, j, k)],
                              vertexOf[g.index(i - 1, j, k)]},
                             !inside);
            }
}

// Projects each vertex onto the surface (one Newton step; the mean of crossings is already
// close) and sets its normal. The gradient there, a few tenths of a millimetre away, is the
// smooth normal.
void projectOntoSurface(const ScalarField& field, float cell, IsoMesh& mesh) {
    constexpr float kGradientStepCells = 0.25f;  // gradient sample spacing, in cells
    constexpr float kMaxStepCells = 0.5f;        // the step never leaves the vertex's cell area
    const float eps = cell * kGradientStepCells;
    mesh.normals.resize(mesh.positions.size());
    for (std::size_t n = 0; n < mesh.positions.size(); ++n) {
        glm::vec3& p = mesh.positions[n];
        glm::vec3 grad = tetraGradient(field, p, eps);
        float len2 = glm::dot(grad, grad);
        if (len2 > 1e-12f) {
            glm::vec3 step = grad * (field(p) / len2);
            float maxStep = cell * kMaxStepCells;
            if (glm::length(step) > maxStep) step *= maxStep / glm::length(step);
            p -= step;
        }
        float len = std::sqrt(len2);
        mesh.normals[n] = len > 1e-6f ? grad / len : glm::vec3(0, 1, 0);
    }
}

}  // namespace

glm::vec3 fieldGradient(const ScalarField& field, const glm::vec3& p, float h) {
    return glm::vec3(field(p + glm::vec3(h, 0, 0)) - field(p - glm::vec3(h, 0, 0)),
                     field(p + glm::vec3(0, h, 0)) - field(p - glm::vec3(0, h, 0)),
                     field(p + glm::vec3(0, 0, h)) - field(p - glm::vec3(0, 0, h))) /
           (2.0f * h);
}

IsoMesh meshIsoSurface(const ScalarField& field, const glm::vec3& lo, const glm::vec3& hi, float cell, int c) {
    // Round the grid so that coarse cells tile it exactly.
    glm::ivec3 cells = glm::ivec3(glm::ceil((hi - lo) / (cell * static_cast<float>(c)))) * c;
    const Grid g{cells.x + 1, cells.y + 1, cells.z + 1, lo, cell};
    const std::vector<float> v = sampleNarrowBand(field, g, c);
    IsoMesh mesh;
    const std::vector<std::int32_t> vertexOf = placeCellVertices(v, g, mesh);
    connectCellVertices(v, g, vertexOf, mesh);
    projectOntoSurface(field, cell, mesh);
    return mesh;
}

}  // namespace backrub
