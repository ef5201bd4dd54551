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

// A thumb on the spine line at L3 (z 0.22) with forceN while any [from, to) span holds.
ContactSource spinePresses(float forceN, std::vector<std::pair<double, double>> spans) {
    return [=](double t) {
        for (const auto& [from, to] : spans)
            if (t >= from && t < to) return std::vector<Contact>{contactOnTestSkin(0.0f, 0.22f, forceN)};
        return std::vector<Contact>{};
    };
}

// 6 N on a 1.5 cm^2 thumb pad peaks near 60 kPa: over the spine line's 50 kPa, not far over.
constexpr float kMildN = 6.0f;
// 12 N peaks near 120 kPa: far over (>= 1.5x).
constexpr float kFarN = 12.0f;

std::vector<SafetyWarning> spineWarnings(float forceN, std::vector<std::pair<double, double>> spans,
                                         double durationS = 10.0, double sampleHz = 60.0) {
    static const Body body = makePressureTestSkin();
    ReportOptions options;
    options.sampleHz = sampleHz;
    return computeRegionReport(body, spinePresses(forceN, std::move(spans)), durationS, ThresholdTable::defaults(),
                               options)
        .warnings;
}

// Mild brushes over the kidney zone (0.1 s every 0.45 s, so the episode becomes a
// warning at its third brush), one lone mild brush over the floating ribs (never a
// warning) and far-over bursts on the spine line every 2 s, each a little firmer:
// episodes open, stay unlisted, become listed and close within and across the
// dose's checkpoint intervals.
std::vector<Contact> brushesAndBursts(double t) {
    std::vector<Contact> out;
    if (std::fmod(t, 0.45) < 0.1 && std::fmod(t, 4.0) < 2.0) out.push_back(contactOnTestSkin(-0.07f, 0.35f, 2.0f * kMildN));
    if (t >= 7.0 && t < 7.1) out.push_back(contactOnTestSkin(0.15f, 0.28f, 2.0f * kMildN));
    if (std::fmod(t + 0.3, 2.0) < 0.6) out.push_back(contactOnTestSkin(0.0f, 0.22f, 20.0f + 4.0f * static_cast<float>(t)));
    return out;
}

}  // namespace

TEST_CASE("Episodes: a 10 ms brush mildly over the limit is no warning", "[pressure][safety]") {
    // The same force held 1 s: one warning, mildly over the limit.
    const std::vector<SafetyWarning> held = spineWarnings(kMildN, {{0.5, 1.5}});
    REQUIRE(held.size() == 1);
    CHECK(held[0].peakKPa > held[0].limitKPa);
    CHECK(held[0].peakKPa < 1.5f * held[0].limitKPa);
    // A blip caught by one sample: held 10 ms at 100 Hz, 17 ms at 60 Hz. Dropped.
    CHECK(spineWarnings(kMildN, {{0.5, 0.505}}, 2.0, 100.0).empty());
    CHECK(spineWarnings(kMildN, {{0.5, 0.505}}).empty());
    // 0.2 s over the limit, alone, is still a brush (under SafetyOptions::minOverS).
    CHECK(spineWarnings(kMildN, {{0.5, 0.7}}).empty());
}

TEST_CASE("Episodes: a brush far over the limit is kept", "[pressure][safety]") {
    const std::vector<SafetyWarning> w = spineWarnings(kFarN, {{0.5, 0.505}}, 2.0, 100.0);  // one 10 ms sample
    REQUIRE(w.size() == 1);
    CHECK(w[0].peakKPa >= 1.5f * w[0].limitKPa);
    CHECK(w[0].startS == Approx(0.5));
    CHECK(w[0].durationS() == Approx(0.01));
    CHECK(w[0].overS == Approx(0.01));
    CHECK_THAT(w[0].message(), Catch::StartsWith("0.50-0.51 s (0.01 s): "));
}

TEST_CASE("Episodes: a long press is one episode with its start, duration and peak", "[pressure][safety]") {
    const std::vector<SafetyWarning> w = spineWarnings(kMildN, {{1.0, 4.0}});
    REQUIRE(w.size() == 1);
    CHECK(w[0].region == Region::SpineLine);
    CHECK(w[0].kind == WarningKind::CareZone);
    CHECK(w[0].startS == Approx(1.0));
    CHECK(w[0].durationS() == Approx(3.0).margin(0.02));
    CHECK(w[0].overS == Approx(3.0).margin(0.02));
    CHECK(w[0].peakTimeS >= 1.0);
    CHECK(w[0].peakTimeS < 4.0);
    CHECK(glm::length(w[0].normal) == Approx(1.0f));
    CHECK(w[0].normal.y > 0.9f);  // the crest of the test skin faces +Y
    CHECK(glm::length(w[0].latestPosition - w[0].position) < 0.01f);  // the thumb stayed put
}

TEST_CASE("Episodes: presses 0.5 s apart are one episode, their time over the limit summed", "[pressure][safety]") {
    // Two 0.2 s presses: each alone a brush, together 0.4 s over the limit.
    const std::vector<SafetyWarning> w = spineWarnings(kMildN, {{1.0, 1.2}, {1.7, 1.9}});
    REQUIRE(w.size() == 1);
    CHECK(w[0].startS == Approx(1.0));
    CHECK(w[0].endS == Approx(1.9).margin(0.02));
    CHECK(w[0].overS == Approx(0.4).margin(0.02));
    // A short brush before a long press joins the press rather than standing alone.
    const std::vector<SafetyWarning> joined = spineWarnings(kMildN, {{1.0, 1.05}, {2.0, 3.0}});
    REQUIRE(joined.size() == 1);
    CHECK(joined[0].startS == Approx(1.0));
    // Presses farther apart than SafetyOptions::mergeGapS are two episodes.
    const std::vector<SafetyWarning> apart = spineWarnings(kMildN, {{1.0, 2.0}, {5.5, 6.5}});
    REQUIRE(apart.size() == 2);
    CHECK(apart[1].startS == Approx(5.5));
}

TEST_CASE("Episodes: one per place and cause, advice in plain words", "[pressure][safety]") {
    const Body body = makePressureTestSkin();
    // Both thumbs at once: one on the spine line, one far over the kidney zone; each
    // presses twice. Two places, two episodes, however the presses interleave.
    const ContactSource both = [](double t) {
        std::vector<Contact> c;
        if (std::fmod(t, 1.0) < 0.5) c.push_back(contactOnTestSkin(0.0f, 0.22f, kMildN));
        if (std::fmod(t + 0.5, 1.0) < 0.5) c.push_back(contactOnTestSkin(-0.07f, 0.35f, 20.0f));
        return c;
    };
    const RegionReport r = computeRegionReport(body, both, 2.0, ThresholdTable::defaults());
    REQUIRE(r.warnings.size() == 2);
    for (const SafetyWarning& w : r.warnings) {
        CHECK(w.kind == WarningKind::CareZone);
        CHECK(w.durationS() > 1.0);
        if (w.region == Region::SpineLine)
            CHECK(std::string(w.plainAdvice()) == "Too hard on the spine: move a thumb's width out");
        else
            CHECK(std::string(w.plainAdvice()) == "Too hard over the kidneys: lighten up here");
    }
    SafetyWarning w;
    w.region = Region::FlankR;
    CHECK(std::string(w.plainAdvice()) == "Too hard over the floating ribs: ease off");
    w.kind = WarningKind::PainThreshold;
    w.region = Region::ParaspinalL;
    CHECK(std::string(w.plainAdvice()) == "This would hurt: press lighter");
}

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
    CHECK_THAT(w.message(), Catch::StartsWith("0.50-1.50 s (1.0 s): ") && Catch::Contains("Spine line near L3") &&
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
    // Gaps of 1.4 s split these bursts (they would merge at the default 3 s).
    SafetyOptions options;
    options.mergeGapS = 1.0;
    SafetyMonitor scrubbedWarnings(body.skin, thresholds, body.landmarks, options);
    DoseIntegrator scrubbed(body.skin);
    scrubbedWarnings.follow(scrubbed);
    scrubbed.advanceTo(9.0, firmerBursts);
    REQUIRE(scrubbed.checkpointCount() == 4);
    REQUIRE(scrubbedWarnings.warnings().size() >= 8);  // both kinds, one burst every 2 s

    // Back across checkpoints, into an open warning, onto a checkpoint, to 0, back and forth.
    for (double t : {5.123, 8.95, 4.0, 3.95, 0.0, 9.0, 1.8, 6.3, 6.3, 2.0, 7.71}) {
        CAPTURE(t);
        scrubbed.advanceTo(t, firmerBursts);
        SafetyMonitor playedWarnings(body.skin, thresholds, body.landmarks, options);
        DoseIntegrator played(body.skin);
        playedWarnings.follow(played);
        for (double now = 0.0; now < t; now += 1.0 / 30.0) played.advanceTo(now, firmerBursts);
        played.advanceTo(t, firmerBursts);
        REQUIRE(scrubbedWarnings.warnings() == playedWarnings.warnings());
        REQUIRE(scrubbed.peak() == played.peak());
    }
}

TEST_CASE("Scrubbing restores brushes not yet listed exactly", "[pressure][safety]") {
    const Body body = makePressureTestSkin(80, 80);
    const ThresholdTable thresholds = ThresholdTable::defaults();
    SafetyMonitor scrubbedWarnings(body.skin, thresholds, body.landmarks);
    DoseIntegrator scrubbed(body.skin);
    scrubbedWarnings.follow(scrubbed);
    scrubbed.advanceTo(9.0, brushesAndBursts);
    // Every episode, listed or not, is kept in the state.
    REQUIRE(scrubbedWarnings.state().episodes.size() > scrubbedWarnings.warnings().size());
    for (double t : {0.5, 1.0, 3.3, 8.95, 4.0, 2.2, 0.0, 9.0, 6.3, 2.0, 7.71, 0.95}) {
        CAPTURE(t);
        scrubbed.advanceTo(t, brushesAndBursts);
        SafetyMonitor playedWarnings(body.skin, thresholds, body.landmarks);
        DoseIntegrator played(body.skin);
        playedWarnings.follow(played);
        for (double now = 0.0; now < t; now += 1.0 / 30.0) played.advanceTo(now, brushesAndBursts);
        played.advanceTo(t, brushesAndBursts);
        REQUIRE(scrubbedWarnings.state().episodes == playedWarnings.state().episodes);
        REQUIRE(scrubbedWarnings.warnings() == playedWarnings.warnings());
        REQUIRE(scrubbedWarnings.activeAt(t) == playedWarnings.activeAt(t));
    }
    // Mid brushes the kidney episode is not yet listed; after its third brush it is.
    scrubbed.advanceTo(0.99, brushesAndBursts);
    bool kidneyListed = false;
    for (const SafetyWarning& w : scrubbedWarnings.warnings()) kidneyListed |= w.region == Region::KidneyR;
    CHECK(kidneyListed);
    scrubbed.advanceTo(0.5, brushesAndBursts);
    for (const SafetyWarning& w : scrubbedWarnings.warnings()) CHECK(w.region != Region::KidneyR);
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
