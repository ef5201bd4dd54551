#pragma once
// The moment that pictures a step best (a handout's step picture, a thumbnail):
// the hands pressing hardest, nearest the middle of the step on a tie, so a
// picture never shows the hands travelling in the air between actions.
#include "core/technique/StrokeEngine.h"

#include <utility>

namespace backrub {

// Start and end of step `step`, seconds; (0, 0) for a step the technique lacks.
std::pair<double, double> stepSpanS(const StrokeEngine& engine, int step);

// A time within the step (its first and last tenth left out: placing and
// releasing) where the summed contact force at `level` is highest; the middle
// of the step when nothing presses. 0 for a step the technique lacks.
double stepPictureTimeS(const StrokeEngine& engine, PressureLevel level, int step);

}  // namespace backrub
