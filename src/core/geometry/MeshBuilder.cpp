#include "core/geometry/MeshBuilder.h"

#include <glm/gtc/constants.hpp>

#include <cmath>
#include <utility>

namespace backrub {

glm::vec3 anyPerpendicular(const glm::vec3& v) {
    // Cross with the axis v leans on least: never parallel to v, whatever its length (a fixed
    // threshold on v.x took the x axis for short vectors along x, and gave NaN).
    const glm::vec3 a = glm::abs(v);
    const glm::vec3 axis = a.x <= a.y && a.x <= a.z ? glm::vec3(1, 0, 0) : a.y <= a.z ? glm::vec3(0, 1, 0) : glm::vec3(0, 0, 1);
    const glm::vec3 c = glm::cross(v, axis);
    const float len = glm::length(c);
    return len > 0.0f && std::isfinite(len) ? c / len : glm::vec3(0, 1, 0);  // v zero (or not finite): any unit vector
}

std::vector<glm::vec3> catmullRom(const std::vector<glm::vec3>& pts, int perSegment) {
    std::vector<glm::vec3> out;
    if (pts.size() < 2) return pts;
    const int n = static_cast<int>(pts.size());
    for (int i = 0; i + 1 < n; ++i) {
        glm::vec3 p0 = pts[i > 0 ? i - 1 : 0], p1 = pts[i], p2 = pts[i + 1], p3 = pts[i + 2 < n ? i + 2 : n - 1];
        for (int s = 0; s < perSegment; ++s) {
            float t = static_cast<float>(s) / static_cast<float>(perSegment);
            float t2 = t * t, t3 = t2 * t;
            out.push_back(0.5f * ((2.0f * p1) + (-p0 + p2) * t + (2.0f * p0 - 5.0f * p1 + 4.0f * p2 - p3) * t2 +
                                  (-p0 + 3.0f * p1 - 3.0f * p2 + p3) * t3));
        }
    }
    out.push_back(pts.back());
    return out;
}

std::uint32_t MeshBuilder::vertex(const glm::vec3& p, const glm::vec3& n) {
    positions_.push_back(p);
    normals_.push_back(n);
    return static_cast<std::uint32_t>(positions_.size() - 1);
}

void MeshBuilder::tri(std::uint32_t a, std::uint32_t b, std::uint32_t c) {
    indices_.push_back(a);
    indices_.push_back(b);
    indices_.push_back(c);
}

void MeshBuilder::addEllipsoid(const glm::mat4& xf, int slices, int stacks) {
    MeshBuilder unit;
    const float pi = glm::pi<float>();
    std::uint32_t top = unit.vertex({0, 0, 1}, {0, 0, 1});
    for (int i = 1; i < stacks; ++i) {
        float phi = pi * static_cast<float>(i) / static_cast<float>(stacks);
        for (int j = 0; j < slices; ++j) {
            float th = 2.0f * pi * static_cast<float>(j) / static_cast<float>(slices);
            glm::vec3 v(std::sin(phi) * std::cos(th), std::sin(phi) * std::sin(th), std::cos(phi));
            unit.vertex(v, v);
        }
    }
    std::uint32_t bottom = unit.vertex({0, 0, -1}, {0, 0, -1});
    auto at = [&](int ring, int j) { return static_cast<std::uint32_t>(1 + ring * slices + (j % slices)); };
    for (int j = 0; j < slices; ++j) unit.tri(top, at(0, j), at(0, j + 1));
    for (int i = 0; i + 1 < stacks - 1; ++i)
        for (int j = 0; j < slices; ++j) {
            unit.tri(at(i, j), at(i + 1, j), at(i + 1, j + 1));
            unit.tri(at(i, j), at(i + 1, j + 1), at(i, j + 1));
        }
    for (int j = 0; j < slices; ++j) unit.tri(bottom, at(stacks - 2, j + 1), at(stacks - 2, j));
    unit.transform(xf);
    const auto base = static_cast<std::uint32_t>(positions_.size());
    positions_.insert(positions_.end(), unit.positions_.begin(), unit.positions_.end());
    normals_.insert(normals_.end(), unit.normals_.begin(), unit.normals_.end());
    for (std::uint32_t i : unit.indices_) indices_.push_back(base + i);
}

void MeshBuilder::addBox(const glm::mat4& xf) {
    MeshBuilder unit;
    for (int axis = 0; axis < 3; ++axis)
        for (float sign : {1.0f, -1.0f}) {
            glm::vec3 n(0.0f);
            n[axis] = sign;
            glm::vec3 u(0.0f), v(0.0f);
            u[(axis + 1) % 3] = 1.0f;
            v[(axis + 2) % 3] = 1.0f;
            if (sign < 0) std::swap(u, v);
            std::uint32_t a = unit.vertex(n - u - v, n), b = unit.vertex(n + u - v, n);
            std::uint32_t c = unit.vertex(n + u + v, n), d = unit.vertex(n - u + v, n);
            unit.tri(a, b, c);
            unit.tri(a, c, d);
        }
    unit.transform(xf);
    const auto base = static_cast<std::uint32_t>(positions_.size());
    positions_.insert(positions_.end(), unit.positions_.begin(), unit.positions_.end());
    normals_.insert(normals_.end(), unit.normals_.begin(), unit.normals_.end());
    for (std::uint32_t i : unit.indices_) indices_.push_back(base + i);
}

void MeshBuilder::addTube(const std::vector<glm::vec3>& path, const std::vector<float>& hw,
                          const std::vector<float>& ht, const glm::vec3& up, int sides) {
    const int n = static_cast<int>(path.size());
    if (n < 2) return;
    const float pi = glm::pi<float>();
    const auto base = static_cast<std::uint32_t>(positions_.size());
    glm::vec3 firstT(0.0f), lastT(0.0f);
    for (int i = 0; i < n; ++i) {
        glm::vec3 t = glm::normalize(path[std::min(i + 1, n - 1)] - path[std::max(i - 1, 0)]);
        if (i == 0) firstT = t;
        lastT = t;
        glm::vec3 s = glm::cross(t, up);
        s = glm::length(s) < 1e-4f ? anyPerpendicular(t) : glm::normalize(s);
        glm::vec3 u = glm::cross(s, t);
        for (int j = 0; j < sides; ++j) {
            float a = 2.0f * pi * static_cast<float>(j) / static_cast<float>(sides);
            float c = std::cos(a), sn = std::sin(a);
            vertex(path[i] + s * (hw[i] * c) + u * (ht[i] * sn), glm::normalize(s * (c / hw[i]) + u * (sn / ht[i])));
        }
    }
    auto at = [&](int i, int j) { return base + static_cast<std::uint32_t>(i * sides + (j % sides)); };
    for (int i = 0; i + 1 < n; ++i)
        for (int j = 0; j < sides; ++j) {
            tri(at(i, j), at(i + 1, j), at(i + 1, j + 1));
            tri(at(i, j), at(i + 1, j + 1), at(i, j + 1));
        }
    // Caps with their own vertices so the ends shade flat.
    for (int end = 0; end < 2; ++end) {
        int i = end == 0 ? 0 : n - 1;
        glm::vec3 nrm = end == 0 ? -firstT : lastT;
        std::uint32_t c = vertex(path[i], nrm);
        std::uint32_t ring = static_cast<std::uint32_t>(positions_.size());
        for (int j = 0; j < sides; ++j) vertex(positions_[at(i, j)], nrm);
        for (int j = 0; j < sides; ++j) {
            std::uint32_t a = ring + static_cast<std::uint32_t>(j), b = ring + static_cast<std::uint32_t>((j + 1) % sides);
            if (end == 0) tri(c, a, b);
            else tri(c, b, a);
        }
    }
}

void MeshBuilder::addCylinder(const glm::vec3& a, const glm::vec3& b, float r0, float r1, int sides) {
    glm::vec3 up = anyPerpendicular(b - a);
    addTube({a, b}, {r0, r1}, {r0, r1}, up, sides);
}

void MeshBuilder::addRing(const std::vector<glm::vec3>& loop, float radius, int sides) {
    const int n = static_cast<int>(loop.size());
    if (n < 3) return;
    const float pi = glm::pi<float>();
    glm::vec3 planeN(0.0f);  // Newell normal of the loop
    for (int i = 0; i < n; ++i) planeN += glm::cross(loop[i], loop[(i + 1) % n]);
    planeN = glm::normalize(planeN);
    const auto base = static_cast<std::uint32_t>(positions_.size());
    for (int i = 0; i < n; ++i) {
        glm::vec3 t = glm::normalize(loop[(i + 1) % n] - loop[(i + n - 1) % n]);
        glm::vec3 s = glm::normalize(glm::cross(t, planeN));
        glm::vec3 u = glm::cross(s, t);
        for (int j = 0; j < sides; ++j) {
            float a = 2.0f * pi * static_cast<float>(j) / static_cast<float>(sides);
            glm::vec3 dir = s * std::cos(a) + u * std::sin(a);
            vertex(loop[i] + dir * radius, dir);
        }
    }
    auto at = [&](int i, int j) { return base + static_cast<std::uint32_t>((i % n) * sides + (j % sides)); };
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < sides; ++j) {
            tri(at(i, j), at(i + 1, j), at(i + 1, j + 1));
            tri(at(i, j), at(i + 1, j + 1), at(i, j + 1));
        }
}

void MeshBuilder::addSlab(const std::vector<glm::vec3>& outline, const glm::vec3& normal, float halfThickness) {
    const int n = static_cast<int>(outline.size());
    if (n < 3) return;
    glm::vec3 newell(0.0f);
    for (int i = 0; i < n; ++i) newell += glm::cross(outline[i], outline[(i + 1) % n]);
    std::vector<glm::vec3> poly = outline;
    glm::vec3 nrm = glm::normalize(normal);
    if (glm::dot(newell, nrm) < 0.0f) poly.assign(outline.rbegin(), outline.rend());
    glm::vec3 off = nrm * halfThickness;
    auto base = static_cast<std::uint32_t>(positions_.size());
    for (const auto& p : poly) vertex(p + off, nrm);
    for (int i = 1; i + 1 < n; ++i) tri(base, base + static_cast<std::uint32_t>(i), base + static_cast<std::uint32_t>(i + 1));
    base = static_cast<std::uint32_t>(positions_.size());
    for (const auto& p : poly) vertex(p - off, -nrm);
    for (int i = 1; i + 1 < n; ++i) tri(base, base + static_cast<std::uint32_t>(i + 1), base + static_cast<std::uint32_t>(i));
    for (int i = 0; i < n; ++i) {
        glm::vec3 a = poly[i], b = poly[(i + 1) % n];
        glm::vec3 side = glm::normalize(glm::cross(b - a, nrm));
        std::uint32_t b0 = vertex(a - off, side), b1 = vertex(b - off, side);
        std::uint32_t t1 = vertex(b + off, side), t0 = vertex(a + off, side);
        tri(b0, b1, t1);
        tri(b0, t1, t0);
    }
}

void MeshBuilder::addSheet(const std::vector<glm::vec3>& top, const std::vector<glm::vec3>& bottom, int rows, int cols) {
    auto id = [cols](int r, int c) { return static_cast<std::size_t>(r * cols + c); };
    // Winding: the grid's (row, column) cross product must point from bottom to top.
    glm::vec3 du = top[id(0, cols - 1)] - top[id(0, 0)], dv = top[id(rows - 1, 0)] - top[id(0, 0)];
    glm::vec3 up = top[id(rows / 2, cols / 2)] - bottom[id(rows / 2, cols / 2)];
    const bool flip = glm::dot(glm::cross(dv, du), up) < 0.0f;
    auto surface = [&](const std::vector<glm::vec3>& g, bool outward) {
        const auto base = static_cast<std::uint32_t>(positions_.size());
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c) {
                glm::vec3 a = g[id(std::min(r + 1, rows - 1), c)] - g[id(std::max(r - 1, 0), c)];
                glm::vec3 b = g[id(r, std::min(c + 1, cols - 1))] - g[id(r, std::max(c - 1, 0))];
                glm::vec3 n = glm::cross(a, b);
                if (flip != !outward) n = -n;
                float len = glm::length(n);
                vertex(g[id(r, c)], len > 1e-12f ? n / len : glm::vec3(0, 1, 0));
            }
        for (int r = 0; r + 1 < rows; ++r)
            for (int c = 0; c + 1 < cols; ++c) {
                auto v = [&](int rr, int cc) { return base + static_cast<std::uint32_t>(id(rr, cc)); };
                if (flip == outward) {
                    tri(v(r, c), v(r, c + 1), v(r + 1, c + 1));
                    tri(v(r, c), v(r + 1, c + 1), v(r + 1, c));
                } else {
                    tri(v(r, c), v(r + 1, c + 1), v(r, c + 1));
                    tri(v(r, c), v(r + 1, c), v(r + 1, c + 1));
                }
            }
    };
    surface(top, true);
    surface(bottom, false);
    // Side strips along the boundary loop, flat shaded.
    std::vector<std::size_t> loop;
    for (int c = 0; c < cols - 1; ++c) loop.push_back(id(0, c));
    for (int r = 0; r < rows - 1; ++r) loop.push_back(id(r, cols - 1));
    for (int c = cols - 1; c > 0; --c) loop.push_back(id(rows - 1, c));
    for (int r = rows - 1; r > 0; --r) loop.push_back(id(r, 0));
    for (std::size_t i = 0; i < loop.size(); ++i) {
        std::size_t a = loop[i], b = loop[(i + 1) % loop.size()];
        glm::vec3 n = glm::cross(top[b] - top[a], top[a] - bottom[a]);
        if (flip) n = -n;
        float len = glm::length(n);
        n = len > 1e-12f ? n / len : glm::vec3(0, 1, 0);
        std::uint32_t p0 = vertex(bottom[a], n), p1 = vertex(bottom[b], n), p2 = vertex(top[b], n), p3 = vertex(top[a], n);
        if (flip) {
            tri(p0, p2, p1);
            tri(p0, p3, p2);
        } else {
            tri(p0, p1, p2);
            tri(p0, p2, p3);
        }
    }
}

void MeshBuilder::addTriangles(const std::vector<glm::vec3>& positions, const std::vector<glm::vec3>& normals,
                               const std::vector<std::uint32_t>& indices) {
    const auto base = static_cast<std::uint32_t>(positions_.size());
    positions_.insert(positions_.end(), positions.begin(), positions.end());
    normals_.insert(normals_.end(), normals.begin(), normals.end());
    for (std::uint32_t i : indices) indices_.push_back(base + i);
}

void MeshBuilder::transform(const glm::mat4& xf) {
    glm::mat3 m(xf);
    glm::mat3 nm = glm::transpose(glm::inverse(m));
    for (auto& p : positions_) p = glm::vec3(xf * glm::vec4(p, 1.0f));
    for (auto& n : normals_) n = glm::normalize(nm * n);
    if (glm::determinant(m) < 0.0f)
        for (std::size_t i = 0; i + 2 < indices_.size(); i += 3) std::swap(indices_[i + 1], indices_[i + 2]);
}

Primitive MeshBuilder::build(int material) const {
    Primitive p;
    p.positions = positions_;
    p.normals = normals_;
    p.indices = indices_;
    p.material = material;
    return p;
}

}  // namespace backrub
