#include "core/hands/ContactWindow.h"

#include <catch2/catch.hpp>

using namespace backrub;

namespace {

Contact thumbAt(glm::vec3 position, float forceN, glm::vec3 normal = {0.0f, 1.0f, 0.0f}) {
    Contact c;
    c.position = position;
    c.normal = normal;
    c.forceN = forceN;
    c.areaCm2 = 1.5f;
    c.kind = ContactKind::ThumbPad;
    return c;
}

}  // namespace

TEST_CASE("contact windows: one per pressing contact, sized from its area", "[contactwindow]") {
    Contact palm = thumbAt({0.1f, 0.2f, 0.3f}, 20.0f, {0.0f, 2.0f, 0.0f});
    palm.kind = ContactKind::Palm;
    palm.areaCm2 = 90.0f;
    const auto windows = contactWindows({thumbAt({0.0f, 0.2f, 0.3f}, 6.0f), thumbAt({0.0f, 0.2f, 0.2f}, 0.0f), palm});
    REQUIRE(windows.size() == 2);  // the contact with no force opens none
    // Thumb pad 1.5 cm^2: radius 0.69 cm -> 1.25 x 0.69 + 1 = 1.86 cm; palm 90 cm^2: 5.35 cm -> 7.7 cm.
    CHECK(windows[0].radius == Approx(0.0186f).margin(0.0002f));
    CHECK(windows[1].radius == Approx(0.0769f).margin(0.0002f));
    CHECK(glm::length(windows[1].normal) == Approx(1.0f));  // normals come out unit length
    CHECK(windows[0].center == glm::vec3(0.0f, 0.2f, 0.3f));
}

TEST_CASE("contact windows: more contacts than the shader holds keep the strongest", "[contactwindow]") {
    std::vector<Contact> contacts;
    for (int i = 0; i < kMaxContactWindows + 4; ++i) contacts.push_back(thumbAt({0.01f * i, 0.2f, 0.0f}, float(i + 1)));
    const auto windows = contactWindows(contacts);
    REQUIRE(windows.size() == std::size_t(kMaxContactWindows));
    for (const ContactWindow& w : windows) CHECK(w.center.x >= 0.04f - 1e-6f);  // the 4 weakest (x 0..0.03) dropped
}

TEST_CASE("window opacity: a ghost over the contact, solid beside it and far above it", "[contactwindow]") {
    const auto windows = contactWindows({thumbAt({0.0f, 0.2f, 0.3f}, 6.0f)});
    REQUIRE(windows.size() == 1);
    const float r = windows[0].radius;
    // The thumb's back, 2 cm above its pad: see-through.
    CHECK(windowOpacity(windows, {0.0f, 0.22f, 0.3f}) == Approx(kWindowFloor));
    // Opacity never falls moving away from the contact across the skin, and is 1 past the radius.
    float previous = 0.0f;
    for (float d = 0.0f; d <= 1.2f * r; d += 0.001f) {
        const float o = windowOpacity(windows, {d, 0.215f, 0.3f});
        CHECK(o >= previous - 1e-6f);
        previous = o;
    }
    CHECK(windowOpacity(windows, {1.01f * r, 0.215f, 0.3f}) == 1.0f);
    // The wrist, well above the skin over the contact, and anything under the skin stay solid.
    CHECK(windowOpacity(windows, {0.0f, 0.2f + kWindowHeightM + 0.001f, 0.3f}) == 1.0f);
    CHECK(windowOpacity(windows, {0.0f, 0.17f, 0.3f}) == 1.0f);
    // No windows: everything solid.
    CHECK(windowOpacity({}, {0.0f, 0.21f, 0.3f}) == 1.0f);
}

TEST_CASE("window opacity: the window follows a tilted skin normal", "[contactwindow]") {
    const glm::vec3 n = glm::normalize(glm::vec3(1.0f, 1.0f, 0.0f));
    const auto windows = contactWindows({thumbAt({0.0f, 0.0f, 0.0f}, 6.0f, n)});
    CHECK(windowOpacity(windows, 0.03f * n) == Approx(kWindowFloor));  // along the normal: open
    CHECK(windowOpacity(windows, {0.0f, 0.03f, 0.0f}) == 1.0f);         // straight up: 2.1 cm across, outside
}
