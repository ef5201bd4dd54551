#include "core/view/SplitView.h"

#include <catch2/catch.hpp>

using namespace backrub;

namespace {

// Window pixel x of a world point under a camera, for a width x height window.
float pixelX(const OrbitCamera& c, const glm::vec3& p, int width, int height) {
    const glm::vec4 clip = c.projection(float(width) / float(height)) * c.view() * glm::vec4(p, 1.0f);
    return (clip.x / clip.w * 0.5f + 0.5f) * float(width);
}

}  // namespace

TEST_CASE("Split view: two halves of the free part, each with the framed centre in its middle, at one scale", "[camera]") {
    OrbitCamera camera;
    camera.frame({-0.3f, -0.1f, -0.5f}, {0.3f, 0.2f, 0.7f}, 16.0f / 9.0f);
    camera.setLeftInset(0.36f);   // the main panel
    camera.setRightInset(0.1f);   // a panel at the right
    const int w = 1280, h = 720;
    const auto halves = splitView(camera, w, h);
    // Side by side, together the part the panels leave free.
    CHECK(halves[0].rect.x == 461);
    CHECK(halves[0].rect.x + halves[0].rect.width == halves[1].rect.x);
    CHECK(halves[1].rect.x + halves[1].rect.width == 1152);
    CHECK(std::abs(halves[0].rect.width - halves[1].rect.width) <= 1);
    CHECK(halves[0].rect.height == h);
    const glm::vec3 target = camera.target(), aside = target + glm::vec3(0.1f, 0.0f, 0.0f);
    const float single = pixelX(camera, aside, w, h) - pixelX(camera, target, w, h);
    for (const SplitHalf& half : halves) {
        const float middle = float(half.rect.x) + 0.5f * float(half.rect.width);
        CHECK(pixelX(half.camera, target, w, h) == Approx(middle).margin(0.5));
        // The same size as the single picture.
        CHECK(pixelX(half.camera, aside, w, h) - pixelX(half.camera, target, w, h) == Approx(single).epsilon(1e-4));
    }
    // Orbiting the shown camera orbits both (they are copies, taken each frame).
    camera.rotate(40.0f, 0.0f);
    CHECK(splitView(camera, w, h)[1].camera.view() == camera.view());
}
