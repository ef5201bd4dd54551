#include "core/DoseIntegrator.h"

#include <algorithm>
#include <cmath>

namespace backrub {

DoseIntegrator::DoseIntegrator(const SkinSurface& skin, double sampleHz, PressureFieldOptions options)
    : field_(skin, std::move(options)),
      hz_(sampleHz > 0.0 && std::isfinite(sampleHz) ? sampleHz : 60.0),
      committed_(skin.positions.size(), 0.0),
      peak_(skin.positions.size(), 0.0f),
      dose_(skin.positions.size(), 0.0f) {}

void DoseIntegrator::reset() {
    std::fill(committed_.begin(), committed_.end(), 0.0);
    std::fill(peak_.begin(), peak_.end(), 0.0f);
    std::fill(dose_.begin(), dose_.end(), 0.0f);
    heldIds_.clear();
    heldKPa_.clear();
    held_ = -1;
    time_ = 0.0;
    field_.setContacts({});
}

std::int64_t DoseIntegrator::sampleIndex(double timeS) const {
    if (!(timeS > 0.0)) return 0;
    // A time meant to lie on the grid (k / hz) may compute as k - 1e-15.
    return static_cast<std::int64_t>(std::floor(timeS * hz_ + 1e-7));
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
    for (std::size_t i = 0; i < heldIds_.size(); ++i) {
        const std::uint32_t v = heldIds_[i];
        heldKPa_[i] = p[v];
        peak_[v] = std::max(peak_[v], p[v]);
    }
    held_ = k;
    if (observer_) observer_(k, t, field_);
}

void DoseIntegrator::advanceTo(double timeS, const ContactSource& source) {
    if (!std::isfinite(timeS) || timeS < 0.0) timeS = 0.0;
    const std::int64_t target = sampleIndex(timeS);
    if (target < held_) reset();
    const bool evaluates = held_ < target;
    while (held_ < target) {
        commitHeld();
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

}  // namespace backrub
