#include "SyntheticBody.h"

#include "core/technique/BodyCoordinates.h"
#include "core/body/SkinQuery.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace backrub;

namespace {

const Body& body() {
    static const Body b = test::makeSyntheticBody();
    return b;
}

BodyPoint spine(const std::string& level, float fraction = 0.0f, float lateralCm = 0.0f) {
    BodyPoint p;
    p.spineLevel = level;
    p.fraction = fraction;
    p.lateralCm = lateralCm;
    return p;
}

}  // namespace

TEST_CASE("Closest point on the skin matches brute force", "[stroke]") {
    const SkinQuery query(body().skin);
    const SkinSurface& skin = body().skin;
    std::uint32_t seed = 12345;
    auto rnd = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return static_cast<float>(seed >> 8) / static_cast<float>(1u << 24);
    };
    for (int i = 0; i < 40; ++i) {
        const glm::vec3 p(-0.25f + 0.5f * rnd(), 0.3f * rnd(), -0.3f + 0.95f * rnd());
        const SkinHit hit = query.closest(p);
        float best = std::numeric_limits<float>::max();
        for (const glm::vec3& v : skin.positions) best = std::min(best, glm::length(v - p));
        // The true distance is at most the nearest vertex's, and not much below it on this fine mesh.
        CHECK(hit.distance <= best + 1e-6f);
        CHECK(hit.distance > best - 0.01f);
        CHECK(glm::length(hit.normal) == Approx(1.0f));
    }
    SkinSurface empty;
    const SkinQuery none(empty);
    CHECK(none.empty());
    CHECK(none.closest(glm::vec3(1.0f)).triangle == -1);
}

TEST_CASE("Spine levels land on the midline at their landmarks", "[stroke]") {
    const SkinQuery query(body().skin);
    const BodyCoordinates coords(body(), query);
    CHECK(coords.problems().empty());
    for (const std::string level : {"C7", "T4", "T12", "L3", "S1", "coccyx"}) {
        INFO(level);
        const SkinHit h = coords.resolve(spine(level), false);
        CHECK(h.position.x == Approx(0.0f).margin(0.001));
        CHECK(h.position.z == Approx(test::syntheticSpineZ(level)).margin(0.001));
    }
    // S3 lies two fifths of the way from S1 to the coccyx; fractions interpolate.
    const float s1 = test::syntheticSpineZ("S1"), cx = test::syntheticSpineZ("coccyx");
    CHECK(coords.resolve(spine("S3"), false).position.z == Approx(s1 + 0.4f * (cx - s1)).margin(0.001));
    const float t4 = test::syntheticSpineZ("T4"), t5 = test::syntheticSpineZ("T5");
    CHECK(coords.resolve(spine("T4", 0.5f), false).position.z == Approx(0.5f * (t4 + t5)).margin(0.001));
}

TEST_CASE("Lateral offsets are measured over the skin and mirror", "[stroke]") {
    const SkinQuery query(body().skin);
    const BodyCoordinates coords(body(), query);
    const SkinHit mid = coords.resolve(spine("L2"), false);
    const SkinHit left = coords.resolve(spine("L2", 0.0f, 8.0f), false);
    const SkinHit right = coords.resolve(spine("L2", 0.0f, 8.0f), true);
    CHECK(left.position.x > 0.07f);
    CHECK(left.position.x < 0.08f);  // the skin curves away: the straight-line x is a little less
    CHECK(right.position.x == Approx(-left.position.x).margin(0.001));
    CHECK(left.position.z == Approx(mid.position.z).margin(0.002));
    CHECK(query.closest(left.position).distance < 1e-4f);

    BodyPoint psis;
    psis.landmark = "PSIS_L";
    psis.cranialCm = -3.0f;
    const SkinHit p = coords.resolve(psis, false);
    const SkinHit q = coords.resolve(psis, true);
    CHECK(p.position.x > 0.03f);
    CHECK(q.position.x < -0.03f);
    CHECK(p.position.z == Approx(test::syntheticSpineZ("S1") + 0.01f - 0.03f).margin(0.003));
    CHECK(mirroredLandmarkName("iliac_crest_R") == "iliac_crest_L");
    CHECK(mirroredLandmarkName("T7") == "T7");
}

TEST_CASE("A body without spine landmarks is reported, not fatal", "[stroke]") {
    Body bare = body();
    bare.landmarks.clear();
    const SkinQuery query(bare.skin);
    const BodyCoordinates coords(bare, query);
    REQUIRE_FALSE(coords.problems().empty());
    const SkinHit h = coords.resolve(spine("T7"), false);
    CHECK(std::isfinite(h.position.x));
    CHECK(h.triangle >= 0);
}
