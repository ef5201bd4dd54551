#include "core/pressure/DoseIntegrator.h"

#include <algorithm>
#include <cmath>

namespace backrub {
namespace {

// Most samples a glow lives (its decay table's length), whatever tau and rate:
// over 18 min at 60 Hz, so in practice the cutoff alone ends a glow; it only
// bounds the table for a tau far longer than an afterglow.
constexpr std::size_t kGlowSamplesMax = std::size_t(1) << 16;

}  // namespace

DoseIntegrator::DoseIntegrator(const SkinSurface& skin, double sampleHz, PressureFieldOptions options,
                               double afterglowTauS)
    : field_(skin, std::move(options)),
      hz_(sampleHz > 0.0 && std::isfinite(sampleHz) ? sampleHz : kDoseSampleHz),
      committed_(skin.positions.size(), 0.0),
      peak_(skin.positions.size(), 0.0f),
      dose_(skin.positions.size(), 0.0f),
      tauS_(afterglowTauS >= 0.0 && std::isfinite(afterglowTauS) ? afterglowTauS : kAfterglowTauS),
      decayPerSample_(tauS_ > 0.0 ? 1.0 / (hz_ * tauS_) : 0.0),
      interval_(std::max<std::int64_t>(1, std::llround(kCheckpointIntervalS * hz_))),
      isChanged_(skin.positions.size(), 0) {
    if (tauS_ == 0.0) return;  // no afterglow: nothing to store or update
    glowKPa_.assign(skin.positions.size(), 0.0f);
    glowSample_.assign(skin.positions.size(), 0);
    // d^n as the recursion computes it, one multiplication per sample. That also
    // keeps afterglow() monotonic across sample boundaries (see there).
    const double d = std::exp(-decayPerSample_);
    for (double f = 1.0; f >= kAfterglowCutoff && decay_.size() < kGlowSamplesMax; f *= d) decay_.push_back(f);
}

void DoseIntegrator::reset() {
    checkpoints_.clear();
    restore(0);
    time_ = 0.0;
    field_.setContacts({});
}

void DoseIntegrator::setObserver(SampleObserver observer, ObserverCheckpoints checkpoints) {
    observer_ = std::move(observer);
    observerCheckpoints_ = std::move(checkpoints);
    reset();
}

std::size_t DoseIntegrator::checkpointBytes() const {
    std::size_t bytes = checkpoints_.capacity() * sizeof(Checkpoint);
    for (const Checkpoint& c : checkpoints_)
        bytes += c.ids.capacity() * sizeof(std::uint32_t) + c.committed.capacity() * sizeof(double) +
                 c.peak.capacity() * sizeof(float) + c.glowKPa.capacity() * sizeof(float) +
                 c.glowSample.capacity() * sizeof(std::int64_t);
    return bytes;
}

void DoseIntegrator::restore(std::size_t checkpoints) {
    std::fill(committed_.begin(), committed_.end(), 0.0);
    std::fill(peak_.begin(), peak_.end(), 0.0f);
    std::fill(dose_.begin(), dose_.end(), 0.0f);
    std::fill(glowKPa_.begin(), glowKPa_.end(), 0.0f);
    std::fill(glowSample_.begin(), glowSample_.end(), 0);
    // Each checkpoint holds the vertices its interval changed; replayed in order,
    // the latest value of every vertex wins.
    for (std::size_t k = 0; k < checkpoints; ++k) {
        const Checkpoint& c = checkpoints_[k];
        for (std::size_t i = 0; i < c.ids.size(); ++i) {
            const std::uint32_t v = c.ids[i];
            committed_[v] = c.committed[i];
            peak_[v] = c.peak[i];
            // Nothing is held at a checkpoint: every vertex shows its committed dose.
            dose_[v] = static_cast<float>(c.committed[i]);
            if (c.glowKPa.empty()) continue;
            glowKPa_[v] = c.glowKPa[i];
            glowSample_[v] = c.glowSample[i];
        }
    }
    for (std::uint32_t v : changed_) isChanged_[v] = 0;
    changed_.clear();
    heldIds_.clear();
    heldKPa_.clear();
    held_ = static_cast<std::int64_t>(checkpoints) * interval_ - 1;
    if (checkpoints > 0 && observer_) observerCheckpoints_.restore(checkpoints_[checkpoints - 1].observer);
}

void DoseIntegrator::passCheckpoint(std::int64_t nextSample) {
    if (nextSample == 0 || nextSample % interval_ != 0) return;
    // The checkpoint before nextSample; recorded once, as the first pass computes it.
    if (std::size_t(nextSample / interval_) == checkpoints_.size() + 1) {
        Checkpoint c;
        c.ids = changed_;
        c.committed.reserve(changed_.size());
        c.peak.reserve(changed_.size());
        for (std::uint32_t v : changed_) {
            c.committed.push_back(committed_[v]);
            c.peak.push_back(peak_[v]);
        }
        if (!glowKPa_.empty()) {
            c.glowKPa.reserve(changed_.size());
            c.glowSample.reserve(changed_.size());
            for (std::uint32_t v : changed_) {
                c.glowKPa.push_back(glowKPa_[v]);
                c.glowSample.push_back(glowSample_[v]);
            }
        }
        if (observer_) c.observer = observerCheckpoints_.save();
        checkpoints_.push_back(std::move(c));
    }
    for (std::uint32_t v : changed_) isChanged_[v] = 0;
    changed_.clear();
}

std::int64_t DoseIntegrator::sampleIndex(double timeS) const {
    if (!(timeS > 0.0)) return 0;
    // A time meant to lie on the grid (k / hz) may compute as k - 1e-15.
    return static_cast<std::int64_t>(std::floor(timeS * hz_ + 1e-7));
}

double DoseIntegrator::decayOver(std::int64_t samples) const {
    return samples >= 0 && std::uint64_t(samples) < decay_.size() ? decay_[std::size_t(samples)] : 0.0;
}

void DoseIntegrator::commitHeld() {
    const double dt = 1.0 / hz_;
    for (std::size_t k = 0; k < heldIds_.size(); ++k) {
        const std::uint32_t v = heldIds_[k];
        committed_[v] += static_cast<double>(heldKPa_[k]) * dt;
        dose_[v] = static_cast<float>(committed_[v]);
    }
}

void DoseIntegrator::evaluateSample(std::int64_t k, const ContactSource& source) {
    const double t = static_cast<double>(k) / hz_;
    field_.setContacts(source ? source(t) : std::vector<Contact>{});
    const std::vector<float>& p = field_.live();
    heldIds_ = field_.loadedVertices();
    heldKPa_.resize(heldIds_.size());
    const bool glows = !glowKPa_.empty();  // tau 0: no afterglow
    const bool tracks = keepsCheckpoints();
    for (std::size_t i = 0; i < heldIds_.size(); ++i) {
        const std::uint32_t v = heldIds_[i];
        heldKPa_[i] = p[v];
        if (tracks && !isChanged_[v]) {
            isChanged_[v] = 1;
            changed_.push_back(v);
        }
        peak_[v] = std::max(peak_[v], p[v]);
        if (!glows) continue;
        // glow_k = max(p_k, glow_{k-1} * d); unloaded vertices only decay, which
        // the stored (pressure, sample) pair already expresses.
        const double glow = double(glowKPa_[v]) * decayOver(k - glowSample_[v]);
        if (double(p[v]) >= glow) {
            glowKPa_[v] = p[v];
            glowSample_[v] = k;
        }
    }
    held_ = k;
    if (observer_) observer_(k, t, field_);
}

void DoseIntegrator::advanceTo(double timeS, const ContactSource& source) {
    if (!std::isfinite(timeS) || timeS < 0.0) timeS = 0.0;
    const std::int64_t target = sampleIndex(timeS);
    // The latest checkpoint at or before the target (0: the zero state before sample 0).
    const std::size_t checkpoint = std::min(checkpoints_.size(), std::size_t(target / interval_));
    const std::int64_t checkpointSample = static_cast<std::int64_t>(checkpoint) * interval_;
    if (target < held_ || checkpointSample > held_ + 1) restore(checkpoint);
    const bool evaluates = held_ < target;
    while (held_ < target) {
        commitHeld();
        if (keepsCheckpoints()) passCheckpoint(held_ + 1);
        evaluateSample(held_ + 1, source);
    }
    // The held sample covers [t_held, timeS]: dose_ = committed + p * partial.
    const double partial = std::max(0.0, timeS - static_cast<double>(held_) / hz_);
    for (std::size_t k = 0; k < heldIds_.size(); ++k) {
        const std::uint32_t v = heldIds_[k];
        dose_[v] = static_cast<float>(committed_[v] + static_cast<double>(heldKPa_[k]) * partial);
    }
    time_ = timeS;
    // Live pressure at t itself; on the grid it is the sample just computed.
    if (partial > 0.0 || !evaluates) field_.setContacts(source ? source(timeS) : std::vector<Contact>{});
}

std::vector<float> DoseIntegrator::afterglow() const {
    std::vector<float> out = field_.live();
    if (held_ < 0 || glowKPa_.empty()) return out;
    // glow_k * exp(-(t - t_k) / tau): the fraction of a sample since t_k is the same
    // for every vertex, so one exp serves them all. It is >= d, so a glow read just
    // before t_k+1 is never below the d^(n+1) read at t_k+1: monotonic in t.
    // Clamped at 0: sampleIndex's rounding may hold a sample starting a hair after time().
    const double sinceHeld = std::max(0.0, time_ * hz_ - double(held_));
    const double between = std::exp(-sinceHeld * decayPerSample_);
    for (std::size_t v = 0; v < out.size(); ++v) {
        if (glowKPa_[v] == 0.0f) continue;
        const double decay = decayOver(held_ - glowSample_[v]);
        if (decay == 0.0) continue;  // past the cutoff
        out[v] = std::max(out[v], static_cast<float>(double(glowKPa_[v]) * (decay * between)));
    }
    return out;
}

}  // namespace backrub
