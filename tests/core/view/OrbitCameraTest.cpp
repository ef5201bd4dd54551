#include "core/view/OrbitCamera.h"

#include <catch2/catch.hpp>
#include <glm/gtc/matrix_transform.hpp>

using namespace backrub;

namespace {

OrbitCamera framedBack() {
    OrbitCamera c;
    c.frame({-0.3f, -0.1f, -0.5f}, {0.3f, 0.2f, 0.7f}, 16.0f / 9.0f);
    return c;
}

glm::vec3 toClip(const OrbitCamera& c, const glm::vec3& p, float aspect) {
    glm::vec4 v = c.projection(aspect) * c.view() * glm::vec4(p, 1.0f);
    return glm::vec3(v) / v.w;
}

}  // namespace

TEST_CASE("Framing puts the whole box inside the view", "[camera]") {
    const float aspect = 16.0f / 9.0f;
    OrbitCamera c = framedBack();
    CHECK(c.target().z == Approx(0.1f));
    for (int corner = 0; corner < 8; ++corner) {
        glm::vec3 p((corner & 1) ? 0.3f : -0.3f, (corner & 2) ? 0.2f : -0.1f, (corner & 4) ? 0.7f : -0.5f);
        for (ViewPreset v : {ViewPreset::Back, ViewPreset::Left, ViewPreset::Right, ViewPreset::Top, ViewPreset::Oblique}) {
            c.setPreset(v);
            glm::vec3 ndc = toClip(c, p, aspect);
            CHECK(std::abs(ndc.x) <= 1.0f);
            CHECK(std::abs(ndc.y) <= 1.0f);
            CHECK(ndc.z >= -1.0f);
            CHECK(ndc.z <= 1.0f);
        }
    }
}

TEST_CASE("Back view looks down onto the back with the head at the top", "[camera]") {
    OrbitCamera c = framedBack();
    CHECK(glm::normalize(c.eye() - c.target()).y > 0.99f);
    // A point toward the head (+Z) appears higher on screen than one toward the feet.
    CHECK(toClip(c, c.target() + glm::vec3(0, 0, 0.2f), 1.0f).y > toClip(c, c.target(), 1.0f).y + 0.05f);
    // The receiver's left (+X) appears on the viewer's left when looking down at a prone back.
    CHECK(toClip(c, c.target() + glm::vec3(0.2f, 0, 0), 1.0f).x < toClip(c, c.target(), 1.0f).x - 0.05f);
}

TEST_CASE("Side presets look from the named side", "[camera]") {
    OrbitCamera c = framedBack();
    c.setPreset(ViewPreset::Left);
    CHECK(c.eye().x > c.target().x + 0.5f * c.distance());
    c.setPreset(ViewPreset::Right);
    CHECK(c.eye().x < c.target().x - 0.5f * c.distance());
    c.setPreset(ViewPreset::Top);
    CHECK(c.eye().z > c.target().z + 0.5f * c.distance());
}

TEST_CASE("Zoom is clamped and rotation never flips over the pole", "[camera]") {
    OrbitCamera c = framedBack();
    for (int i = 0; i < 200; ++i) c.zoom(1.0f);
    CHECK(c.distance() == Approx(c.minDistance()));
    for (int i = 0; i < 200; ++i) c.zoom(-1.0f);
    CHECK(c.distance() == Approx(c.maxDistance()));
    c.rotate(0.0f, 10000.0f);
    CHECK(c.pitchDeg() == Approx(OrbitCamera::kMaxPitchDeg));
    c.rotate(0.0f, -100000.0f);
    CHECK(c.pitchDeg() == Approx(-OrbitCamera::kMaxPitchDeg));
    // The view matrix stays finite at the pole.
    const glm::mat4 v = c.view();
    for (int i = 0; i < 16; ++i) CHECK(std::isfinite(v[i / 4][i % 4]));
}

TEST_CASE("Pan moves the target with the cursor and reset restores the framing", "[camera]") {
    OrbitCamera c = framedBack();
    const glm::vec3 home = c.target();
    const float homeDistance = c.distance();
    const glm::vec3 before = toClip(c, home, 1.0f);
    c.pan(100.0f, 0.0f, 1000.0f);  // drag right by a tenth of the viewport height
    const glm::vec3 after = toClip(c, home, 1.0f);
    // The old target point follows the cursor: moves right by 0.2 NDC units (2 * 100/1000).
    CHECK(after.x - before.x == Approx(0.2f).margin(0.01f));
    c.rotate(50.0f, 20.0f);
    c.zoom(3.0f);
    c.reset();
    CHECK(glm::length(c.target() - home) < 1e-6f);
    CHECK(c.distance() == Approx(homeDistance));
    CHECK(c.pitchDeg() == Approx(89.0f));
}

TEST_CASE("View preset names parse and print", "[camera]") {
    for (const char* name : {"back", "left", "right", "top", "oblique"}) {
        auto p = parseViewPreset(name);
        REQUIRE(p.has_value());
        CHECK(std::string(viewPresetName(*p)) == name);
    }
    CHECK_FALSE(parseViewPreset("front").has_value());
    CHECK_FALSE(parseViewPreset("").has_value());
}

namespace {

glm::vec2 ndcOf(const OrbitCamera& cam, const glm::vec3& p, float aspect) {
    const glm::vec4 clip = cam.projection(aspect) * cam.view() * glm::vec4(p, 1.0f);
    return glm::vec2(clip) / clip.w;
}

}  // namespace

TEST_CASE("A bottom inset moves the picture up into the uncovered part, scaled to fit", "[camera]") {
    OrbitCamera c = framedBack();
    const float aspect = 16.0f / 9.0f;
    const auto ndc = [&](const OrbitCamera& cam, const glm::vec3& p) { return ndcOf(cam, p, aspect); };
    const glm::vec3 somewhere(0.1f, 0.05f, 0.3f);
    const glm::vec2 before = ndc(c, somewhere);
    c.setBottomInset(0.3f);
    const glm::vec2 after = ndc(c, somewhere);
    CHECK(after.x == Approx(before.x * 0.7f));
    CHECK(after.y == Approx(before.y * 0.7f + 0.3f));
    // The framed centre moves to the middle of the uncovered part: NDC -0.4 .. 1.
    CHECK(ndc(c, c.target()).y == Approx(0.3f));
    c.setBottomInset(5.0f);
    CHECK(c.bottomInset() == 0.9f);
    c.setBottomInset(std::nanf(""));
    CHECK(c.bottomInset() == 0.0f);
    CHECK(ndc(c, somewhere).y == Approx(before.y));
}

TEST_CASE("A right inset moves the picture left into the uncovered part, unscaled", "[camera]") {
    OrbitCamera c = framedBack();
    const float aspect = 16.0f / 9.0f;
    const auto ndc = [&](const OrbitCamera& cam, const glm::vec3& p) { return ndcOf(cam, p, aspect); };
    const glm::vec3 a(0.1f, 0.05f, 0.3f), b(-0.1f, 0.05f, -0.2f);
    const glm::vec2 beforeA = ndc(c, a), beforeB = ndc(c, b);
    c.setRightInset(0.4f);
    CHECK(c.rightInset() == 0.4f);
    const glm::vec2 afterA = ndc(c, a), afterB = ndc(c, b);
    CHECK(afterA.x == Approx(beforeA.x - 0.4f));
    CHECK(afterA.y == Approx(beforeA.y));
    CHECK(glm::length(afterA - afterB) == Approx(glm::length(beforeA - beforeB)));  // same size
    // The framed centre sits in the middle of the uncovered part, NDC -1 .. 0.2.
    CHECK(ndc(c, c.target()).x == Approx(-0.4f).margin(1e-5));
    c.setRightInset(-1.0f);
    CHECK(c.rightInset() == 0.0f);
    c.setRightInset(std::nanf(""));
    CHECK(ndc(c, a).x == Approx(beforeA.x));
}

TEST_CASE("A left inset moves the picture right beside the panel, scaled to fit", "[camera]") {
    OrbitCamera c = framedBack();
    const float aspect = 16.0f / 9.0f;
    const auto ndc = [&](const OrbitCamera& cam, const glm::vec3& p) { return ndcOf(cam, p, aspect); };
    const glm::vec3 somewhere(0.1f, 0.05f, 0.3f);
    const glm::vec2 before = ndc(c, somewhere);
    c.setLeftInset(0.35f);
    CHECK(c.leftInset() == 0.35f);
    const glm::vec2 after = ndc(c, somewhere);
    CHECK(after.x == Approx(before.x * 0.65f + 0.35f));
    CHECK(after.y == Approx(before.y * 0.65f));
    // The framed centre sits in the middle of the free part, NDC -0.3 .. 1.
    CHECK(ndc(c, c.target()).x == Approx(0.35f).margin(1e-5));
    // With a bottom inset too, one scale for both directions keeps the shape.
    c.setBottomInset(0.5f);
    const glm::vec2 both = ndc(c, somewhere);
    CHECK(both.x == Approx(before.x * 0.5f + 0.35f));
    CHECK(both.y == Approx(before.y * 0.5f + 0.5f));
}

TEST_CASE("Zooming at the cursor keeps the point under it in place", "[camera]") {
    const float aspect = 16.0f / 9.0f;
    const auto ndc = [&](const OrbitCamera& cam, const glm::vec3& p) { return ndcOf(cam, p, aspect); };
    for (float left : {0.0f, 0.3f}) {
        OrbitCamera c = framedBack();
        c.setLeftInset(left);
        c.rotate(40.0f, -25.0f);
        const glm::vec2 cursor(0.45f, -0.3f);
        // The point under the cursor on the plane through the target facing the camera.
        const glm::mat4 unproject = glm::inverse(c.projection(aspect) * c.view());
        const glm::vec4 nearPoint = unproject * glm::vec4(cursor, -1.0f, 1.0f);
        const glm::vec4 farPoint = unproject * glm::vec4(cursor, 1.0f, 1.0f);
        const glm::vec3 origin = glm::vec3(nearPoint) / nearPoint.w;
        const glm::vec3 direction = glm::normalize(glm::vec3(farPoint) / farPoint.w - origin);
        const glm::vec3 forward = glm::normalize(c.target() - c.eye());
        const glm::vec3 p = origin + direction * (glm::dot(c.target() - origin, forward) / glm::dot(direction, forward));
        REQUIRE(glm::length(ndc(c, p) - cursor) < 1e-4f);
        const float before = c.distance();
        c.zoomAt(3.0f, cursor.x, cursor.y, aspect);
        CHECK(c.distance() < before);
        CHECK(glm::length(ndc(c, p) - cursor) < 1e-3f);
        c.zoomAt(-2.0f, cursor.x, cursor.y, aspect);
        CHECK(glm::length(ndc(c, p) - cursor) < 1e-3f);
    }
    // At the framed centre it is the plain zoom; at the distance limit nothing moves.
    OrbitCamera c = framedBack();
    const glm::vec3 target = c.target();
    c.zoomAt(2.0f, 0.0f, 0.0f, aspect);
    CHECK(glm::length(c.target() - target) < 1e-6f);
    for (int i = 0; i < 100; ++i) c.zoomAt(1.0f, 0.5f, 0.5f, aspect);
    const glm::vec3 limit = c.target();
    c.zoomAt(1.0f, 0.5f, 0.5f, aspect);
    CHECK(c.target() == limit);
    c.zoomAt(1.0f, std::nanf(""), 0.0f, aspect);  // a bad cursor zooms at the centre
    CHECK(c.target() == limit);
}

TEST_CASE("The uncovered part of the viewport is centred on the framed centre", "[camera]") {
    OrbitCamera c = framedBack();
    const int w = 1280, h = 720;
    const float aspect = float(w) / float(h);
    // Pixel position (GL convention) of the framed centre.
    const auto centrePx = [&] {
        const glm::vec3 ndc = toClip(c, c.target(), aspect);
        return glm::vec2((ndc.x * 0.5f + 0.5f) * float(w), (ndc.y * 0.5f + 0.5f) * float(h));
    };
    CHECK(c.uncoveredRect(w, h) == PixelRect{0, 0, w, h});

    c.setBottomInset(0.3f);  // a caption below: the top 70 % is free
    PixelRect r = c.uncoveredRect(w, h);
    CHECK(r == PixelRect{0, 216, w, 504});
    CHECK(centrePx().x == Approx(r.x + 0.5f * r.width));
    CHECK(centrePx().y == Approx(r.y + 0.5f * r.height));

    c.setBottomInset(0.0f);
    c.setRightInset(0.4f);  // a caption beside: the left 60 % is free
    r = c.uncoveredRect(w, h);
    CHECK(r == PixelRect{0, 0, 768, h});
    CHECK(centrePx().x == Approx(r.x + 0.5f * r.width));
    CHECK(centrePx().y == Approx(r.y + 0.5f * r.height));

    c.setRightInset(0.0f);
    c.setLeftInset(0.35f);  // the main panel at the left: the right 65 % is free
    r = c.uncoveredRect(w, h);
    CHECK(r == PixelRect{448, 0, 832, h});
    CHECK(centrePx().x == Approx(r.x + 0.5f * r.width));
    CHECK(centrePx().y == Approx(r.y + 0.5f * r.height));

    CHECK(c.uncoveredRect(0, 0).empty());
}
