#include "PressureTestSkin.h"
#include "core/pressure/DoseIntegrator.h"
#include "core/pressure/RegionReport.h"
#include "core/pressure/SafetyWarnings.h"

#include <catch2/catch.hpp>

using namespace backrub;
using backrub::test::contactOnTestSkin;
using backrub::test::makePressureTestSkin;

namespace {

// A thumb pressing on (x, z) between 0.5 s and 1.5 s.
ContactSource thumbPress(float x, float z, float forceN) {
    return [=](double t) {
        if (t < 0.5 || t >= 1.5) return std::vector<Contact>{};
        return std::vector<Contact>{contactOnTestSkin(x, z, forceN)};
    };
}

// On the spine for 0.2 s of every 0.5 s (gap 0.3 s < mergeGapS), from 0 to 2 s.
std::vector<Contact> pulsingOnSpine(double t) {
    if (t >= 2.0 || std::fmod(t, 0.5) >= 0.2) return {};
    return {contactOnTestSkin(0.0f, 0.32f, 25.0f)};
}

// Bursts over the spine line and the pain threshold, 0.6 s on and 1.4 s off
// (gap > mergeGapS), each a little firmer: a new warning every 2 s, so warnings
// open and close within and across the dose's checkpoint intervals.
std::vector<Contact> firmerBursts(double t) {
    if (std::fmod(t + 0.3, 2.0) >= 0.6) return {};
    const float forceN = 20.0f + 4.0f * static_cast<float>(t);
    return {contactOnTestSkin(0.0f, 0.22f, forceN), contactOnTestSkin(0.035f, 0.22f, 3.0f * forceN)};
}

}  // namespace

TEST_CASE("Firm pressure on the spine line warns with time and place", "[pressure]") {
    const Body body = makePressureTestSkin();
    const RegionReport r = computeRegionReport(body, thumbPress(0.0f, 0.22f, 25.0f), 2.0, ThresholdTable::defaults());
    std::vector<SafetyWarning> care;
    for (const SafetyWarning& w : r.warnings)
        if (w.kind == WarningKind::CareZone) care.push_back(w);
    REQUIRE(care.size() == 1);
    const SafetyWarning& w = care[0];
    CHECK(w.region == Region::SpineLine);
    CHECK(w.startS == Approx(0.5));
    CHECK(w.endS == Approx(1.5));
    CHECK(w.peakKPa > w.limitKPa);
    CHECK(w.limitKPa == 50.0f);
    CHECK(w.landmark == "L3");
    CHECK(std::fabs(w.position.z - 0.22f) < 0.01f);
    CHECK_THAT(w.message(), Catch::StartsWith("0.50-1.50 s: ") && Catch::Contains("Spine line near L3") &&
                                Catch::Contains("safe limit of 50 kPa"));
}

TEST_CASE("Gentle pressure on the spine line and firm pressure on muscle do not warn", "[pressure]") {
    const Body body = makePressureTestSkin();
    CHECK(computeRegionReport(body, thumbPress(0.0f, 0.22f, 3.0f), 2.0, ThresholdTable::defaults()).warnings.empty());
    // Firm (25 N) on the paraspinal muscle, away from the spine line: no care zone.
    CHECK(computeRegionReport(body, thumbPress(0.035f, 0.22f, 25.0f), 2.0, ThresholdTable::defaults()).warnings.empty());
}

TEST_CASE("Kidney zones and floating ribs are care zones; pain thresholds warn everywhere", "[pressure]") {
    const Body body = makePressureTestSkin();
    const ThresholdTable t = ThresholdTable::defaults();
    const RegionReport kidney = computeRegionReport(body, thumbPress(-0.07f, 0.35f, 20.0f), 2.0, t);
    REQUIRE_FALSE(kidney.warnings.empty());
    CHECK(kidney.warnings[0].region == Region::KidneyR);
    const RegionReport flank = computeRegionReport(body, thumbPress(0.15f, 0.28f, 20.0f), 2.0, t);
    REQUIRE_FALSE(flank.warnings.empty());
    CHECK(flank.warnings[0].region == Region::FlankL);
    CHECK(flank.warnings[0].landmark.empty());  // no landmark within 8 cm

    // 80 N on a thumb is far over the lumbar paraspinal threshold.
    const RegionReport pain = computeRegionReport(body, thumbPress(0.035f, 0.22f, 80.0f), 2.0, t);
    REQUIRE(pain.warnings.size() == 1);
    CHECK(pain.warnings[0].kind == WarningKind::PainThreshold);
    CHECK(pain.warnings[0].region == Region::ParaspinalL);
}

TEST_CASE("Short gaps do not split a warning; the viewer sees it while active", "[pressure]") {
    const Body body = makePressureTestSkin(80, 80);
    SafetyMonitor monitor(body.skin, ThresholdTable::defaults(), body.landmarks);
    DoseIntegrator dose(body.skin);
    dose.setObserver([&](std::int64_t k, double t, const PressureField& f) { monitor.observe(k, t, 1.0 / 60.0, f); });
    const ContactSource pulsing = pulsingOnSpine;
    dose.advanceTo(1.0, pulsing);
    REQUIRE(monitor.warnings().size() == 1);
    CHECK(monitor.activeAt(0.9).size() == 1);
    CHECK(monitor.warnings()[0].landmark == "T12");
    dose.advanceTo(3.0, pulsing);
    REQUIRE(monitor.warnings().size() == 1);
    CHECK(monitor.warnings()[0].endS == Approx(1.7).margin(0.02));
    CHECK(monitor.activeAt(2.5).empty());
    // Jumping back recomputes: the monitor starts over with sample 0.
    dose.advanceTo(0.1, pulsing);
    REQUIRE(monitor.warnings().size() == 1);
    CHECK(monitor.warnings()[0].endS < 0.2);
}

TEST_CASE("Warnings following the dose's checkpoints are those of playing to t", "[pressure][safety]") {
    const Body body = makePressureTestSkin(80, 80);
    const ThresholdTable thresholds = ThresholdTable::defaults();
    SafetyMonitor scrubbedWarnings(body.skin, thresholds, body.landmarks);
    DoseIntegrator scrubbed(body.skin);
    scrubbedWarnings.follow(scrubbed);
    scrubbed.advanceTo(9.0, firmerBursts);
    REQUIRE(scrubbed.checkpointCount() == 4);
    REQUIRE(scrubbedWarnings.warnings().size() >= 8);  // both kinds, one burst every 2 s

    // Back across checkpoints, into an open warning, onto a checkpoint, to 0, back and forth.
    for (double t : {5.123, 8.95, 4.0, 3.95, 0.0, 9.0, 1.8, 6.3, 6.3, 2.0, 7.71}) {
        CAPTURE(t);
        scrubbed.advanceTo(t, firmerBursts);
        SafetyMonitor playedWarnings(body.skin, thresholds, body.landmarks);
        DoseIntegrator played(body.skin);
        playedWarnings.follow(played);
        for (double now = 0.0; now < t; now += 1.0 / 30.0) played.advanceTo(now, firmerBursts);
        played.advanceTo(t, firmerBursts);
        REQUIRE(scrubbedWarnings.warnings() == playedWarnings.warnings());
        REQUIRE(scrubbed.peak() == played.peak());
    }
}

TEST_CASE("A restored monitor state with an unknown open warning starts a new one", "[safety]") {
    const Body body = makePressureTestSkin(60, 60);
    SafetyMonitor monitor(body.skin, ThresholdTable::defaults(), body.landmarks);
    DoseIntegrator dose(body.skin);
    monitor.follow(dose);
    SafetyMonitor::State bad;
    for (auto& row : bad.open) row.fill(7);  // no warning 7
    dose.advanceTo(0.55, pulsingOnSpine);  // on the spine line since 0.5 s
    REQUIRE(monitor.warnings().size() == 1);
    monitor.restore(bad);
    CHECK(monitor.warnings().empty());
    dose.advanceTo(0.6, pulsingOnSpine);
    REQUIRE(monitor.warnings().size() == 1);
    CHECK(monitor.warnings()[0].startS == Approx(34.0 / 60.0));
}
