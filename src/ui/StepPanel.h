#pragma once
// The steps of the playing technique with their narration and, for the current
// step, how hard to press at the chosen level, in newtons and in everyday terms;
// the current step is highlighted and a click jumps there.
#include "core/session/Playback.h"
#include "core/technique/Technique.h"

#include <string>
#include <vector>

namespace backrub::ui {

void drawStepPanel(const Technique& technique, Playback& playback, PressureLevel level);

// How hard each action of a step presses at a level, one entry per distinct
// contact and force (actions that do not press are left out).
struct StepForce {
    float forceN = 0.0f;
    ContactKind contact = ContactKind::Palm;
    bool eachHand = false;  // both hands press, each with forceN
};
std::vector<StepForce> stepForces(const Step& step, PressureLevel level);
// "6 N with each hand (about the weight of 600 g on the thumb)"
std::string forceInWords(const StepForce& force);

// The narration text of a step, with the receiver position spelled out when it
// is not the technique's own.
std::string stepNarration(const Technique& technique, int step);

}  // namespace backrub::ui
