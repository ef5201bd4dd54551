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
// afterglow() is live pressure with recently pressed skin fading out, like a
// level meter's peak hold: on the same grid, with d = exp(-(1/hz) / tau),
//   glow_k = max(p(t_k), glow_{k-1} * d)
//   afterglow(t) = max(live(t), glow_k * exp(-(t - t_k) / tau))
// It is continuous in t, equals live wherever the contact holds still, never
// exceeds max(peak, live), and follows the same determinism as dose and peak.
// A glow that has decayed below kAfterglowCutoff of the pressure that set it
// (d^n < cutoff, n samples after it was set: ln(1 / cutoff) * tau, about
// 1.85 s at the default tau) counts as 0.
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

// Time constant of the afterglow, seconds. A thumb (contact ~2 cm across) gliding
// at 5-10 cm/s leaves a trail glowing above e^-1 for 2-3.5 cm behind it, so the
// stroke shows beside the hand, and it fades to ~6 % within a second, so the
// picture stays about the present stroke rather than reading as a dose.
constexpr double kAfterglowTauS = 0.35;
// Fraction of its setting pressure below which a glow counts as 0: invisible on
// the heat map (far under the colour ramp's fade-in), and it bounds the decay
// table, so skin pressed long ago costs afterglow() one comparison.
constexpr double kAfterglowCutoff = 0.005;

class DoseIntegrator {
public:
    // sampleHz <= 0 or non-finite is replaced by 60, afterglowTauS < 0 or
    // non-finite by kAfterglowTauS. afterglowTauS 0 means no afterglow
    // (afterglow() == live()) and saves its per-sample cost, for callers that
    // never display it. Keeps a reference to skin.
    explicit DoseIntegrator(const SkinSurface& skin, double sampleHz = 60.0, PressureFieldOptions options = {},
                            double afterglowTauS = kAfterglowTauS);

    // Brings live, peak, dose and afterglow to time t (seconds; negative or
    // non-finite counts as 0). Costs one contact evaluation per sample passed (a
    // jump back, every sample from 0), so callers clamp t to the technique's duration.
    void advanceTo(double timeS, const ContactSource& source);
    // Back to t = 0 with nothing accumulated.
    void reset();
    void setObserver(SampleObserver observer) { observer_ = std::move(observer); }

    double time() const { return time_; }
    double sampleHz() const { return hz_; }
    double afterglowTauS() const { return tauS_; }
    std::int64_t sampleIndex(double timeS) const;  // floor(t * hz), robust to rounding
    std::int64_t samplesEvaluated() const { return held_ + 1; }

    const std::vector<float>& live() const { return field_.live(); }  // kPa at time()
    const std::vector<float>& peak() const { return peak_; }          // kPa
    const std::vector<float>& dose() const { return dose_; }          // kPa*s
    // kPa at time(): max(live, decayed recent pressure). Costs one pass over the
    // vertices (a table look-up for those still glowing), so call it once per
    // displayed frame rather than per sample.
    std::vector<float> afterglow() const;
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
    // Afterglow, sparse: per vertex the pressure that last set its glow and the
    // sample that set it; the glow at sample k is glowKPa_ * d^(k - glowSample_).
    // Only loaded vertices are touched per sample.
    double tauS_;
    double decayPerSample_;      // 1 / (hz * tau): d = exp(-decayPerSample_)
    std::vector<double> decay_;  // d^n for every n whose d^n >= kAfterglowCutoff
    std::vector<float> glowKPa_;  // empty when tau is 0
    std::vector<std::int64_t> glowSample_;

    void evaluateSample(std::int64_t k, const ContactSource& source);
    void commitHeld();
    double decayOver(std::int64_t samples) const;  // d^samples, 0 past the cutoff
};

}  // namespace backrub
