#pragma once
// After the last step of a guided technique: what to do afterwards, when to see a
// licensed massage therapist or a doctor (docs/sources.md, "Aftercare and when to
// get help"), and buttons to repeat the technique or pick another.
#include "core/technique/Technique.h"
#include "ui/Hotspots.h"
#include "ui/ScreenStyle.h"

#include <string>
#include <vector>

namespace backrub::ui {

// When to see a licensed massage therapist, in plain words (the finish screen and printed handouts).
extern const char* const kSeeTherapist;

struct FinishScreenState {
    bool picking = false;  // the list of other techniques is open
};

struct FinishChoice {
    bool repeat = false;
    std::string technique;  // another technique picked, "" = none
};

// `others`: the techniques offered instead. Buttons are recorded as "finish.repeat",
// "finish.pick" and "finish.technique.<id>".
FinishChoice drawFinishScreen(const Technique& done, const std::vector<const Technique*>& others,
                              FinishScreenState& state, const Fonts& fonts, Hotspots& hotspots);

}  // namespace backrub::ui
