#pragma once
// The words of the presentation caption that change while a technique plays:
// where playback is, how fast it runs, and whether a safety warning is active now.
#include "core/pressure/SafetyWarnings.h"

#include <string>
#include <vector>

namespace backrub {

// "1:05" for 65.9 seconds (minutes:seconds, seconds rounded down).
std::string clockText(double seconds);
// "0:42 of 1:10, speed 1x", and ", paused" when not playing (speed 0.25x to 4x as set).
std::string captionProgress(double timeS, double durationS, double speed, bool playing);
// The first warning active now, short enough for the caption, e.g. "Warning: peak 182 kPa on
// Spine line near L3, over its safe limit of 50 kPa (+1 more)"; "" when none is active.
std::string captionWarning(const std::vector<SafetyWarning>& active);

}  // namespace backrub
