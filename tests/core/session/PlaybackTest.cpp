#include "core/session/Playback.h"

#include <catch2/catch.hpp>

using namespace backrub;

namespace {
Playback threeSteps() {
    Playback p;
    p.setTimeline({0.0, 10.0, 25.0}, 40.0);
    return p;
}
}  // namespace

TEST_CASE("Playing advances time by wall time times speed", "[playback]") {
    Playback p = threeSteps();
    p.advance(1.0);
    CHECK(p.time() == 0.0);  // paused: nothing moves
    p.play();
    p.advance(1.5);
    CHECK(p.time() == Approx(1.5));
    p.setSpeed(4.0);
    p.advance(1.0);
    CHECK(p.time() == Approx(5.5));
    p.setSpeed(100.0);
    CHECK(p.speed() == Playback::kMaxSpeed);
    p.setSpeed(0.0);
    CHECK(p.speed() == Playback::kMinSpeed);
}

TEST_CASE("The end loops or stops", "[playback]") {
    Playback p = threeSteps();
    p.play();
    p.advance(41.0);
    CHECK(p.time() == Approx(1.0));
    CHECK(p.playing());
    p.setLoop(false);
    p.advance(100.0);
    CHECK(p.time() == 40.0);
    CHECK_FALSE(p.playing());
}

TEST_CASE("Steps: current, jump, next and previous", "[playback]") {
    Playback p = threeSteps();
    p.seek(12.0);
    CHECK(p.currentStep() == 1);
    p.nextStep();
    CHECK(p.time() == 25.0);
    CHECK(p.currentStep() == 2);
    p.nextStep();  // no step after the last
    CHECK(p.time() == 25.0);
    p.seek(27.0);
    p.previousStep();  // back to the start of this step
    CHECK(p.time() == 25.0);
    p.previousStep();  // at the start already: the step before
    CHECK(p.time() == 10.0);
    p.jumpToStep(-3);
    CHECK(p.time() == 0.0);
}

TEST_CASE("Seek clamps and speed steps through the presets", "[playback]") {
    Playback p = threeSteps();
    p.seek(-5.0);
    CHECK(p.time() == 0.0);
    p.seek(1e9);
    CHECK(p.time() == 40.0);
    p.seek(std::nan(""));
    CHECK(p.time() == 40.0);
    p.setSpeed(1.0);
    p.faster();
    CHECK(p.speed() == 2.0);
    p.faster();
    p.faster();
    CHECK(p.speed() == 4.0);
    p.slower();
    p.slower();
    p.slower();
    p.slower();
    p.slower();
    CHECK(p.speed() == 0.25);
}

TEST_CASE("An empty timeline never plays", "[playback]") {
    Playback p;
    p.play();
    CHECK_FALSE(p.playing());
    p.advance(1.0);
    CHECK(p.time() == 0.0);
    CHECK(p.currentStep() == 0);
}

TEST_CASE("One step at a time: playing stops exactly at the step's end, the next play plays the next step",
          "[playback]") {
    Playback p = threeSteps();
    p.setStepAtATime(true);
    p.play();
    for (int i = 0; i < 400 && p.playing(); ++i) p.advance(1.0 / 30.0);  // frame times that never sum to 10 exactly
    CHECK_FALSE(p.playing());
    CHECK(p.time() == 10.0);  // exactly the end of step 1, which is where step 2 starts
    CHECK(p.currentStep() == 1);
    CHECK(p.stepEnd(0) == 10.0);
    CHECK(p.stepEnd(2) == 40.0);

    p.play();  // the next play: step 2, from its start to its end
    p.advance(4.0);
    CHECK(p.playing());
    CHECK(p.currentStep() == 1);
    p.advance(100.0);  // one long frame does not run into step 3
    CHECK_FALSE(p.playing());
    CHECK(p.time() == 25.0);

    // Paused within a step, play finishes that step.
    p.play();
    p.advance(3.0);
    p.pause();
    p.play();
    p.advance(100.0);
    CHECK(p.time() == 40.0);
    CHECK(p.atEnd());
    CHECK_FALSE(p.playing());

    // At the end, play shows the last step again; looping never applies.
    p.setLoop(true);
    p.play();
    CHECK(p.time() == 25.0);
    p.advance(100.0);
    CHECK(p.time() == 40.0);

    // A jump while playing plays the step jumped to, to its end.
    p.jumpToStep(0);
    p.play();
    p.advance(1.0);
    p.jumpToStep(1);
    p.advance(100.0);
    CHECK(p.time() == 25.0);

    // Back to playing straight through: runs past the step ends.
    p.setStepAtATime(false);
    p.jumpToStep(0);
    p.setLoop(false);
    p.play();
    p.advance(30.0);
    CHECK(p.time() == 30.0);
    CHECK(p.playing());
}
