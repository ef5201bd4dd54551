#include "core/view/ScreenRect.h"

#include "core/view/OrbitCamera.h"

#include <catch2/catch.hpp>
#include <glm/gtc/matrix_transform.hpp>

using namespace backrub;

namespace {

glm::mat4 lookingDownZ(float aspect) {
    return glm::perspective(glm::radians(60.0f), aspect, 0.1f, 100.0f) *
           glm::lookAt(glm::vec3(0.0f, 0.0f, 5.0f), glm::vec3(0.0f), glm::vec3(0.0f, 1.0f, 0.0f));
}

}  // namespace

TEST_CASE("screen rect: a centred box maps to a centred rectangle of the right size", "[screenrect]") {
    const glm::mat4 vp = lookingDownZ(2.0f);
    const PixelRect r = projectedRect({-0.5f, -0.5f, 0.0f}, {0.5f, 0.5f, 0.0f}, vp, 800, 400, 0);
    // Half-height of the view at distance 5 is 5 tan 30 deg = 2.887: the box spans 1 / 5.774 of it.
    const float expectedHeight = 400.0f / 5.7735f;
    CHECK(r.height == Approx(expectedHeight).margin(2.0));
    CHECK(r.width == Approx(expectedHeight).margin(2.0));  // square pixels: same size across
    CHECK(r.x + r.width / 2 == Approx(400).margin(1));
    CHECK(r.y + r.height / 2 == Approx(200).margin(1));
}

TEST_CASE("screen rect: the margin grows the rectangle and the viewport clamps it", "[screenrect]") {
    const glm::mat4 vp = lookingDownZ(1.0f);
    const PixelRect tight = projectedRect({-0.5f, -0.5f, 0.0f}, {0.5f, 0.5f, 0.0f}, vp, 400, 400, 0);
    const PixelRect grown = projectedRect({-0.5f, -0.5f, 0.0f}, {0.5f, 0.5f, 0.0f}, vp, 400, 400, 10);
    CHECK(grown.x == tight.x - 10);
    CHECK(grown.width == tight.width + 20);
    const PixelRect huge = projectedRect({-50.0f, -50.0f, 0.0f}, {50.0f, 50.0f, 0.0f}, vp, 400, 400, 10);
    CHECK(huge == PixelRect{0, 0, 400, 400});
}

TEST_CASE("screen rect: behind the camera covers everything, off screen covers nothing", "[screenrect]") {
    const glm::mat4 vp = lookingDownZ(1.0f);
    CHECK(projectedRect({-1.0f, -1.0f, 4.0f}, {1.0f, 1.0f, 6.0f}, vp, 300, 200, 4) == PixelRect{0, 0, 300, 200});
    CHECK(projectedRect({40.0f, 0.0f, 0.0f}, {41.0f, 1.0f, 0.0f}, vp, 300, 200, 4).empty());
}

TEST_CASE("screen rect: every corner of a framed body box lies inside its rectangle", "[screenrect]") {
    OrbitCamera camera;
    const glm::vec3 lo(-0.3f, -0.1f, -0.9f), hi(0.3f, 0.25f, 0.8f);
    camera.frame(lo, hi, 16.0f / 9.0f);
    for (ViewPreset preset : {ViewPreset::Back, ViewPreset::Left, ViewPreset::Oblique}) {
        camera.setPreset(preset);
        const glm::mat4 vp = camera.projection(16.0f / 9.0f) * camera.view();
        const PixelRect r = projectedRect(lo, hi, vp, 1280, 720, 0);
        REQUIRE_FALSE(r.empty());
        for (int corner = 0; corner < 8; ++corner) {
            const glm::vec3 p((corner & 1) ? hi.x : lo.x, (corner & 2) ? hi.y : lo.y, (corner & 4) ? hi.z : lo.z);
            const glm::vec4 clip = vp * glm::vec4(p, 1.0f);
            const glm::vec2 px = (glm::vec2(clip) / clip.w * 0.5f + 0.5f) * glm::vec2(1280.0f, 720.0f);
            CHECK(px.x >= float(r.x) - 0.5f);
            CHECK(px.x <= float(r.x + r.width) + 0.5f);
            CHECK(px.y >= float(r.y) - 0.5f);
            CHECK(px.y <= float(r.y + r.height) + 0.5f);
        }
    }
}

TEST_CASE("screen bounds: points grow the rectangle; nothing added is empty", "[screenrect]") {
    const glm::mat4 vp = lookingDownZ(1.0f);
    ScreenBounds bounds(vp, 400, 400);
    CHECK(bounds.rect(5).empty());
    bounds.add({0.0f, 0.0f, 0.0f});  // the centre of the view: a point, only its margin
    CHECK(bounds.rect(0).empty());
    CHECK(bounds.rect(1) == PixelRect{199, 199, 2, 2});
    bounds.add({1.0f, 0.5f, 0.0f});
    const PixelRect two = bounds.rect(0);
    CHECK(two.x == 200);
    CHECK(two.y == 200);
    CHECK(two.width > two.height);  // further out in x than in y
    // A box through the model matrix: a translated unit box lands right of centre.
    ScreenBounds moved(vp, 400, 400);
    moved.addBox({-0.1f, -0.1f, -0.1f}, {0.1f, 0.1f, 0.1f}, glm::translate(glm::mat4(1.0f), glm::vec3(1.0f, 0.0f, 0.0f)));
    CHECK(moved.rect(0).x > 200);
}

TEST_CASE("Pixel rectangles intersect to their common part or to nothing", "[view]") {
    const PixelRect a{10, 20, 100, 50};
    CHECK(a.intersected(PixelRect{60, 0, 100, 40}) == PixelRect{60, 20, 50, 20});
    CHECK(a.intersected(a) == a);
    CHECK(a.intersected(PixelRect{0, 0, 1000, 1000}) == a);
    CHECK(a.intersected(PixelRect{110, 20, 10, 10}).empty());  // touching edges share no pixel
    CHECK(a.intersected(PixelRect{}).empty());
}
