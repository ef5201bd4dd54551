// The drawn hands on the generated body: no jumps between frames, and still where
// the stroke engine puts them.
#include "BodyTestScenes.h"

#include "core/body/Body.h"
#include "core/technique/HandSmoothing.h"
#include "core/technique/TechniqueLibrary.h"

#include <catch2/catch.hpp>

#include <array>

using namespace backrub;

namespace {

struct WristStep {
    float mm = 0.0f;
    double atS = 0.0;
};

// The largest wrist movement between consecutive frames `rateHz` apart in [fromS, toS].
WristStep largestStep(const StrokeEngine& engine, double fromS, double toS, double rateHz, bool smoothed) {
    StrokeEngine::Frame prev, cur, scratch;
    WristStep worst;
    for (int k = 0; fromS + k / rateHz <= toS; ++k) {
        const double t = fromS + k / rateHz;
        engine.evaluate(t, PressureLevel::Moderate, cur);
        if (smoothed) smoothHands(engine, t, PressureLevel::Moderate, cur, scratch);
        if (k > 0)
            for (std::size_t h = 0; h < 2; ++h) {
                const float mm = glm::length(cur.hands[h].wrist - prev.hands[h].wrist) * 1000.0f;
                if (mm > worst.mm) worst = {mm, t};
            }
        std::swap(prev, cur);
    }
    return worst;
}

// Where the wrist's path bends hardest between frames `rateHz` apart: a jump shows as
// a spike of |p(t+1) - 2 p(t) + p(t-1)| even at a coarse rate; steady motion does not.
WristStep largestKink(const StrokeEngine& engine, double rateHz) {
    std::array<StrokeEngine::Frame, 3> f;
    WristStep worst;
    for (int k = 0; k / rateHz <= engine.duration(); ++k) {
        engine.evaluate(k / rateHz, PressureLevel::Moderate, f[k % 3]);
        if (k < 2) continue;
        const StrokeEngine::Frame &a = f[(k - 2) % 3], &b = f[(k - 1) % 3], &c = f[k % 3];
        for (std::size_t h = 0; h < 2; ++h) {
            const float mm = glm::length(c.hands[h].wrist - 2.0f * b.hands[h].wrist + a.hands[h].wrist) * 1000.0f;
            if (mm > worst.mm) worst = {mm, (k - 1) / rateHz};
        }
    }
    return worst;
}

}  // namespace

TEST_CASE("Drawn hands glide where the engine's poses jump, and stay with the engine", "[stroke][body]") {
    Problems problems;
    const std::optional<Body> body = Body::fromScene(test::bodyScene(BodySize::Female), "female", problems);
    REQUIRE(body);
    const TechniqueLibrary library = loadShippedTechniques();
    int checkedJumps = 0;
    for (const Technique& technique : library.techniques) {
        INFO(technique.id);
        const StrokeEngine engine(technique, *body);
        // Find the engine's largest jump (coarsely, then at 60 Hz around it) and compare.
        const WristStep coarse = largestKink(engine, 30.0);
        const double from = std::max(0.0, coarse.atS - 0.3), to = std::min(engine.duration(), coarse.atS + 0.2);
        const WristStep raw = largestStep(engine, from, to, 60.0, false);
        const WristStep smooth = largestStep(engine, from, to, 60.0, true);
        INFO("raw " << raw.mm << " mm at " << raw.atS << " s, smoothed " << smooth.mm << " mm, kink " << coarse.mm << " mm");
        // A jump: a large step at 60 Hz (over 0.6 m/s) that stays as large when sampled four
        // times as often (the pose is discontinuous); a fast steady glide's step shrinks with
        // the interval. (The bend of the path told them apart only for a jump spread over two
        // frames: a jump within one bends it as much as a curving fast glide does.)
        const WristStep fine = largestStep(engine, from, to, 240.0, false);
        INFO("at 240 Hz " << fine.mm << " mm");
        if (raw.mm > 10.0f && fine.mm > 0.7f * raw.mm) {
            // Smoothing at least halves it.
            CHECK(smooth.mm <= raw.mm * 0.5f);
            ++checkedJumps;
        } else {
            // A fast but steady glide: smoothing averages it and never speeds it up.
            CHECK(smooth.mm <= raw.mm + 0.5f);
        }

        // Steady strokes: the smoothed wrist stays within a few millimetres of the engine's.
        StrokeEngine::Frame exact, drawn, scratch;
        double sumMm = 0.0;
        int n = 0;
        for (double t = 0.5; t < engine.duration(); t += 1.0) {
            engine.evaluate(t, PressureLevel::Moderate, exact);
            drawn = exact;
            smoothHands(engine, t, PressureLevel::Moderate, drawn, scratch);
            for (std::size_t h = 0; h < 2; ++h) {
                if (!exact.hands[h].inUse) continue;
                sumMm += glm::length(drawn.hands[h].wrist - exact.hands[h].wrist) * 1000.0;
                ++n;
                CHECK(drawn.hands[h].contactPoint == exact.hands[h].contactPoint);
            }
            CHECK(drawn.contacts.size() == exact.contacts.size());
        }
        REQUIRE(n > 0);
        CHECK(sumMm / n < 3.0);
    }
    CHECK(checkedJumps >= 1);  // the test saw at least one real jump to smooth
}
