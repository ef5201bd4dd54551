#include "PressureTestSkin.h"
#include "core/DoseIntegrator.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace backrub;
using backrub::test::contactOnTestSkin;
using backrub::test::makePressureTestSkin;

namespace {

// A thumb circling beside the spine with a pulsing force: varies in place and size.
std::vector<Contact> circlingThumbs(double t) {
    const float a = static_cast<float>(2.0 * 3.14159265358979 * 1.7 * t);
    const float force = 12.0f + 6.0f * std::sin(static_cast<float>(t) * 3.0f);
    return {contactOnTestSkin(0.03f + 0.01f * std::cos(a), 0.25f + 0.01f * std::sin(a), force),
            contactOnTestSkin(-0.03f - 0.01f * std::cos(a), 0.25f + 0.01f * std::sin(a), force)};
}

std::vector<Contact> steadyPalm(double) { return {contactOnTestSkin(0.0f, 0.3f, 30.0f, ContactKind::Palm)}; }

}  // namespace

TEST_CASE("Jumping to t gives the same dose and peak as playing to t", "[dose]") {
    const Body body = makePressureTestSkin(100, 100);
    DoseIntegrator played(body.skin), jumped(body.skin);
    for (double t = 0.0; t <= 2.5; t += 1.0 / 47.0) played.advanceTo(t, circlingThumbs);  // odd frame rate
    played.advanceTo(2.5, circlingThumbs);
    jumped.advanceTo(2.5, circlingThumbs);
    CHECK(played.dose() == jumped.dose());
    CHECK(played.peak() == jumped.peak());
    CHECK(played.live() == jumped.live());

    SECTION("going back recomputes from zero") {
        played.advanceTo(1.0, circlingThumbs);
        DoseIntegrator fresh(body.skin);
        fresh.advanceTo(1.0, circlingThumbs);
        CHECK(played.dose() == fresh.dose());
        CHECK(played.peak() == fresh.peak());
    }
}

TEST_CASE("Dose never decreases in time", "[dose]") {
    const Body body = makePressureTestSkin(80, 80);
    DoseIntegrator dose(body.skin);
    std::vector<float> before(body.skin.positions.size(), 0.0f);
    int decreases = 0;
    for (double t = 0.0; t <= 2.0; t += 0.013) {
        dose.advanceTo(t, circlingThumbs);
        for (std::size_t v = 0; v < before.size(); ++v)
            if (dose.dose()[v] < before[v]) ++decreases;
        before = dose.dose();
    }
    CHECK(decreases == 0);
}

TEST_CASE("Dose is linear in time under constant pressure", "[dose]") {
    const Body body = makePressureTestSkin(80, 80);
    DoseIntegrator dose(body.skin);
    dose.advanceTo(0.0, steadyPalm);
    const std::vector<float> p = dose.live();
    for (double t : {0.01, 0.5, 1.0 / 3.0, 1.2345, 4.0}) {
        dose.advanceTo(t, steadyPalm);
        for (std::size_t v = 0; v < p.size(); ++v) {
            if (p[v] == 0.0f) continue;
            REQUIRE(dose.dose()[v] == Approx(p[v] * t).epsilon(1e-5));
            REQUIRE(dose.peak()[v] == p[v]);
        }
    }
}

TEST_CASE("Dose starts at zero and ignores bad times", "[dose]") {
    const Body body = makePressureTestSkin(40, 40);
    DoseIntegrator dose(body.skin, -5.0);  // invalid rate falls back to 60 Hz
    CHECK(dose.sampleHz() == 60.0);
    dose.advanceTo(std::nan(""), steadyPalm);
    CHECK(dose.time() == 0.0);
    CHECK(std::all_of(dose.dose().begin(), dose.dose().end(), [](float d) { return d == 0.0f; }));
    CHECK(dose.sampleIndex(0.1) == 6);
    CHECK(dose.sampleIndex(1.0 / 60.0 * 7.0) == 7);
    DoseIntegrator empty(body.skin);
    empty.advanceTo(1.0, ContactSource{});  // no source: no contacts
    CHECK(std::all_of(empty.dose().begin(), empty.dose().end(), [](float d) { return d == 0.0f; }));
}

TEST_CASE("The observer sees each sample once, in order", "[dose]") {
    const Body body = makePressureTestSkin(40, 40);
    DoseIntegrator dose(body.skin, 30.0);
    std::vector<std::int64_t> seen;
    dose.setObserver([&](std::int64_t k, double t, const PressureField&) {
        CHECK(t == Approx(static_cast<double>(k) / 30.0));
        seen.push_back(k);
    });
    dose.advanceTo(0.5, steadyPalm);
    dose.advanceTo(0.51, steadyPalm);
    dose.advanceTo(1.0, steadyPalm);
    REQUIRE(seen.size() == 31);
    for (std::size_t i = 0; i < seen.size(); ++i) CHECK(seen[i] == static_cast<std::int64_t>(i));
}
