#pragma once
// Safety warnings so far: where pressure passed a care zone's safe limit or a
// region's pain threshold. Each warning shows what to do in plain words, then
// its time span and duration, peak, place and limit, wrapped to the panel's width
// (never cut); the ones happening now are highlighted.
#include "core/pressure/SafetyWarnings.h"

#include <vector>

namespace backrub::ui {

// Draws the list in a framed region as tall as the warnings need, at most
// maxHeight (it scrolls beyond). Returns the index of a warning the user clicked
// (to jump there), or -1.
int drawWarningsPanel(const std::vector<SafetyWarning>& warnings, double nowS, float maxHeight);

}  // namespace backrub::ui
