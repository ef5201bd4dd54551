#pragma once
// The lay path: what the viewer opens with for each audience chosen at the first
// start (Preferences::audience), the techniques offered to someone massaging a
// partner, and when a guided technique has come to its end.
#include "core/session/Playback.h"
#include "core/session/Preferences.h"
#include "core/session/ViewerState.h"
#include "core/technique/TechniqueLibrary.h"
#include "core/view/ViewSettings.h"

#include <vector>

namespace backrub {

// The firmest level offered on the lay path: firm is left to trained hands.
inline constexpr PressureLevel kLayMaxLevel = PressureLevel::Moderate;

// Techniques for someone massaging a partner: beginner level, done on another person
// (not self-massage), in library order.
std::vector<const Technique*> partnerTechniques(const TechniqueLibrary& library);

// The one a partner starts with: of partnerTechniques, the softest touch (the lowest
// force per contact area of its firmest contact at moderate pressure). nullptr when none.
const Technique* partnerFirstTechnique(const TechniqueLibrary& library);

// The choice made in the first-start chooser. Learn: labels on. Teach: the full viewer
// as it is. Partner: the first partner technique at gentle pressure, in guided mode with
// the expert panels hidden. The caller then shows state.techniqueId at state.level.
void chooseAudience(Audience audience, const TechniqueLibrary& library, ViewerState& state, ViewSettings& view);

// A later start with a remembered choice: Partner opens guided with the expert panels
// hidden and the level at most kLayMaxLevel; the other choices change nothing.
void resumeAudience(Audience audience, ViewerState& state);

// The highest level the viewer offers now: kLayMaxLevel while the expert panels are hidden.
PressureLevel allowedLevel(const ViewerState& state, PressureLevel wanted);

// Guided mode has played the technique to its end: time for the finish screen.
bool guidedFinished(const ViewerState& state, const Playback& playback);

}  // namespace backrub
