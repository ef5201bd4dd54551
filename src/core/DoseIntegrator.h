#pragma once
// Peak pressure and dose (time integral of pressure, kPa*s) per skin vertex,
// recomputed deterministically on a fixed sample grid t_k = k / sampleHz.
//
// The pressure of sample k is held over [t_k, t_k+1), so for k = floor(t * hz)
//   dose(t) = sum_{j<k} p(t_j) / hz + p(t_k) * (t - t_k)
//   peak(t) = max_{j<=k} p(t_j)
// Both depend only on t and the contact source, never on how the caller got to
// t: advancing frame by frame and jumping straight to t give identical results
// (the same additions in the same order). Going back in time recomputes from 0.
// dose(t) never decreases and is exactly linear in t under constant pressure.
// live() is the pressure at t itself (not only at the last sample).
//
// The core never reads a clock: time comes in through advanceTo().
#include "core/Contact.h"
#include "core/PressureField.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace backrub {

// Contacts on the skin at a time (seconds); must be deterministic in its argument.
using ContactSource = std::function<std::vector<Contact>(double timeS)>;

// Sees every sample once, in time order, right after its pressure is computed
// (again from sample 0 after a recompute).
using SampleObserver = std::function<void(std::int64_t sampleIndex, double timeS, const PressureField& field)>;

class DoseIntegrator {
public:
    // sampleHz <= 0 or non-finite is replaced by 60. Keeps a reference to skin.
    explicit DoseIntegrator(const SkinSurface& skin, double sampleHz = 60.0, PressureFieldOptions options = {});

    // Brings live, peak and dose to time t (seconds; negative or non-finite counts
    // as 0). Costs one contact evaluation per sample passed (a jump back, every
    // sample from 0), so callers clamp t to the technique's duration.
    void advanceTo(double timeS, const ContactSource& source);
    // Back to t = 0 with nothing accumulated.
    void reset();
    void setObserver(SampleObserver observer) { observer_ = std::move(observer); }

    double time() const { return time_; }
    double sampleHz() const { return hz_; }
    std::int64_t sampleIndex(double timeS) const;  // floor(t * hz), robust to rounding
    std::int64_t samplesEvaluated() const { return held_ + 1; }

    const std::vector<float>& live() const { return field_.live(); }  // kPa at time()
    const std::vector<float>& peak() const { return peak_; }          // kPa
    const std::vector<float>& dose() const { return dose_; }          // kPa*s
    const PressureField& field() const { return field_; }

private:
    PressureField field_;
    double hz_;
    SampleObserver observer_;
    double time_ = 0.0;
    std::int64_t held_ = -1;  // index of the sample held over [t_held, time_], -1 before the first
    std::vector<double> committed_;  // dose of all samples before held_, kPa*s
    std::vector<float> peak_;
    std::vector<float> dose_;  // committed_ + held sample * partial interval
    std::vector<std::uint32_t> heldIds_;
    std::vector<float> heldKPa_;

    void evaluateSample(std::int64_t k, const ContactSource& source);
    void commitHeld();
};

}  // namespace backrub
