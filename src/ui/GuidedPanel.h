#pragma once
// Guided mode for lay users: one step at a time in plain words, how hard to press
// in everyday terms (a weight on the thumb, a kitchen scale to try it on), large
// Back and Next buttons, the warning happening now in plain words, and the
// technique's cautions always in view.
#include "core/session/Playback.h"
#include "core/session/TechniqueSession.h"

namespace backrub::ui {

// Returns false when the user leaves guided mode.
bool drawGuidedPanel(const TechniqueSession& session, Playback& playback);

}  // namespace backrub::ui
