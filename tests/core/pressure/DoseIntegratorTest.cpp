#include "PressureTestSkin.h"
#include "core/pressure/DoseIntegrator.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <any>
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

// The steady palm, lifted at t = 1 s: the last sample it loads is 59 / 60 s.
std::vector<Contact> palmLiftedAt1s(double t) { return t < 1.0 ? steadyPalm(t) : std::vector<Contact>{}; }

// A thumb gliding up the spine at 10 cm/s from z = 0.1 m.
constexpr float kGlideMPerS = 0.10f;
std::vector<Contact> glidingThumb(double t) {
    return {contactOnTestSkin(0.0f, 0.1f + kGlideMPerS * static_cast<float>(t), 15.0f)};
}

// The vertex nearest the point at lateral offset x and height z on the test skin.
std::size_t vertexNear(const Body& body, float xM, float zM) {
    const glm::vec3 target = contactOnTestSkin(xM, zM, 1.0f).position;
    const auto& ps = body.skin.positions;
    const auto nearest = std::min_element(ps.begin(), ps.end(), [&](const glm::vec3& a, const glm::vec3& b) {
        return glm::dot(a - target, a - target) < glm::dot(b - target, b - target);
    });
    return static_cast<std::size_t>(nearest - ps.begin());
}

// Everything the integrator shows, bit for bit.
void requireSameState(const DoseIntegrator& a, const DoseIntegrator& b) {
    REQUIRE(a.time() == b.time());
    REQUIRE(a.live() == b.live());
    REQUIRE(a.peak() == b.peak());
    REQUIRE(a.dose() == b.dose());
    REQUIRE(a.afterglow() == b.afterglow());
}

// The integrator as playing at an odd frame rate (between samples too) leaves it at t.
void playTo(DoseIntegrator& dose, double timeS, const ContactSource& source) {
    for (double t = 0.0; t < timeS; t += 1.0 / 47.0) dose.advanceTo(t, source);
    dose.advanceTo(timeS, source);
}

// An observer whose state is every sample index it has seen since it last started
// over (at sample 0), kept at the integrator's checkpoints: after sample k it must
// read 0, 1, ..., k.
struct SeenSamples {
    std::vector<std::int64_t> seen;
    void follow(DoseIntegrator& dose) {
        dose.setObserver(
            [this](std::int64_t k, double, const PressureField&) {
                if (k == 0) seen.clear();
                seen.push_back(k);
            },
                         {[this] { return std::any(seen); },
                          [this](const std::any& s) { seen = std::any_cast<const std::vector<std::int64_t>&>(s); }});
    }
    bool isEverySampleTo(std::int64_t k) const {
        if (seen.size() != static_cast<std::size_t>(k + 1)) return false;
        for (std::size_t i = 0; i < seen.size(); ++i)
            if (seen[i] != static_cast<std::int64_t>(i)) return false;
        return true;
    }
};

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
    CHECK(played.afterglow() == jumped.afterglow());

    SECTION("between samples too, and going back gives what a fresh start gives") {
        for (double t : {2.537, 1.0, 0.371}) {
            played.advanceTo(t, circlingThumbs);
            DoseIntegrator fresh(body.skin);
            fresh.advanceTo(t, circlingThumbs);
            CHECK(played.dose() == fresh.dose());
            CHECK(played.peak() == fresh.peak());
            CHECK(played.afterglow() == fresh.afterglow());
        }
    }
    SECTION("reset clears the afterglow") {
        played.reset();
        const auto glow = played.afterglow();
        CHECK(std::all_of(glow.begin(), glow.end(), [](float g) { return g == 0.0f; }));
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
    CHECK(dose.afterglowTauS() == kAfterglowTauS);
    CHECK(DoseIntegrator(body.skin, 60.0, {}, std::nan("")).afterglowTauS() == kAfterglowTauS);
    CHECK(DoseIntegrator(body.skin, 60.0, {}, -1.0).afterglowTauS() == kAfterglowTauS);
    CHECK(DoseIntegrator(body.skin, 60.0, {}, 0.1).afterglowTauS() == 0.1);
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

TEST_CASE("Afterglow follows the peak-hold recursion on the sample grid", "[dose]") {
    // Reference: glow_k = max(p_k, glow_{k-1} * exp(-(1/hz) / tau)) over every vertex.
    const Body body = makePressureTestSkin(100, 100);
    DoseIntegrator dose(body.skin);
    const double hz = dose.sampleHz(), tau = dose.afterglowTauS();
    CHECK(tau == kAfterglowTauS);
    std::vector<double> reference(body.skin.positions.size(), 0.0);
    dose.setObserver([&](std::int64_t, double, const PressureField& field) {
        for (std::size_t v = 0; v < reference.size(); ++v)
            reference[v] = std::max(double(field.live()[v]), reference[v] * std::exp(-(1.0 / hz) / tau));
    });
    int mismatches = 0, glowing = 0;
    for (int k = 0; k <= 150; ++k) {
        dose.advanceTo(k / hz, circlingThumbs);
        const auto glow = dose.afterglow();
        for (std::size_t v = 0; v < glow.size(); ++v) {
            // Below the cutoff a glow may read 0.
            const double slack = 1e-5 * reference[v] + kAfterglowCutoff * dose.peak()[v];
            if (std::abs(glow[v] - reference[v]) > slack) ++mismatches;
            if (glow[v] > 0.0f && dose.live()[v] == 0.0f) ++glowing;
        }
    }
    CHECK(mismatches == 0);
    CHECK(glowing > 0);  // the circling thumbs leave skin glowing outside their contact
}

TEST_CASE("Afterglow with tau 0 is the live pressure", "[dose]") {
    const Body body = makePressureTestSkin(80, 80);
    DoseIntegrator dose(body.skin, 60.0, {}, 0.0);
    CHECK(dose.afterglowTauS() == 0.0);
    for (double t : {0.0, 0.3, 1.0 / 3.0, 1.2345}) {
        dose.advanceTo(t, circlingThumbs);
        CHECK(dose.afterglow() == dose.live());
    }
}

TEST_CASE("Afterglow equals live pressure under a contact that holds still", "[dose]") {
    const Body body = makePressureTestSkin(80, 80);
    DoseIntegrator dose(body.skin);
    for (double t : {0.0, 0.01, 0.5, 1.0 / 3.0, 1.2345, 4.0}) {
        dose.advanceTo(t, steadyPalm);
        CHECK(dose.afterglow() == dose.live());
    }
}

TEST_CASE("Afterglow decays once the contact lifts", "[dose]") {
    const Body body = makePressureTestSkin(80, 80);
    DoseIntegrator dose(body.skin);
    const double tau = dose.afterglowTauS();
    const double lastLoadedS = 59.0 / 60.0;  // the glow starts decaying from this sample
    dose.advanceTo(0.9, palmLiftedAt1s);
    const std::vector<float> peak = dose.peak();
    const std::size_t centre = vertexNear(body, 0.0f, 0.3f);
    REQUIRE(peak[centre] > 0.0f);

    SECTION("to 1/e one tau after the last loaded sample") {
        dose.advanceTo(lastLoadedS + tau, palmLiftedAt1s);
        const auto glow = dose.afterglow();
        for (std::size_t v = 0; v < glow.size(); ++v) {
            REQUIRE(dose.live()[v] == 0.0f);
            REQUIRE(glow[v] == Approx(peak[v] * std::exp(-1.0)).epsilon(0.01));
        }
    }
    SECTION("to the value the grid defines one tau after the lift") {
        const double liftS = 1.0;
        dose.advanceTo(liftS + tau, palmLiftedAt1s);
        const double expected = peak[centre] * std::exp(-(liftS + tau - lastLoadedS) / tau);
        CHECK(dose.afterglow()[centre] == Approx(expected).epsilon(1e-5));
    }
    SECTION("monotonically, to nothing within 3 s") {
        dose.advanceTo(1.0, palmLiftedAt1s);
        std::vector<float> before = dose.afterglow();
        int increases = 0;
        for (double t = 1.0; t <= 4.0; t += 1.0 / 47.0) {  // odd frame rate: between samples too
            dose.advanceTo(t, palmLiftedAt1s);
            const auto glow = dose.afterglow();
            for (std::size_t v = 0; v < glow.size(); ++v)
                if (glow[v] > before[v]) ++increases;
            before = glow;
        }
        CHECK(increases == 0);
        dose.advanceTo(4.0, palmLiftedAt1s);
        const auto glow = dose.afterglow();
        CHECK(std::all_of(glow.begin(), glow.end(), [](float g) { return g == 0.0f; }));
    }
}

TEST_CASE("Afterglow lies between the live pressure and the running peak", "[dose]") {
    const Body body = makePressureTestSkin(100, 100);
    DoseIntegrator dose(body.skin);
    int belowLive = 0, abovePeak = 0;
    for (double t = 0.0; t <= 3.0; t += 1.0 / 47.0) {
        dose.advanceTo(t, circlingThumbs);
        const auto glow = dose.afterglow();
        const auto& live = dose.live();
        const auto& peak = dose.peak();
        for (std::size_t v = 0; v < glow.size(); ++v) {
            if (glow[v] < live[v]) ++belowLive;
            // Between samples the live pressure itself may pass the peak of the samples.
            if (glow[v] > std::max(peak[v], live[v])) ++abovePeak;
        }
    }
    CHECK(belowLive == 0);
    CHECK(abovePeak == 0);
    for (int k = 0; k <= 180; k += 7) {  // on the grid the peak bounds it outright
        dose.advanceTo(k / 60.0, circlingThumbs);
        const auto glow = dose.afterglow();
        for (std::size_t v = 0; v < glow.size(); ++v)
            if (glow[v] > dose.peak()[v]) ++abovePeak;
    }
    CHECK(abovePeak == 0);
}

TEST_CASE("A moving contact leaves a fading trail", "[dose]") {
    const Body body = makePressureTestSkin(100, 100);
    DoseIntegrator dose(body.skin);
    const double nowS = 1.0;
    dose.advanceTo(nowS, glidingThumb);
    const auto glow = dose.afterglow();
    // Passed 0.3 s ago, 3 cm behind the thumb (its kernel reaches ~1 cm).
    const std::size_t passed = vertexNear(body, 0.0f, 0.1f + kGlideMPerS * 0.7f);
    CHECK(dose.live()[passed] == 0.0f);
    CHECK(glow[passed] > 0.2f * dose.peak()[passed]);  // ~exp(-0.3 / 0.35) = 0.42 of it
    // Ahead of the thumb nothing glows yet.
    const std::size_t ahead = vertexNear(body, 0.0f, 0.1f + kGlideMPerS * 1.3f);
    CHECK(glow[ahead] == 0.0f);
    // Two seconds later that skin was last pressed over 2 s ago, past the ~1.85 s
    // cutoff: it has faded out.
    DoseIntegrator later(body.skin);
    later.advanceTo(nowS + 2.0, glidingThumb);
    CHECK(later.peak()[passed] > 0.0f);
    CHECK(later.afterglow()[passed] == 0.0f);
}

TEST_CASE("Jumps through checkpoints give exactly what playing gives", "[dose]") {
    const Body body = makePressureTestSkin(100, 100);
    const double tau = GENERATE(kAfterglowTauS, 0.0);  // with and without afterglow state
    DoseIntegrator scrubbed(body.skin, 60.0, {}, tau);
    SeenSamples observer;
    observer.follow(scrubbed);
    REQUIRE(scrubbed.checkpointInterval() == 120);  // 2 s at 60 Hz
    const double endS = 9.0;  // four checkpoints, at samples 120, 240, 360, 480
    scrubbed.advanceTo(endS, circlingThumbs);
    REQUIRE(scrubbed.checkpointCount() == 4);

    // Back across several checkpoints, within the last interval, exactly onto a
    // checkpoint's sample, either side of it, within the first interval, to 0;
    // then back and forth, forward over samples computed before, and the same t twice.
    for (double t : {5.123, 8.95, 4.0, 4.0 - 1.0 / 60.0, 4.0 + 0.5 / 60.0, 0.37, 0.0, endS, 3.3, 7.1, 0.5, 8.2, 2.0,
                     2.0, 6.66, 1.99}) {
        CAPTURE(t);
        scrubbed.advanceTo(t, circlingThumbs);
        DoseIntegrator played(body.skin, 60.0, {}, tau);
        playTo(played, t, circlingThumbs);
        requireSameState(scrubbed, played);
        REQUIRE(observer.isEverySampleTo(scrubbed.sampleIndex(t)));
    }
    CHECK(scrubbed.checkpointCount() == 4);  // jumps add none: each is kept once
}

TEST_CASE("A jump costs at most one checkpoint interval of samples", "[dose]") {
    const Body body = makePressureTestSkin(60, 60);
    std::int64_t calls = 0;
    const ContactSource counted = [&calls](double t) {
        ++calls;
        return circlingThumbs(t);
    };
    DoseIntegrator dose(body.skin);
    SeenSamples observer;
    observer.follow(dose);
    const std::int64_t interval = dose.checkpointInterval();
    dose.advanceTo(9.0, counted);
    // Sample k costs one call; a time between samples, one more for the live pressure there.
    auto callsTo = [&](double t) {
        calls = 0;
        dose.advanceTo(t, counted);
        return calls;
    };
    CHECK(callsTo(8.99) <= interval + 1);
    CHECK(callsTo(4.0 - 0.5 / 60.0) == interval + 1);  // the worst case: the sample before a checkpoint
    CHECK(callsTo(4.0) == 1);                          // onto a checkpoint: its one sample
    CHECK(callsTo(0.0) == 1);
    CHECK(callsTo(8.5) <= interval + 1);  // forward over computed samples resumes at a checkpoint too
    CHECK(callsTo(8.5 + 1.0 / 60.0) <= 2);  // playing on: one sample per frame
    CHECK(observer.isEverySampleTo(dose.sampleIndex(8.5 + 1.0 / 60.0)));

    SECTION("an observer that does not follow checkpoints sees a jump back from sample 0") {
        std::vector<std::int64_t> seen;
        dose.setObserver([&](std::int64_t k, double, const PressureField&) { seen.push_back(k); });
        dose.advanceTo(9.0, counted);
        CHECK(dose.checkpointCount() == 0);
        seen.clear();
        CHECK(callsTo(6.0) == 361);
        REQUIRE(seen.size() == 361);
        CHECK(seen.front() == 0);
    }
}

TEST_CASE("Checkpoints: one per interval computed, each holding only the skin its interval loaded", "[dose]") {
    const Body body = makePressureTestSkin(100, 100);
    DoseIntegrator dose(body.skin);
    dose.advanceTo(10.0, steadyPalm);  // samples 0..600: checkpoints before 120, 240, ..., 600
    CHECK(dose.checkpointCount() == 5);
    const std::size_t bytes10 = dose.checkpointBytes();
    for (double t : {3.0, 9.5, 0.0, 10.0}) dose.advanceTo(t, steadyPalm);
    CHECK(dose.checkpointCount() == 5);
    CHECK(dose.checkpointBytes() == bytes10);
    dose.advanceTo(20.0, steadyPalm);
    CHECK(dose.checkpointCount() == 10);
    // The palm loads the same few hundred vertices all along: memory grows with
    // them, far below a float per vertex of the skin per checkpoint.
    const std::size_t loaded = dose.field().loadedVertices().size();
    REQUIRE(loaded > 0);
    CHECK(bytes10 < 5 * body.skin.positions.size() * sizeof(float));
    CHECK(dose.checkpointBytes() < 10 * (loaded * 40 + 200));  // id, dose, peak, glow per loaded vertex

    SECTION("reset drops them, and a different source may follow") {
        dose.reset();
        CHECK(dose.checkpointCount() == 0);
        dose.advanceTo(5.0, circlingThumbs);
        dose.advanceTo(3.0, circlingThumbs);
        DoseIntegrator fresh(body.skin);
        fresh.advanceTo(3.0, circlingThumbs);
        requireSameState(dose, fresh);
    }
}
