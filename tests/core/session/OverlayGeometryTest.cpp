#include "core/session/OverlayGeometry.h"

#include <catch2/catch.hpp>

using namespace backrub;

namespace {
std::vector<TrailSample> straightTrail(int n, float force) {
    std::vector<TrailSample> s;
    for (int i = 0; i < n; ++i) s.push_back({0.1 * i, {0.0f, 0.0f, 0.01f * i}, {0.0f, 1.0f, 0.0f}, force});
    return s;
}
}  // namespace

TEST_CASE("A trail ribbon lies on the skin, has the written width and fades with age", "[overlay]") {
    OverlayGeometry g;
    const auto samples = straightTrail(11, 5.0f);
    appendTrailRibbon(samples, 1.0, 1.0, 0.01f, {1, 0, 0}, g);
    REQUIRE(g.vertices.size() == 22);
    CHECK(g.indices.size() == 10 * 6);
    for (std::size_t i = 0; i < g.vertices.size(); i += 2) {
        const glm::vec3 a = g.vertices[i].position, b = g.vertices[i + 1].position;
        CHECK(glm::length(a - b) == Approx(0.01f));
        CHECK(a.y == Approx(kOverlayLiftM));  // lifted along the normal, not sunk
        CHECK(std::abs(a.z - b.z) < 1e-6f);   // across the path, not along it
    }
    CHECK(g.vertices.front().color.a < 0.01f);        // one second old: faded out
    CHECK(g.vertices.back().color.a == Approx(0.9f));  // now: full strength
    for (std::size_t i = 2; i < g.vertices.size(); i += 2) CHECK(g.vertices[i].color.a >= g.vertices[i - 2].color.a);
}

TEST_CASE("A trail breaks where the hand lifts off", "[overlay]") {
    OverlayGeometry g;
    auto samples = straightTrail(10, 5.0f);
    samples[4].forceN = 0.0f;
    appendTrailRibbon(samples, 1.0, 1.0, 0.01f, {1, 0, 0}, g);
    CHECK(g.vertices.size() == 18);
    CHECK(g.indices.size() == (3 + 4) * 6);  // 4 samples -> 3 quads, 5 samples -> 4 quads
}

TEST_CASE("Dotted paths and discs", "[overlay]") {
    OverlayGeometry g;
    appendDottedPath(straightTrail(9, 2.0f), 3, 0.002f, {1, 1, 1, 1}, g);
    CHECK(g.vertices.size() == 3 * 11);
    g.clear();
    appendDisc({0, 0, 0}, {0, 0, 2}, 0.01f, {1, 1, 1, 1}, g, 16);
    REQUIRE(g.vertices.size() == 17);
    CHECK(g.indices.size() == 16 * 3);
    for (std::size_t i = 1; i < g.vertices.size(); ++i) {
        CHECK(glm::length(g.vertices[i].position - g.vertices[0].position) == Approx(0.01f));
        CHECK(g.vertices[i].position.z == Approx(kOverlayLiftM));  // normal (0,0,2) normalised
    }
    g.clear();
    appendDisc({0, 0, 0}, {0, 0, 0}, 0.01f, {1, 1, 1, 1}, g);  // degenerate normal: no NaN
    for (const auto& v : g.vertices) CHECK(std::isfinite(v.position.x));
}

TEST_CASE("Rings mark an area and leave its inside open", "[overlay]") {
    OverlayGeometry g;
    appendRing({0, 0, 0}, {0, 0, 3}, 0.02f, 0.004f, {1, 1, 1, 0.5f}, g, 12);
    REQUIRE(g.vertices.size() == 24);
    CHECK(g.indices.size() == 12 * 6);
    for (const auto& v : g.vertices) {
        const float r = glm::length(glm::vec2(v.position));
        CHECK((r == Approx(0.016f) || r == Approx(0.02f)));  // nothing inside the inner edge
        CHECK(v.position.z == Approx(kOverlayLiftM));
    }
    for (std::uint32_t i : g.indices) CHECK(i < g.vertices.size());
    g.clear();
    appendRing({0, 0, 0}, {0, 0, 1}, 0.01f, 0.05f, {1, 1, 1, 1}, g, 8);  // wider than the radius: a full disc
    for (const auto& v : g.vertices) CHECK(glm::length(v.position - glm::vec3(0, 0, kOverlayLiftM)) <= 0.01f + 1e-6f);
}

TEST_CASE("Region outline: a band along the border between two regions, lying on the skin", "[overlay]") {
    // A flat 10 x 10 grid facing +Y, 1 cm apart: lumbar where x < 4.5 cm, sacral beyond.
    SkinSurface skin;
    const int n = 10;
    for (int z = 0; z < n; ++z)
        for (int x = 0; x < n; ++x) {
            skin.positions.emplace_back(0.01f * float(x), 0.0f, 0.01f * float(z));
            skin.normals.emplace_back(0.0f, 1.0f, 0.0f);
            skin.baseRegion.push_back(x < 5 ? Region::Lumbar : Region::Sacral);
            skin.overlayRegion.push_back(Region::None);
        }
    for (int z = 0; z + 1 < n; ++z)
        for (int x = 0; x + 1 < n; ++x) {
            const std::uint32_t a = std::uint32_t(z * n + x), b = a + 1, c = a + std::uint32_t(n), d = c + 1;
            skin.indices.insert(skin.indices.end(), {a, c, b, b, c, d});
        }
    OverlayGeometry out;
    appendRegionOutline(skin, Region::Lumbar, 0.002f, glm::vec4(1.0f), out);
    REQUIRE_FALSE(out.vertices.empty());
    CHECK(out.indices.size() == out.vertices.size() / 4 * 6);
    for (const ColoredVertex& v : out.vertices) {
        CHECK(v.position.x == Approx(0.045f).margin(0.0011f));  // on the border, half the band wide
        CHECK(v.position.y > 0.0f);                               // lifted off the skin
        CHECK(v.position.y < 0.005f);
    }
    OverlayGeometry none;
    appendRegionOutline(skin, Region::KidneyL, 0.002f, glm::vec4(1.0f), none);
    CHECK(none.vertices.empty());
    // The same border seen from the other side.
    OverlayGeometry sacral;
    appendRegionOutline(skin, Region::Sacral, 0.002f, glm::vec4(1.0f), sacral);
    CHECK(sacral.vertices.size() == out.vertices.size());

    OverlayGeometry both = out;
    appendGeometry(sacral, both);
    CHECK(both.vertices.size() == out.vertices.size() * 2);
    CHECK(both.indices.back() == sacral.indices.back() + std::uint32_t(out.vertices.size()));
}

TEST_CASE("A warning is marked on the body while it happens and fades out after it", "[overlay][safety]") {
    SafetyWarning w;
    w.startS = 2.0;
    w.endS = 3.0;
    w.position = {0.0f, 0.1f, 0.3f};  // the peak, earlier
    w.latestPosition = {0.02f, 0.1f, 0.25f};
    w.latestNormal = {0.0f, 1.0f, 0.0f};
    CHECK(warningMarkerStrength(w, 1.99) == 0.0f);
    CHECK(warningMarkerStrength(w, 2.0) == 1.0f);
    CHECK(warningMarkerStrength(w, 2.99) == 1.0f);
    CHECK(warningMarkerStrength(w, 3.0 + 0.5 * kWarningFadeS) == Approx(0.5f));
    CHECK(warningMarkerStrength(w, 3.0 + kWarningFadeS) == 0.0f);
    CHECK(warningMarkerStrength(w, 10.0) == 0.0f);

    SafetyWarning later = w;
    later.startS = 5.0;
    later.endS = 6.0;
    CHECK(markedWarnings({w, later}, 3.1).size() == 1);
    CHECK(markedWarnings({w, later}, 4.0).empty());

    OverlayGeometry g;
    appendWarningMarkers({w}, 1.0, g);
    appendWarningMarkers({w}, 3.5, g);
    CHECK(g.vertices.empty());
    appendWarningMarkers({w}, 2.5, g);
    REQUIRE_FALSE(g.vertices.empty());
    bool red = false;
    for (const ColoredVertex& v : g.vertices) {
        // Around where the pressure is over the limit now, not the earlier peak; lifted off the skin.
        const glm::vec3 d = v.position - w.latestPosition;
        CHECK(std::hypot(d.x, d.z) <= 1.13f * kWarningMarkerRadiusM);
        CHECK(d.y == Approx(kOverlayLiftM));
        red |= v.color.r > 0.9f && v.color.g < 0.3f && v.color.a > 0.9f;
    }
    CHECK(red);
    CHECK(g.indices.size() % 3 == 0);
    for (std::uint32_t i : g.indices) CHECK(i < g.vertices.size());
}
