#pragma once
// The hands as drawn: the mean of the stroke engine's poses over a short window
// centred on t. A pose that changes abruptly (a hand switching part, its plane
// tipping over a crease) turns into a quick glide instead of a jump, while a hand
// moving steadily stays where the engine puts it (a centred mean does not lag).
// Contacts are not touched: pressure always comes from the engine at t.
#include "core/technique/StrokeEngine.h"

namespace backrub {

// Poses are averaged over t - 2 step .. t + 2 step (clamped to the technique).
constexpr double kHandSmoothingStepS = 0.03;

// Replaces the in-use hands of `frame` (the engine's frame at t) with their
// smoothed poses; `scratch` is working space for the nearby moments.
void smoothHands(const StrokeEngine& engine, double timeS, PressureLevel level, StrokeEngine::Frame& frame,
                 StrokeEngine::Frame& scratch);

}  // namespace backrub
