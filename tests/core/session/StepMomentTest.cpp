#include "core/session/StepMoment.h"

#include "ShippedOnSynthetic.h"

#include <catch2/catch.hpp>

using namespace backrub;
using Fixture = test::ShippedOnSynthetic;

TEST_CASE("Step picture moment lies inside its step with the hands pressing", "[session]") {
    Fixture f;
    for (const char* id : {"spine-line", "thumb-circles-lumbar", "hand-placement"}) {
        const Technique& t = f.technique(id);
        StrokeEngine engine(t, f.body);
        for (int step = 0; step < static_cast<int>(t.steps.size()); ++step) {
            INFO(id << " step " << step);
            const auto [startS, endS] = stepSpanS(engine, step);
            CHECK(endS > startS);
            const double at = stepPictureTimeS(engine, PressureLevel::Moderate, step);
            CHECK(at >= startS);
            CHECK(at <= endS);
            const StrokeEngine::Frame frame = engine.evaluate(at, PressureLevel::Moderate);
            CHECK(frame.step == step);
            float forceN = 0.0f;
            for (const Contact& c : frame.contacts) forceN += c.forceN;
            CHECK(forceN > 0.0f);
        }
    }
}

TEST_CASE("Step picture moment of a step the technique lacks is 0", "[session]") {
    Fixture f;
    StrokeEngine engine(f.technique("spine-line"), f.body);
    CHECK(stepPictureTimeS(engine, PressureLevel::Gentle, -1) == 0.0);
    CHECK(stepPictureTimeS(engine, PressureLevel::Gentle, 99) == 0.0);
    CHECK(stepSpanS(engine, 99).second == 0.0);
}
