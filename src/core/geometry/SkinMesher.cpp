#include "core/geometry/SkinMesher.h"

#include <array>
#include <cmath>
#include <limits>

namespace backrub {
namespace {

struct Grid {
    int nx, ny, nz;  // points per axis
    glm::vec3 centre;  // of the grid: points are placed from it by whole (or half) steps,
    float h;           // so points mirrored about it are exact mirror images
    std::size_t index(int i, int j, int k) const {
        return (static_cast<std::size_t>(k) * static_cast<std::size_t>(ny) + static_cast<std::size_t>(j)) * static_cast<std::size_t>(nx) +
               static_cast<std::size_t>(i);
    }
    glm::vec3 point(int i, int j, int k) const {
        return centre + (glm::vec3(i, j, k) - 0.5f * glm::vec3(nx - 1, ny - 1, nz - 1)) * h;
    }
};

// Corner n (0..7) of a grid cell: bit 0 steps in x, bit 1 in y, bit 2 in z.
glm::ivec3 cornerOffset(int n) { return {n & 1, (n >> 1) & 1, (n >> 2) & 1}; }

// Samples the field on the fine grid, evaluating it only near the surface.
std::vector<float> sampleNarrowBand(const ScalarField& field, const Grid& g, int c) {
    const Grid coarse{(g.nx - 1) / c + 1, (g.ny - 1) / c + 1, (g.nz - 1) / c + 1, g.centre, g.h * static_cast<float>(c)};
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

// True when the corners of `mask` (bit n set: corner n inside) and those outside each form
// one group joined along cell edges, and no face of the cell is split across its diagonals.
// Anything else is a gap or a sheet thinner than the cell, where one vertex per cell would
// join two surfaces.
bool unambiguous(int mask) {
    auto connected = [](int set) {
        if (set == 0) return true;
        int reached = set & -set;  // lowest corner
        for (bool grew = true; grew;) {
            grew = false;
            for (const auto& e : kCellEdges) {
                const int a = 1 << e[0], b = 1 << e[1];
                if ((set & a) && (set & b) && ((reached & a) != 0) != ((reached & b) != 0)) {
                    reached |= a | b;
                    grew = true;
                }
            }
        }
        return reached == set;
    };
    constexpr int kFaces[6][4] = {{0, 1, 3, 2}, {4, 5, 7, 6}, {0, 1, 5, 4}, {2, 3, 7, 6}, {0, 2, 6, 4}, {1, 3, 7, 5}};
    for (const auto& f : kFaces) {
        const bool a = mask >> f[0] & 1, b = mask >> f[1] & 1, c = mask >> f[2] & 1, d = mask >> f[3] & 1;
        if (a == c && b == d && a != b) return false;
    }
    return connected(mask) && connected(~mask & 255);
}

// Closes gaps and holes narrower than a cell: in every ambiguous cell the outside corners
// become (just) inside, until no cell is ambiguous. Marks the grid points it changed.
void closeThinGaps(std::vector<float>& v, const Grid& g, float inside, std::vector<std::uint8_t>& filled) {
    constexpr int kMaxPasses = 16;
    static const std::array<bool, 256> ambiguous = [] {
        std::array<bool, 256> a{};
        for (int m = 1; m < 255; ++m) a[static_cast<std::size_t>(m)] = !unambiguous(m);
        return a;
    }();
    std::size_t changed = 0;
    for (int pass = 0; pass < kMaxPasses; ++pass) {
        std::size_t before = changed;
        for (int k = 0; k + 1 < g.nz; ++k)
            for (int j = 0; j + 1 < g.ny; ++j)
                for (int i = 0; i + 1 < g.nx; ++i) {
                    int mask = 0;
                    for (int n = 0; n < 8; ++n) {
                        const glm::ivec3 o = cornerOffset(n);
                        if (v[g.index(i + o.x, j + o.y, k + o.z)] < 0.0f) mask |= 1 << n;
                    }
                    if (!ambiguous[static_cast<std::size_t>(mask)]) continue;
                    for (int n = 0; n < 8; ++n) {
                        const glm::ivec3 o = cornerOffset(n);
                        float& c = v[g.index(i + o.x, j + o.y, k + o.z)];
                        if (c >= 0.0f) {
                            c = inside;
                            filled[g.index(i + o.x, j + o.y, k + o.z)] = 1;
                            ++changed;
                        }
                    }
                }
        if (changed == before) break;
    }
}

// Vertices of cells with a filled corner: they bridge a closed gap, where the field's
// gradient says nothing about the bridge's facing.
std::vector<std::uint8_t> bridgingVertices(const Grid& g, const std::vector<std::int32_t>& vertexOf, const std::vector<std::uint8_t>& filled,
                                           std::size_t vertexCount) {
    std::vector<std::uint8_t> bridging(vertexCount, 0);
    for (int k = 0; k + 1 < g.nz; ++k)
        for (int j = 0; j + 1 < g.ny; ++j)
            for (int i = 0; i + 1 < g.nx; ++i) {
                const std::int32_t vtx = vertexOf[g.index(i, j, k)];
                if (vtx < 0) continue;
                for (int n = 0; n < 8; ++n) {
                    const glm::ivec3 o = cornerOffset(n);
                    if (filled[g.index(i + o.x, j + o.y, k + o.z)]) bridging[static_cast<std::size_t>(vtx)] = 1;
                }
            }
    return bridging;
}

// The area-weighted mean of its triangles' normals becomes the normal of each vertex in
// `replace` (the bridging ones) and of each vertex whose field normal faces against one
// of its triangles (a fold sharper than the grid resolves).
void setFaceAveragedNormals(IsoMesh& mesh, std::vector<std::uint8_t> replace) {
    std::vector<glm::vec3> sum(mesh.positions.size(), glm::vec3(0.0f));
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
        const std::uint32_t a = mesh.indices[t], b = mesh.indices[t + 1], c = mesh.indices[t + 2];
        const glm::vec3 n = glm::cross(mesh.positions[b] - mesh.positions[a], mesh.positions[c] - mesh.positions[a]);
        for (std::uint32_t x : {a, b, c}) {
            sum[x] += n;
            if (glm::dot(n, mesh.normals[x]) <= 0.0f) replace[x] = 1;
        }
    }
    for (std::size_t n = 0; n < mesh.positions.size(); ++n)
        if (replace[n] && glm::length(sum[n]) > 1e-12f) mesh.normals[n] = glm::normalize(sum[n]);
}

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
void projectOntoSurface(const ScalarField& field, float cell, const std::vector<std::uint8_t>& bridging, IsoMesh& mesh) {
    constexpr float kGradientStepCells = 0.25f;  // gradient sample spacing, in cells
    constexpr float kMaxStepCells = 0.5f;        // the step never leaves the vertex's cell area
    const float eps = cell * kGradientStepCells;
    mesh.normals.resize(mesh.positions.size());
    for (std::size_t n = 0; n < mesh.positions.size(); ++n) {
        glm::vec3& p = mesh.positions[n];
        glm::vec3 grad = tetraGradient(field, p, eps);
        float len2 = glm::dot(grad, grad);
        if (len2 > 1e-12f && !bridging[n]) {
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
    // Centred on the box: a box and a field symmetric about a plane give a grid, and so a
    // mesh, mirrored about it too (left and right of a body sampled alike).
    const Grid g{cells.x + 1, cells.y + 1, cells.z + 1, 0.5f * (lo + hi), cell};
    std::vector<float> v = sampleNarrowBand(field, g, c);
    std::vector<std::uint8_t> filled(v.size(), 0);
    closeThinGaps(v, g, -0.05f * cell, filled);
    IsoMesh mesh;
    const std::vector<std::int32_t> vertexOf = placeCellVertices(v, g, mesh);
    connectCellVertices(v, g, vertexOf, mesh);
    const std::vector<std::uint8_t> bridging = bridgingVertices(g, vertexOf, filled, mesh.positions.size());
    projectOntoSurface(field, cell, bridging, mesh);
    setFaceAveragedNormals(mesh, bridging);
    return mesh;
}

}  // namespace backrub
