#pragma once
// Safety warnings so far: where pressure passed a care zone's safe limit or a
// region's pain threshold, with time and place. Active ones are highlighted.
#include "core/pressure/SafetyWarnings.h"

#include <vector>

namespace backrub::ui {

// Returns the index of a warning the user clicked (to jump there), or -1.
int drawWarningsPanel(const std::vector<SafetyWarning>& warnings, double nowS);

}  // namespace backrub::ui
