#include "core/session/Playback.h"

#include <algorithm>
#include <cmath>

namespace backrub {
namespace {
const double kSpeeds[] = {0.25, 0.5, 1.0, 2.0, 4.0};
}

void Playback::setTimeline(std::vector<double> stepStartsS, double durationS) {
    stepStartsS_ = std::move(stepStartsS);
    durationS_ = std::max(durationS, 0.0);
    timeS_ = std::clamp(timeS_, 0.0, durationS_);
    if (durationS_ <= 0.0) playing_ = false;
}

void Playback::advance(double realDtS) {
    if (!playing_ || durationS_ <= 0.0 || !(realDtS > 0.0)) return;
    // The next step boundary after now, so a jump while playing plays the step jumped to.
    // Strictly after: time a hair short of a boundary (summed frame times) stops there.
    double stop = durationS_;
    if (stepAtATime_)
        for (double start : stepStartsS_)
            if (start > timeS_) {
                stop = std::min(start, durationS_);
                break;
            }
    timeS_ += realDtS * speed_;
    if (timeS_ < stop) return;
    if (loop_ && !stepAtATime_) {
        timeS_ = std::fmod(timeS_, durationS_);
    } else {
        timeS_ = stop;
        playing_ = false;
    }
}

void Playback::play() {
    playing_ = durationS_ > 0.0;
    if (playing_ && stepAtATime_ && atEnd()) jumpToStep(stepCount() - 1);
}

void Playback::seek(double timeS) {
    if (!std::isfinite(timeS)) return;
    timeS_ = std::clamp(timeS, 0.0, durationS_);
}

void Playback::setSpeed(double speed) {
    if (std::isfinite(speed)) speed_ = std::clamp(speed, kMinSpeed, kMaxSpeed);
}

void Playback::faster() {
    for (double s : kSpeeds)
        if (s > speed_ + 1e-9) {
            speed_ = s;
            return;
        }
}

void Playback::slower() {
    for (auto it = std::rbegin(kSpeeds); it != std::rend(kSpeeds); ++it)
        if (*it < speed_ - 1e-9) {
            speed_ = *it;
            return;
        }
}

int Playback::currentStep() const {
    int step = 0;
    for (int i = 0; i < stepCount(); ++i)
        if (stepStartsS_[i] <= timeS_ + 1e-9) step = i;
    return step;
}

double Playback::stepStart(int step) const {
    if (stepStartsS_.empty()) return 0.0;
    return stepStartsS_[std::clamp(step, 0, stepCount() - 1)];
}

double Playback::stepEnd(int step) const {
    step = std::max(step, 0);
    if (step + 1 >= stepCount()) return durationS_;
    return std::min(stepStartsS_[step + 1], durationS_);
}

void Playback::jumpToStep(int step) {
    if (stepStartsS_.empty()) return;
    timeS_ = std::min(stepStart(step), durationS_);
}

void Playback::previousStep() {
    const int step = currentStep();
    jumpToStep(timeS_ - stepStart(step) < 0.5 ? step - 1 : step);
}

}  // namespace backrub
