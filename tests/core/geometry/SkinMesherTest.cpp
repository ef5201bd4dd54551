#include "core/geometry/SkinMesher.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

using namespace backrub;

namespace {

constexpr float kCellM = 0.006f;  // the generated skin's grid step

float sphere(const glm::vec3& p, const glm::vec3& c, float r) { return glm::length(p - c) - r; }

// Two spheres of radius 2 cm whose surfaces are `gap` apart along the xy diagonal, the
// closest points straddling the centre of a grid cell: that cell has inside corners on
// opposite corners of its faces, the ambiguous case of surface nets.
IsoMesh diagonalSpheres(float gap) {
    const float r = 0.02f;
    const glm::vec3 c = glm::vec3(1.0f, 1.0f, 0.0f) * ((r + 0.5f * gap) / std::sqrt(2.0f));
    const ScalarField field = [=](const glm::vec3& p) { return std::min(sphere(p, -c, r), sphere(p, c, r)); };
    const glm::vec3 lo(-0.5f * kCellM - 9.0f * kCellM);  // origin at a cell centre
    return meshIsoSurface(field, lo, -lo, kCellM);
}

struct Topology {
    std::size_t badEdges = 0, degenerate = 0, disagreeing = 0;  // disagreeing: corners whose normal faces against the triangle
    long euler = 0;  // V - E + F: 2 per closed sphere-like piece
};

Topology topology(const IsoMesh& m) {
    Topology t;
    std::map<std::pair<std::uint32_t, std::uint32_t>, int> directed;
    std::set<std::pair<std::uint32_t, std::uint32_t>> edges;
    for (std::size_t i = 0; i < m.indices.size(); i += 3) {
        const std::uint32_t v[3] = {m.indices[i], m.indices[i + 1], m.indices[i + 2]};
        for (int e = 0; e < 3; ++e) {
            ++directed[{v[e], v[(e + 1) % 3]}];
            edges.insert({std::min(v[e], v[(e + 1) % 3]), std::max(v[e], v[(e + 1) % 3])});
        }
        const glm::vec3 cr = glm::cross(m.positions[v[1]] - m.positions[v[0]], m.positions[v[2]] - m.positions[v[0]]);
        if (glm::length(cr) < 1e-12f) ++t.degenerate;
        for (std::uint32_t corner : v)
            if (glm::dot(cr, m.normals[corner]) <= 0.0f) ++t.disagreeing;
    }
    for (const auto& [edge, count] : directed) {
        const auto reverse = directed.find({edge.second, edge.first});
        if (count != 1 || reverse == directed.end() || reverse->second != 1) ++t.badEdges;
    }
    t.euler = static_cast<long>(m.positions.size()) - static_cast<long>(edges.size()) + static_cast<long>(m.indices.size() / 3);
    return t;
}

}  // namespace

TEST_CASE("Surface nets mesh a sphere as one closed surface on the sphere", "[geometry]") {
    const float r = 0.03f;
    const ScalarField field = [=](const glm::vec3& p) { return sphere(p, glm::vec3(0.0f), r); };
    const IsoMesh m = meshIsoSurface(field, glm::vec3(-0.05f), glm::vec3(0.05f), kCellM);
    const Topology t = topology(m);
    CHECK(t.badEdges == 0);
    CHECK(t.degenerate == 0);
    CHECK(t.disagreeing == 0);
    CHECK(t.euler == 2);
    for (std::size_t i = 0; i < m.positions.size(); ++i) {
        CHECK(std::abs(glm::length(m.positions[i]) - r) < 0.0005f);
        CHECK(glm::dot(m.normals[i], glm::normalize(m.positions[i])) > 0.95f);
    }
}

TEST_CASE("A gap narrower than a grid cell is bridged into one closed surface and a wide one is kept", "[geometry]") {
    // Two fingers or a finger and its neighbour can lie closer than the 6 mm grid: one vertex
    // per cell would join both surfaces at an edge shared by four triangles.
    for (float gap : {0.0005f, 0.001f, 0.002f}) {
        INFO("gap " << gap * 1000.0f << " mm");
        const Topology t = topology(diagonalSpheres(gap));
        CHECK(t.badEdges == 0);
        CHECK(t.degenerate == 0);
        CHECK(t.disagreeing == 0);
        CHECK(t.euler == 2);  // one bridged piece
    }
    const Topology apart = topology(diagonalSpheres(0.03f));
    CHECK(apart.badEdges == 0);
    CHECK(apart.disagreeing == 0);
    CHECK(apart.euler == 4);  // two spheres
}
