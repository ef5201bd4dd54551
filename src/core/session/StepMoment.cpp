#include "core/session/StepMoment.h"

#include <algorithm>
#include <cmath>

namespace backrub {

std::pair<double, double> stepSpanS(const StrokeEngine& engine, int step) {
    const std::vector<double>& starts = engine.stepStarts();
    if (step < 0 || step >= static_cast<int>(starts.size())) return {0.0, 0.0};
    const std::size_t i = static_cast<std::size_t>(step);
    const double end = i + 1 < starts.size() ? starts[i + 1] : engine.duration();
    return {starts[i], end};
}

double stepPictureTimeS(const StrokeEngine& engine, PressureLevel level, int step) {
    const auto [startS, endS] = stepSpanS(engine, step);
    const double middle = 0.5 * (startS + endS);
    // 41 samples over the middle 80 %: a circle or a press cycle is a second or
    // so, a step tens of seconds, so the sampling finds a pressing moment.
    constexpr int kSamples = 41;
    const double from = startS + 0.1 * (endS - startS), to = endS - 0.1 * (endS - startS);
    double best = middle, bestForceN = 0.0;
    StrokeEngine::Frame frame;
    for (int k = 0; k < kSamples; ++k) {
        const double t = from + (to - from) * k / (kSamples - 1);
        engine.evaluate(t, level, frame);
        double forceN = 0.0;
        for (const Contact& c : frame.contacts) forceN += std::max(0.0f, c.forceN);
        // 1 % better counts as better: equal presses keep the one nearest the middle.
        const bool stronger = forceN > bestForceN * 1.01;
        const bool asStrongNearer = forceN >= bestForceN * 0.99 && std::abs(t - middle) < std::abs(best - middle);
        if (stronger || (forceN > 0.0 && asStrongNearer)) {
            best = t;
            bestForceN = std::max(bestForceN, forceN);
        }
    }
    return best;
}

}  // namespace backrub
