// anyPerpendicular: a unit vector at right angles to any vector, short ones included.
#include "core/geometry/MeshBuilder.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace backrub;

TEST_CASE("A perpendicular is unit length and at right angles for vectors of any length", "[geometry]") {
    // Short vectors along x gave NaN: the x axis was taken while |x| < 0.6, whatever the length.
    const glm::vec3 vectors[] = {{0.5f, 0, 0}, {1e-3f, 0, 0}, {1, 0, 0}, {0, 2, 0}, {0, 0, -7}, {3, 4, 0},
                                 {0.59f, 0.0f, 0.01f}, {-1e-5f, 2e-5f, 1e-5f}, {100, -200, 300}};
    for (const glm::vec3& v : vectors) {
        const glm::vec3 p = anyPerpendicular(v);
        INFO("v = (" << v.x << ", " << v.y << ", " << v.z << "), p = (" << p.x << ", " << p.y << ", " << p.z << ")");
        REQUIRE(std::isfinite(p.x + p.y + p.z));
        CHECK(glm::length(p) == Approx(1.0f).epsilon(1e-5));
        CHECK(std::abs(glm::dot(p, glm::normalize(v))) < 1e-5f);
    }
    // Nothing to be perpendicular to: still a unit vector.
    CHECK(glm::length(anyPerpendicular(glm::vec3(0.0f))) == Approx(1.0f));
    CHECK(glm::length(anyPerpendicular(glm::vec3(NAN, 0.0f, 0.0f))) == Approx(1.0f));
}
