#pragma once
// The transport of a technique: time, play/pause, speed, loop and step jumps.
// Pure state; the viewer advances it with the wall-clock frame time, tests and
// `render` set the time directly, so any frame can be reproduced exactly.
#include <vector>

namespace backrub {

class Playback {
public:
    static constexpr double kMinSpeed = 0.25;
    static constexpr double kMaxSpeed = 4.0;

    // stepStartsS: start time of each step, ascending, first 0; durationS: total length.
    void setTimeline(std::vector<double> stepStartsS, double durationS);

    // Moves time forward by realDtS * speed. At the end: wraps to 0 when looping,
    // otherwise stops at the end and pauses. One step at a time: stops at the end of
    // the step playing and pauses there.
    void advance(double realDtS);
    void seek(double timeS);  // clamped to [0, duration]
    // Starts playing; one step at a time, from the end of the technique it plays the
    // last step again.
    void play();
    void pause() { playing_ = false; }
    void togglePlay() { playing_ ? pause() : play(); }
    void setSpeed(double speed);  // clamped to [kMinSpeed, kMaxSpeed]
    void faster();                // next of 0.25, 0.5, 1, 2, 4
    void slower();
    void setLoop(bool loop) { loop_ = loop; }
    // One step at a time (guided mode): play() runs to the end of the step it starts in
    // and pauses exactly there, at the next step's start, so the next play() plays the
    // next step.
    void setStepAtATime(bool on) { stepAtATime_ = on; }

    int currentStep() const;  // index of the step containing time(), 0 without steps
    void jumpToStep(int step);  // clamped to valid steps
    void nextStep() { jumpToStep(currentStep() + 1); }
    // Back to the start of the current step, or to the previous step when already
    // within the first half second of this one (as media players do).
    void previousStep();

    double time() const { return timeS_; }
    double duration() const { return durationS_; }
    double speed() const { return speed_; }
    bool playing() const { return playing_; }
    bool loop() const { return loop_; }
    int stepCount() const { return static_cast<int>(stepStartsS_.size()); }
    double stepStart(int step) const;
    double stepEnd(int step) const;  // the next step's start; the duration for the last
    bool atEnd() const { return durationS_ > 0.0 && timeS_ >= durationS_; }

private:
    std::vector<double> stepStartsS_;
    double durationS_ = 0.0;
    double timeS_ = 0.0;
    double speed_ = 1.0;
    bool playing_ = false;
    bool loop_ = true;
    bool stepAtATime_ = false;
};

}  // namespace backrub
