#include "BodyTestScenes.h"
#include "core/body/Body.h"
#include "core/geometry/MeshSimplifier.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <set>
#include <stdexcept>

using namespace backrub;

namespace {

struct TestMesh {
    std::vector<glm::vec3> positions, normals;
    std::vector<std::uint32_t> indices;
    std::size_t triangleCount() const { return indices.size() / 3; }
};

using Edge = std::pair<std::uint32_t, std::uint32_t>;
Edge undirected(std::uint32_t a, std::uint32_t b) { return {std::min(a, b), std::max(a, b)}; }

// Area-weighted vertex normals from the triangles.
std::vector<glm::vec3> vertexNormals(const std::vector<glm::vec3>& p, const std::vector<std::uint32_t>& idx) {
    std::vector<glm::vec3> n(p.size(), glm::vec3(0.0f));
    for (std::size_t t = 0; t < idx.size(); t += 3) {
        const glm::vec3 cr = glm::cross(p[idx[t + 1]] - p[idx[t]], p[idx[t + 2]] - p[idx[t]]);
        for (int k = 0; k < 3; ++k) n[idx[t + k]] += cr;
    }
    for (glm::vec3& v : n) v = glm::normalize(v);
    return n;
}

// Icosahedron split `levels` times (20 * 4^levels triangles), pushed out to radius
// 1 + bump(direction); wound outward.
template <class Bump>
TestMesh icosphere(int levels, Bump bump) {
    const float g = (1.0f + std::sqrt(5.0f)) / 2.0f;
    std::vector<glm::vec3> dirs = {{-1, g, 0}, {1, g, 0}, {-1, -g, 0}, {1, -g, 0}, {0, -1, g}, {0, 1, g},
                                   {0, -1, -g}, {0, 1, -g}, {g, 0, -1}, {g, 0, 1}, {-g, 0, -1}, {-g, 0, 1}};
    for (glm::vec3& d : dirs) d = glm::normalize(d);
    std::vector<std::uint32_t> idx = {0, 11, 5, 0, 5, 1, 0, 1, 7, 0, 7, 10, 0, 10, 11, 1, 5, 9, 5, 11, 4, 11, 10, 2, 10, 7, 6, 7, 1, 8,
                                      3, 9, 4, 3, 4, 2, 3, 2, 6, 3, 6, 8, 3, 8, 9, 4, 9, 5, 2, 4, 11, 6, 2, 10, 8, 6, 7, 9, 8, 1};
    for (int level = 0; level < levels; ++level) {
        std::map<Edge, std::uint32_t> middle;
        auto mid = [&](std::uint32_t a, std::uint32_t b) {
            auto [it, added] = middle.try_emplace(undirected(a, b), static_cast<std::uint32_t>(dirs.size()));
            if (added) dirs.push_back(glm::normalize(dirs[a] + dirs[b]));
            return it->second;
        };
        std::vector<std::uint32_t> next;
        for (std::size_t t = 0; t < idx.size(); t += 3) {
            const std::uint32_t a = idx[t], b = idx[t + 1], c = idx[t + 2];
            const std::uint32_t ab = mid(a, b), bc = mid(b, c), ca = mid(c, a);
            next.insert(next.end(), {a, ab, ca, b, bc, ab, c, ca, bc, ab, bc, ca});
        }
        idx.swap(next);
    }
    TestMesh m;
    for (const glm::vec3& d : dirs) m.positions.push_back(d * (1.0f + bump(d)));
    m.indices = idx;
    m.normals = vertexNormals(m.positions, m.indices);
    return m;
}

TestMesh sphere(int levels) {
    return icosphere(levels, [](const glm::vec3&) { return 0.0f; });
}

TestMesh bumpySphere(int levels) {
    return icosphere(levels, [](const glm::vec3& d) { return 0.08f * std::sin(5 * d.x) * std::sin(4 * d.y + 1) * std::cos(3 * d.z); });
}

// Torus around z: major radius 1, tube radius 0.35, wound outward.
TestMesh torus(int around, int tube) {
    TestMesh m;
    const float pi = 3.14159265f;
    for (int i = 0; i < around; ++i)
        for (int j = 0; j < tube; ++j) {
            const float u = 2 * pi * i / around, v = 2 * pi * j / tube;
            m.positions.push_back({(1 + 0.35f * std::cos(v)) * std::cos(u), (1 + 0.35f * std::cos(v)) * std::sin(u), 0.35f * std::sin(v)});
        }
    auto at = [&](int i, int j) { return static_cast<std::uint32_t>((i % around) * tube + j % tube); };
    for (int i = 0; i < around; ++i)
        for (int j = 0; j < tube; ++j)
            m.indices.insert(m.indices.end(), {at(i, j), at(i + 1, j), at(i + 1, j + 1), at(i, j), at(i + 1, j + 1), at(i, j + 1)});
    m.normals = vertexNormals(m.positions, m.indices);
    return m;
}

// An open, gently curved height-field patch over [-1,1]^2, facing +z.
TestMesh grid(int cells) {
    TestMesh m;
    for (int j = 0; j <= cells; ++j)
        for (int i = 0; i <= cells; ++i) {
            const float x = -1.0f + 2.0f * i / cells, y = -1.0f + 2.0f * j / cells;
            m.positions.push_back({x, y, 0.15f * std::sin(2 * x) * std::cos(3 * y)});
        }
    auto at = [&](int i, int j) { return static_cast<std::uint32_t>(j * (cells + 1) + i); };
    for (int j = 0; j < cells; ++j)
        for (int i = 0; i < cells; ++i)
            m.indices.insert(m.indices.end(), {at(i, j), at(i + 1, j), at(i + 1, j + 1), at(i, j), at(i + 1, j + 1), at(i, j + 1)});
    m.normals = vertexNormals(m.positions, m.indices);
    return m;
}

std::map<Edge, int> edgeUses(const std::vector<std::uint32_t>& idx) {
    std::map<Edge, int> uses;
    for (std::size_t t = 0; t < idx.size(); t += 3)
        for (int k = 0; k < 3; ++k) ++uses[undirected(idx[t + k], idx[t + (k + 1) % 3])];
    return uses;
}

// Closed and consistently wound: every directed edge once, and its reverse once.
bool closedAndOriented(const std::vector<std::uint32_t>& idx) {
    std::map<Edge, int> directed;
    for (std::size_t t = 0; t < idx.size(); t += 3)
        for (int k = 0; k < 3; ++k) ++directed[{idx[t + k], idx[t + (k + 1) % 3]}];
    for (const auto& [e, count] : directed) {
        auto back = directed.find({e.second, e.first});
        if (count != 1 || back == directed.end() || back->second != 1) return false;
    }
    return true;
}

long eulerCharacteristic(std::size_t vertices, const std::vector<std::uint32_t>& idx) {
    return static_cast<long>(vertices) - static_cast<long>(edgeUses(idx).size()) + static_cast<long>(idx.size() / 3);
}

bool sameBits(const glm::vec3& a, const glm::vec3& b) { return std::memcmp(&a, &b, sizeof(glm::vec3)) == 0; }

// Kept vertices are source vertices, bit for bit, and the two maps agree.
void checkMaps(const TestMesh& src, const SimplifiedMesh& m) {
    REQUIRE(m.positions.size() == m.sourceVertex.size());
    REQUIRE(m.normals.size() == m.sourceVertex.size());
    REQUIRE(m.keptVertex.size() == src.positions.size());
    std::size_t bad = 0;
    for (std::uint32_t k = 0; k < m.sourceVertex.size(); ++k) {
        const std::uint32_t s = m.sourceVertex[k];
        if (s >= src.positions.size() || !sameBits(m.positions[k], src.positions[s]) || !sameBits(m.normals[k], src.normals[s]) ||
            m.keptVertex[s] != k || (k > 0 && s <= m.sourceVertex[k - 1]))
            ++bad;
    }
    for (std::uint32_t kept : m.keptVertex)
        if (kept >= m.positions.size()) ++bad;
    for (std::uint32_t i : m.indices)
        if (i >= m.positions.size()) ++bad;
    CHECK(bad == 0);
}

// No degenerate triangle, none facing against the source normals at its corners.
void checkTriangles(const SimplifiedMesh& m) {
    std::size_t degenerate = 0, flipped = 0;
    for (std::size_t t = 0; t < m.indices.size(); t += 3) {
        const std::uint32_t a = m.indices[t], b = m.indices[t + 1], c = m.indices[t + 2];
        const glm::vec3 cr = glm::cross(m.positions[b] - m.positions[a], m.positions[c] - m.positions[a]);
        if (a == b || b == c || c == a || glm::length(cr) < 1e-9f) ++degenerate;
        for (std::uint32_t v : {a, b, c})
            if (glm::dot(cr, m.normals[v]) <= 0.0f) ++flipped;
    }
    CHECK(degenerate == 0);
    CHECK(flipped == 0);
}

// Smallest interior angle over all triangles, degrees.
float minAngleDeg(const SimplifiedMesh& m) {
    float smallest = 180.0f;
    for (std::size_t t = 0; t < m.indices.size(); t += 3)
        for (int k = 0; k < 3; ++k) {
            const glm::vec3 p = m.positions[m.indices[t + k]];
            const glm::vec3 e1 = glm::normalize(m.positions[m.indices[t + (k + 1) % 3]] - p);
            const glm::vec3 e2 = glm::normalize(m.positions[m.indices[t + (k + 2) % 3]] - p);
            smallest = std::min(smallest, glm::degrees(std::acos(std::clamp(glm::dot(e1, e2), -1.0f, 1.0f))));
        }
    return smallest;
}

float distanceToSegment(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b) {
    const float s = std::clamp(glm::dot(p - a, b - a) / glm::dot(b - a, b - a), 0.0f, 1.0f);
    return glm::length(p - (a + (b - a) * s));
}

float distanceToTriangle(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b, const glm::vec3& c) {
    const glm::vec3 n = glm::normalize(glm::cross(b - a, c - a));
    const glm::vec3 q = p - n * glm::dot(p - a, n);
    const bool inside = glm::dot(glm::cross(b - a, q - a), n) >= 0 && glm::dot(glm::cross(c - b, q - b), n) >= 0 &&
                        glm::dot(glm::cross(a - c, q - c), n) >= 0;
    if (inside) return glm::length(p - q);
    return std::min({distanceToSegment(p, a, b), distanceToSegment(p, b, c), distanceToSegment(p, c, a)});
}

float distanceToMesh(const glm::vec3& p, const SimplifiedMesh& m) {
    float best = 1e30f;
    for (std::size_t t = 0; t < m.indices.size(); t += 3)
        best = std::min(best, distanceToTriangle(p, m.positions[m.indices[t]], m.positions[m.indices[t + 1]], m.positions[m.indices[t + 2]]));
    return best;
}

// Source boundary edges (used by one triangle), in source vertex numbers.
std::set<Edge> boundaryEdges(const std::vector<std::uint32_t>& idx, const std::vector<std::uint32_t>& toSource) {
    std::set<Edge> edges;
    for (const auto& [e, uses] : edgeUses(idx))
        if (uses == 1) edges.insert(undirected(toSource[e.first], toSource[e.second]));
    return edges;
}

float totalLength(const std::set<Edge>& edges, const std::vector<glm::vec3>& p) {
    float len = 0.0f;
    for (const Edge& e : edges) len += glm::length(p[e.first] - p[e.second]);
    return len;
}

std::vector<std::uint32_t> clusterSizes(const SimplifiedMesh& m) {
    std::vector<std::uint32_t> sizes(m.positions.size(), 0);
    for (std::uint32_t k : m.keptVertex) ++sizes[k];
    return sizes;
}

}  // namespace

TEST_CASE("Simplifier: a sphere reaches the target, stays closed and genus 0, and keeps its shape", "[simplify]") {
    const TestMesh src = sphere(4);  // 5120 triangles
    REQUIRE(src.triangleCount() == 5120);
    const SimplifiedMesh m = simplifyMesh(src.positions, src.normals, src.indices, 1200);
    CHECK(m.triangleCount() <= 1200);
    CHECK(m.triangleCount() >= 1140);
    CHECK(closedAndOriented(m.indices));
    CHECK(eulerCharacteristic(m.positions.size(), m.indices) == 2);
    checkMaps(src, m);
    checkTriangles(m);
    CHECK(minAngleDeg(m) > 15.0f);  // no sliver: quality 0.45 allows nothing thinner
    // Every source vertex lies within 2 % of the radius of the simplified surface, and the
    // simplified surface (chords inside the sphere) dips no deeper than that.
    float farthest = 0.0f;
    for (const glm::vec3& p : src.positions) farthest = std::max(farthest, distanceToMesh(p, m));
    CHECK(farthest < 0.02f);
    CHECK(distanceToMesh(glm::vec3(0.0f), m) > 0.98f);
}

TEST_CASE("Simplifier: a torus stays closed with genus 1", "[simplify]") {
    const TestMesh src = torus(96, 48);  // 9216 triangles
    REQUIRE(eulerCharacteristic(src.positions.size(), src.indices) == 0);
    const SimplifiedMesh m = simplifyMesh(src.positions, src.normals, src.indices, 2000);
    CHECK(m.triangleCount() <= 2000);
    CHECK(m.triangleCount() >= 1900);
    CHECK(closedAndOriented(m.indices));
    CHECK(eulerCharacteristic(m.positions.size(), m.indices) == 0);
    checkMaps(src, m);
    checkTriangles(m);
    CHECK(minAngleDeg(m) > 15.0f);
}

TEST_CASE("Simplifier: an open patch keeps every boundary vertex and edge", "[simplify]") {
    const TestMesh src = grid(40);  // 3200 triangles, 160 boundary edges
    const SimplifiedMesh m = simplifyMesh(src.positions, src.normals, src.indices, 800);
    CHECK(m.triangleCount() <= 800);
    CHECK(m.triangleCount() >= 760);
    checkMaps(src, m);
    checkTriangles(m);
    CHECK(minAngleDeg(m) > 15.0f);

    std::vector<std::uint32_t> identity(src.positions.size());
    for (std::uint32_t i = 0; i < identity.size(); ++i) identity[i] = i;
    const std::set<Edge> before = boundaryEdges(src.indices, identity);
    const std::set<Edge> after = boundaryEdges(m.indices, m.sourceVertex);
    REQUIRE(before.size() == 160);
    CHECK(after == before);
    CHECK(totalLength(after, src.positions) == totalLength(before, src.positions));
    std::size_t moved = 0;
    for (const Edge& e : before)
        for (std::uint32_t s : {e.first, e.second})
            if (m.sourceVertex[m.keptVertex[s]] != s) ++moved;
    CHECK(moved == 0);
    CHECK(eulerCharacteristic(m.positions.size(), m.indices) == 1);  // still a disc
}

TEST_CASE("Simplifier: heat values average onto kept vertices, conserving their sum", "[simplify]") {
    const TestMesh src = bumpySphere(4);
    const SimplifiedMesh m = simplifyMesh(src.positions, src.normals, src.indices, 1000);
    const std::vector<std::uint32_t> sizes = clusterSizes(m);

    const std::vector<float> constant = averageOntoKept(m, std::vector<float>(src.positions.size(), 3.5f));
    REQUIRE(constant.size() == m.positions.size());
    for (float v : constant) REQUIRE(v == Approx(3.5f));

    std::vector<float> linear;
    for (const glm::vec3& p : src.positions) linear.push_back(5.0f + p.x + 2.0f * p.y);
    const auto [lo, hi] = std::minmax_element(linear.begin(), linear.end());
    const std::vector<float> mean = averageOntoKept(m, linear);
    double sourceSum = 0.0, keptSum = 0.0;
    for (float v : linear) sourceSum += v;
    for (std::size_t k = 0; k < mean.size(); ++k) {
        REQUIRE(mean[k] >= *lo);
        REQUIRE(mean[k] <= *hi);
        keptSum += static_cast<double>(mean[k]) * sizes[k];
    }
    CHECK(keptSum == Approx(sourceSum).epsilon(1e-5));
}

TEST_CASE("Simplifier: the largest value of each cluster carries over, so a hot spot stays hot", "[simplify]") {
    const TestMesh src = bumpySphere(4);
    const SimplifiedMesh m = simplifyMesh(src.positions, src.normals, src.indices, 1000);
    for (float v : maxOntoKept(m, std::vector<float>(src.positions.size(), 2.0f))) REQUIRE(v == 2.0f);
    // One hot source vertex: its kept vertex shows exactly its value, every other kept vertex 0.
    for (std::uint32_t hot : {0u, 17u, static_cast<std::uint32_t>(src.positions.size() - 1)}) {
        std::vector<float> values(src.positions.size(), 0.0f);
        values[hot] = 40.0f;
        const std::vector<float> peak = maxOntoKept(m, values);
        const std::vector<float> mean = averageOntoKept(m, values);
        for (std::size_t k = 0; k < peak.size(); ++k) {
            REQUIRE(peak[k] == (k == m.keptVertex[hot] ? 40.0f : 0.0f));
            REQUIRE(peak[k] >= mean[k]);
        }
    }
    CHECK_THROWS_WITH(maxOntoKept(m, std::vector<float>(3, 1.0f)),
                      "maxOntoKept: 3 values for a mesh simplified from " + std::to_string(src.positions.size()) +
                          " vertices");
}

TEST_CASE("Simplifier: the same input gives the same output", "[simplify]") {
    const TestMesh src = bumpySphere(4);
    const SimplifiedMesh a = simplifyMesh(src.positions, src.normals, src.indices, 1500);
    const SimplifiedMesh b = simplifyMesh(src.positions, src.normals, src.indices, 1500);
    CHECK(a.indices == b.indices);
    CHECK(a.sourceVertex == b.sourceVertex);
    CHECK(a.keptVertex == b.keptVertex);
    CHECK(a.positions == b.positions);
    CHECK(a.normals == b.normals);
    checkMaps(src, a);
    checkTriangles(a);
    CHECK(closedAndOriented(a.indices));
}

TEST_CASE("Simplifier: a target at or above the triangle count returns the input with identity maps", "[simplify]") {
    TestMesh src = sphere(1);
    src.positions.push_back({5, 5, 5});  // unused vertices are kept too
    src.normals.push_back({0, 0, 1});
    for (std::size_t target : {src.triangleCount(), src.triangleCount() + 10}) {
        const SimplifiedMesh m = simplifyMesh(src.positions, src.normals, src.indices, target);
        CHECK(m.positions == src.positions);
        CHECK(m.normals == src.normals);
        CHECK(m.indices == src.indices);
        for (std::uint32_t i = 0; i < src.positions.size(); ++i) {
            CHECK(m.sourceVertex[i] == i);
            CHECK(m.keptVertex[i] == i);
        }
    }
}

TEST_CASE("Simplifier: a vertex no triangle uses maps to the nearest kept vertex", "[simplify]") {
    TestMesh src = sphere(3);
    const glm::vec3 stray = src.positions[7] * 1.01f;
    src.positions.push_back(stray);
    src.normals.push_back(src.normals[7]);
    const SimplifiedMesh m = simplifyMesh(src.positions, src.normals, src.indices, 300);
    checkMaps(src, m);
    const std::uint32_t k = m.keptVertex.back();
    for (const glm::vec3& p : m.positions) CHECK(glm::length(p - stray) >= glm::length(m.positions[k] - stray));
    CHECK(std::find(m.sourceVertex.begin(), m.sourceVertex.end(), src.positions.size() - 1) == m.sourceVertex.end());
}

TEST_CASE("Simplifier: vertices of a wrongly wound triangle are never collapsed", "[simplify]") {
    TestMesh src = sphere(3);
    std::swap(src.indices[31], src.indices[32]);  // triangle 10 turned inside out
    const std::uint32_t corners[3] = {src.indices[30], src.indices[31], src.indices[32]};
    const SimplifiedMesh m = simplifyMesh(src.positions, src.normals, src.indices, 300);
    checkMaps(src, m);
    for (std::uint32_t s : corners) CHECK(m.sourceVertex[m.keptVertex[s]] == s);
    CHECK(m.triangleCount() <= 300);
}

TEST_CASE("Simplifier: bad input is refused with a message naming the problem", "[simplify]") {
    const TestMesh src = sphere(1);
    auto simplify = [&](const std::vector<glm::vec3>& p, const std::vector<glm::vec3>& n, const std::vector<std::uint32_t>& i) {
        return simplifyMesh(p, n, i, 10);
    };
    std::vector<std::uint32_t> idx = src.indices;
    idx.pop_back();
    CHECK_THROWS_AS(simplify(src.positions, src.normals, idx), std::invalid_argument);
    CHECK_THROWS_WITH(simplify(src.positions, src.normals, idx), "simplifyMesh: index count 239 is not a multiple of 3");
    idx = src.indices;
    idx[7] = 42;
    CHECK_THROWS_WITH(simplify(src.positions, src.normals, idx),
                      "simplifyMesh: triangle 2 uses vertex 42, but there are only 42 positions");
    idx = src.indices;
    idx[4] = idx[5];
    CHECK_THROWS_WITH(simplify(src.positions, src.normals, idx), Catch::Contains("triangle 1 uses vertex") && Catch::Contains("twice"));
    std::vector<glm::vec3> normals = src.normals;
    normals.pop_back();
    CHECK_THROWS_WITH(simplify(src.positions, normals, src.indices), "simplifyMesh: 41 normals for 42 positions");
    std::vector<glm::vec3> positions = src.positions;
    positions[3].y = std::nanf("");
    CHECK_THROWS_WITH(simplify(positions, src.normals, src.indices), "simplifyMesh: position 3 is not finite");

    const SimplifiedMesh m = simplify(src.positions, src.normals, src.indices);
    CHECK_THROWS_WITH(averageOntoKept(m, std::vector<float>(5, 1.0f)),
                      "averageOntoKept: 5 values for a mesh simplified from 42 vertices");
}

TEST_CASE("Simplifier: the generated skin becomes a closed 20k-triangle display skin", "[simplify][body]") {
    Problems problems;
    const Body body = Body::fromScene(test::bodyScene(BodySize::Female), "female", problems).value();
    const SkinSurface& skin = body.skin;
    TestMesh src{skin.positions, skin.normals, skin.indices};
    const long euler = eulerCharacteristic(src.positions.size(), src.indices);
    const SimplifiedMesh m = simplifyMesh(src.positions, src.normals, src.indices, 20000);
    INFO("source triangles " << src.triangleCount());
    CHECK(m.triangleCount() <= 20000);
    CHECK(m.triangleCount() >= 19000);
    CHECK(closedAndOriented(m.indices));
    CHECK(eulerCharacteristic(m.positions.size(), m.indices) == euler);
    checkMaps(src, m);
    checkTriangles(m);
    CHECK(minAngleDeg(m) > 10.0f);  // the source has thinner slivers; a collapse only makes those better
}
