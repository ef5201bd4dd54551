#pragma once
// Peak pressure and dose (time integral of pressure, kPa*s) per skin vertex,
// recomputed deterministically on a fixed sample grid t_k = k / sampleHz.
//
// The pressure of sample k is held over [t_k, t_k+1), so for k = floor(t * hz)
//   dose(t) = sum_{j<k} p(t_j) / hz + p(t_k) * (t - t_k)
//   peak(t) = max_{j<=k} p(t_j)
// Both depend only on t and the contact source, never on how the caller got to
// t: advancing frame by frame and jumping straight to t give identical results
// (the same additions in the same order). dose(t) never decreases and is exactly
// linear in t under constant pressure. live() is the pressure at t itself (not
// only at the last sample).
//
// Checkpoints make jumps cheap: every kCheckpointIntervalS of samples computed,
// the integrator keeps what those samples changed (committed dose as double, peak,
// afterglow; only the vertices they loaded, so memory grows with the skin a
// technique touches, not with the whole skin per checkpoint). A jump back, or
// forward past samples computed before, restores the state at the latest
// checkpoint at or before the target and computes on from there: at most one
// interval of samples, and bit-identical to playing there, since it is the same
// state followed by the same additions. Checkpoints later than the target stay
// (the computation is deterministic); reset() and setObserver() drop them.
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
#include "core/pressure/Contact.h"
#include "core/pressure/PressureField.h"

#include <any>
#include <cstdint>
#include <functional>
#include <vector>

namespace backrub {

// Contacts on the skin at a time (seconds); must be deterministic in its argument,
// and the same function of time in every advanceTo() until reset().
using ContactSource = std::function<std::vector<Contact>(double timeS)>;

// Sees samples in time order, right after each one's pressure is computed, so
// that at sample k it has seen samples 0..k once each, whatever jumps led there:
// a jump back shows it the samples again from 0 (sample 0 means start over),
// unless it follows the checkpoints (ObserverCheckpoints) and is restored to one.
using SampleObserver = std::function<void(std::int64_t sampleIndex, double timeS, const PressureField& field)>;

// How an observer follows the integrator's checkpoints (one alone counts as none). With
// them, a checkpoint keeps save()'s value (the observer's state after the samples
// before the checkpoint) and a restore hands it back to restore(), after which the
// observer sees the samples from the checkpoint on. Without them the integrator
// keeps no checkpoints, so that observer sees every sample again from 0 after a
// jump back, as a plain recompute would show it.
struct ObserverCheckpoints {
    std::function<std::any()> save;
    std::function<void(const std::any& state)> restore;
};

// Time constant of the afterglow, seconds. A thumb (contact ~2 cm across) gliding
// at 5-10 cm/s leaves a trail glowing above e^-1 for 2-3.5 cm behind it, so the
// stroke shows beside the hand, and it fades to ~6 % within a second, so the
// picture stays about the present stroke rather than reading as a dose.
constexpr double kAfterglowTauS = 0.35;
// Fraction of its setting pressure below which a glow counts as 0: invisible on
// the heat map (far under the colour ramp's fade-in), and it bounds the decay
// table, so skin pressed long ago costs afterglow() one comparison.
constexpr double kAfterglowCutoff = 0.005;
// Samples between checkpoints, in seconds of the sample grid: a jump costs at
// most this much computing (~0.05 ms per sample for a shipped technique on the
// built-in body: under 10 ms), and a 90 s technique keeps 45 checkpoints.
constexpr double kCheckpointIntervalS = 2.0;
// Samples per second of technique time (a 60 Hz display shows each one).
constexpr double kDoseSampleHz = 60.0;

class DoseIntegrator {
public:
    // sampleHz <= 0 or non-finite is replaced by kDoseSampleHz, afterglowTauS < 0 or
    // non-finite by kAfterglowTauS. afterglowTauS 0 means no afterglow
    // (afterglow() == live()) and saves its per-sample cost, for callers that
    // never display it. Keeps a reference to skin.
    explicit DoseIntegrator(const SkinSurface& skin, double sampleHz = kDoseSampleHz, PressureFieldOptions options = {},
                            double afterglowTauS = kAfterglowTauS);

    // Brings live, peak, dose and afterglow to time t (seconds; negative or
    // non-finite counts as 0). Costs one contact evaluation per sample from the
    // latest checkpoint or current sample at or before t, whichever is later (at
    // most one checkpoint interval for a jump back; every sample since 0 with an
    // observer lacking checkpoints), so callers clamp t to the technique's duration.
    void advanceTo(double timeS, const ContactSource& source);
    // Back to t = 0 with nothing accumulated and no checkpoints (a different
    // source may follow).
    void reset();
    // Starts over as reset() does, so the observer sees every sample from 0 (and
    // no checkpoint holds another observer's state).
    void setObserver(SampleObserver observer, ObserverCheckpoints checkpoints = {});

    double time() const { return time_; }
    double sampleHz() const { return hz_; }
    double afterglowTauS() const { return tauS_; }
    std::int64_t sampleIndex(double timeS) const;  // floor(t * hz), robust to rounding
    std::int64_t samplesEvaluated() const { return held_ + 1; }
    // Checkpoint k holds the state before sample (k + 1) * checkpointInterval().
    std::int64_t checkpointInterval() const { return interval_; }  // samples
    std::size_t checkpointCount() const { return checkpoints_.size(); }
    // Heap bytes the checkpoints hold, not counting the observer's saved states.
    std::size_t checkpointBytes() const;

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

    // What the samples of one checkpoint interval changed, per vertex they loaded:
    // state before sample (k + 1) * interval_ = zero state + checkpoints 0..k.
    struct Checkpoint {
        std::vector<std::uint32_t> ids;
        std::vector<double> committed;
        std::vector<float> peak;
        std::vector<float> glowKPa;  // empty when tau is 0
        std::vector<std::int64_t> glowSample;
        std::any observer;  // ObserverCheckpoints::save() there, empty without an observer
    };
    SampleObserver observer_;
    ObserverCheckpoints observerCheckpoints_;
    std::int64_t interval_;
    std::vector<Checkpoint> checkpoints_;
    std::vector<std::uint32_t> changed_;  // vertices loaded since the latest checkpoint
    std::vector<std::uint8_t> isChanged_;

    bool keepsCheckpoints() const { return !observer_ || (observerCheckpoints_.save && observerCheckpoints_.restore); }
    void evaluateSample(std::int64_t k, const ContactSource& source);
    void commitHeld();
    void passCheckpoint(std::int64_t nextSample);
    void restore(std::size_t checkpoints);  // the state before sample checkpoints * interval_
    double decayOver(std::int64_t samples) const;  // d^samples, 0 past the cutoff
};

}  // namespace backrub
