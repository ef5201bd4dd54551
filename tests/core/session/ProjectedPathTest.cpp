#include "core/session/ProjectedPath.h"

#include <catch2/catch.hpp>

#include <glm/gtc/matrix_transform.hpp>

using namespace backrub;

namespace {
TrailSample sample(float x, float z, float forceN, glm::vec3 normal = {0.0f, 1.0f, 0.0f}) {
    TrailSample s;
    s.position = {x, 0.0f, z};
    s.normal = normal;
    s.forceN = forceN;
    return s;
}
}  // namespace

TEST_CASE("Projected path maps the view's centre to the picture's centre, head up", "[session]") {
    // Looking straight down -Y at the origin, +Z (the head) up on the picture.
    const glm::vec3 eye(0.0f, 2.0f, 0.0f);
    const glm::mat4 vp = glm::perspective(glm::radians(40.0f), 1.0f, 0.1f, 10.0f) *
                         glm::lookAt(eye, glm::vec3(0.0f), glm::vec3(0.0f, 0.0f, 1.0f));
    const auto lines = projectPath({sample(0.0f, 0.0f, 5.0f), sample(0.0f, 0.2f, 5.0f)}, vp, eye, 200, 100);
    REQUIRE(lines.size() == 1);
    REQUIRE(lines[0].size() == 2);
    CHECK(lines[0][0].x == Approx(100.0f));
    CHECK(lines[0][0].y == Approx(50.0f));
    CHECK(lines[0][1].y < 50.0f);  // toward the head is up
}

TEST_CASE("Projected path breaks where the hand lifts or the skin faces away", "[session]") {
    const glm::vec3 eye(0.0f, 2.0f, 0.0f);
    const glm::mat4 vp = glm::perspective(glm::radians(40.0f), 1.0f, 0.1f, 10.0f) *
                         glm::lookAt(eye, glm::vec3(0.0f), glm::vec3(0.0f, 0.0f, 1.0f));
    const glm::vec3 away(0.0f, -1.0f, 0.0f);
    const auto lines = projectPath({sample(0.0f, 0.0f, 5.0f), sample(0.0f, 0.1f, 5.0f), sample(0.0f, 0.2f, 0.0f),
                                    sample(0.1f, 0.2f, 5.0f), sample(0.1f, 0.3f, 5.0f), sample(0.1f, 0.4f, 5.0f, away),
                                    sample(0.2f, 0.4f, 5.0f)},
                                   vp, eye, 100, 100);
    REQUIRE(lines.size() == 2);  // the lone point after the turned-away sample is dropped
    CHECK(lines[0].size() == 2);
    CHECK(lines[1].size() == 2);
    CHECK(projectPath({}, vp, eye, 100, 100).empty());
    // Skin seen edge-on (the outer thighs from behind) keeps its path.
    const glm::vec3 sideways(1.0f, -0.1f, 0.0f);
    CHECK(projectPath({sample(0.1f, 0.0f, 5.0f, sideways), sample(0.1f, 0.1f, 5.0f, sideways)}, vp, eye, 100, 100).size() == 1);
}
