#pragma once
// Guided mode for lay users: one step at a time in plain words, large Back and
// Next buttons, and the technique's cautions always in view.
#include "core/session/Playback.h"
#include "core/technique/Technique.h"

namespace backrub::ui {

// Returns false when the user leaves guided mode.
bool drawGuidedPanel(const Technique& technique, Playback& playback);

}  // namespace backrub::ui
