#include "core/technique/HandSmoothing.h"

#include <algorithm>
#include <array>
#include <vector>

namespace backrub {

void smoothHands(const StrokeEngine& engine, double timeS, PressureLevel level, StrokeEngine::Frame& frame,
                 StrokeEngine::Frame& scratch) {
    constexpr double kOffsetsS[] = {-2 * kHandSmoothingStepS, -kHandSmoothingStepS, 0.0, kHandSmoothingStepS,
                                    2 * kHandSmoothingStepS};
    std::array<std::vector<HandPose>, 2> window;
    for (double offset : kOffsetsS) {
        const StrokeEngine::Frame* f = &frame;
        if (offset != 0.0) {
            engine.evaluate(std::clamp(timeS + offset, 0.0, engine.duration()), level, scratch);
            f = &scratch;
        }
        for (std::size_t h = 0; h < 2; ++h) window[h].push_back(f->hands[h]);
    }
    for (std::size_t h = 0; h < 2; ++h)
        if (frame.hands[h].inUse) frame.hands[h] = averageHandPoses(frame.hands[h], window[h]);
}

}  // namespace backrub
