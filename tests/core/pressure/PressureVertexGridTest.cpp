#include "core/geometry/VertexGrid.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <random>

using namespace backrub;

namespace {

std::vector<std::uint32_t> query(const VertexGrid& grid, glm::vec3 c, float r) {
    std::vector<std::uint32_t> out;
    grid.forEachInSphere(c, r, [&](std::uint32_t id, const glm::vec3&, float) { out.push_back(id); });
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::uint32_t> bruteForce(const std::vector<glm::vec3>& pts, glm::vec3 c, float r) {
    std::vector<std::uint32_t> out;
    for (std::size_t i = 0; i < pts.size(); ++i) {
        const glm::vec3 d = pts[i] - c;
        if (glm::dot(d, d) <= r * r) out.push_back(static_cast<std::uint32_t>(i));
    }
    return out;
}

}  // namespace

TEST_CASE("Vertex grid queries match a brute-force search", "[pressure]") {
    std::mt19937 rng(7);
    std::uniform_real_distribution<float> u(-0.3f, 0.3f);
    std::vector<glm::vec3> pts(3000);
    for (glm::vec3& p : pts) p = {u(rng), 0.1f * u(rng), 2.0f * u(rng)};
    for (float cell : {0.0f, 0.005f, 0.05f, 1.0f}) {
        const VertexGrid grid(pts, cell);
        CHECK(grid.pointCount() == pts.size());
        for (int q = 0; q < 50; ++q) {
            const glm::vec3 c(u(rng), u(rng), 2.0f * u(rng));
            const float r = 0.2f * std::fabs(u(rng));
            REQUIRE(query(grid, c, r) == bruteForce(pts, c, r));
        }
        // Far outside the bounds on one side.
        CHECK(query(grid, {5.0f, 0.0f, 0.0f}, 0.5f).empty());
    }
}

TEST_CASE("Vertex grid survives degenerate input", "[pressure]") {
    CHECK(query(VertexGrid(std::vector<glm::vec3>{}), {0.0f, 0.0f, 0.0f}, 1.0f).empty());
    const std::vector<glm::vec3> same(100, glm::vec3(1.0f, 2.0f, 3.0f));
    CHECK(query(VertexGrid(same), {1.0f, 2.0f, 3.0f}, 0.0f).size() == 100);
    std::vector<glm::vec3> withNan = {{0.0f, 0.0f, 0.0f}, {std::nanf(""), 0.0f, 0.0f}, {0.01f, 0.0f, 0.0f}};
    const VertexGrid grid(withNan);
    CHECK(grid.pointCount() == 2);
    CHECK(query(grid, {0.0f, 0.0f, 0.0f}, 1.0f) == std::vector<std::uint32_t>{0, 2});
    CHECK(query(grid, {std::nanf(""), 0.0f, 0.0f}, 1.0f).empty());
    CHECK(query(grid, {0.0f, 0.0f, 0.0f}, -1.0f).empty());
    // A huge extent cannot allocate a huge grid: cells grow instead.
    const VertexGrid wide({{0.0f, 0.0f, 0.0f}, {1e6f, 1e6f, 1e6f}}, 0.001f);
    CHECK(wide.cellSize() > 1000.0f);
    CHECK(query(wide, {0.0f, 0.0f, 0.0f}, 1.0f).size() == 1);
}
