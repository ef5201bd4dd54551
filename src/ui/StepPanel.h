#pragma once
// The steps of the playing technique with their narration; the current step is
// highlighted and a click jumps there.
#include "core/session/Playback.h"
#include "core/technique/Technique.h"

#include <string>

namespace backrub::ui {

void drawStepPanel(const Technique& technique, Playback& playback);

// The narration text of a step, with the receiver position spelled out when it
// is not the technique's own.
std::string stepNarration(const Technique& technique, int step);

}  // namespace backrub::ui
