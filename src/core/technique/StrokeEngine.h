#pragma once
// Plays a technique on a body: for a time t and a pressure level it returns the
// contacts on the skin and a pose for each hand. Pure function of its inputs
// (no clock, no state between calls), continuous in t: hands travel between
// places, lifted, rather than jumping, and forces ramp in and out of each action.
//
// Timing inside one action window [start, end] (docs/technique-format.md):
//   placing  first min(0.8 s, 20 %): the hand travels from where it last was to
//            the start of the motion while its force ramps up;
//   motion   the path is traversed (evenly over the rest of the window, or at
//            speedCmPerS), with circles / press-release / alternation on top;
//   release  last min(0.5 s, 15 %): the force ramps down to zero.
// Between actions a hand rests where it stopped, with no force.
#include "core/body/Body.h"
#include "core/pressure/Contact.h"
#include "core/pressure/ContactArea.h"
#include "core/hands/HandPose.h"
#include "core/base/Problem.h"
#include "core/technique/Technique.h"

#include <array>
#include <memory>
#include <vector>

namespace backrub {

class StrokeEngine {
public:
    struct Frame {
        std::vector<Contact> contacts;
        std::array<HandPose, 2> hands;  // [0] left, [1] right
        int step = 0;                   // index of the step playing at t
        float stepTime = 0.0f;          // seconds since that step began
    };

    // `body` must outlive the engine (its skin is indexed, not copied). Builds the
    // skin's closest-point grid and every path once. Landmarks the body lacks are
    // estimated and reported in problems(). Each contact's areaCm2 comes from `areas`.
    StrokeEngine(const Technique& technique, const Body& body, const ContactAreas& areas = ContactAreas::defaults());
    ~StrokeEngine();
    StrokeEngine(StrokeEngine&&) noexcept;
    StrokeEngine& operator=(StrokeEngine&&) noexcept;

    // t is clamped to [0, duration()].
    Frame evaluate(double timeS, PressureLevel level) const;
    // Same, reusing `frame`'s storage (no allocation once it has grown).
    void evaluate(double timeS, PressureLevel level, Frame& frame) const;
    double duration() const;
    // Start time of each step, seconds.
    const std::vector<double>& stepStarts() const;
    const Problems& problems() const;
    const ContactAreas& areas() const;

    struct Impl;

private:
    std::unique_ptr<Impl> impl_;
};

}  // namespace backrub
