#include "core/session/TechniqueSession.h"

#include "core/technique/HandSmoothing.h"

#include <algorithm>
#include <cmath>

namespace backrub {
TechniqueSession::TechniqueSession(const Technique& technique, const Body& body, const ThresholdTable& thresholds,
                                   PressureLevel level, const ContactAreas& areas, const SafetyOptions& safety)
    : technique_(technique),
      body_(body),
      thresholds_(thresholds),
      safetyOptions_(safety),
      pptKPa_(thresholds.perVertexPptKPa(body.skin)),
      engine_(technique, body, areas),
      level_(level) {
    resetDose();
}

void TechniqueSession::resetDose() {
    PressureFieldOptions field;
    field.areas = engine_.areas();
    dose_ = std::make_unique<DoseIntegrator>(body_.skin, kDoseSampleHz, field);
    safety_ = std::make_unique<SafetyMonitor>(body_.skin, thresholds_, body_.landmarks, safetyOptions_);
    // The warnings follow the dose's checkpoints, so a jump back restores them too
    // instead of observing every sample again from 0.
    safety_->follow(*dose_);
    // A fixed live-pressure scale for the whole technique at this level, from the
    // written forces and contact areas, so colours mean the same kPa all along.
    livePeakScaleKPa_ = 0.0f;
    for (const Step& step : technique_.steps)
        for (const Action& a : step.actions) {
            Contact c;
            c.kind = a.contact;
            c.forceN = a.forceN.at(level_);
            const float kPa = PressureField::peakPressureKPa(c.forceN, engine_.areas().areaCm2(c));
            livePeakScaleKPa_ = std::max(livePeakScaleKPa_, kPa);
        }
    time_ = 0.0;
}

void TechniqueSession::setLevel(PressureLevel level) {
    if (level == level_) return;
    level_ = level;
    trailCache_.clear();  // forces differ per level
    resetDose();
}

void TechniqueSession::update(double timeS) {
    time_ = std::clamp(timeS, 0.0, duration());
    engine_.evaluate(time_, level_, frame_);
    smoothHands(engine_, time_, level_, frame_, scratch_);
    const StrokeEngine& engine = engine_;
    const PressureLevel level = level_;
    dose_->advanceTo(time_, [&engine, level](double t) { return engine.evaluate(t, level).contacts; });
}

std::array<std::vector<TrailSample>, 2> TechniqueSession::trails(double fromS, double toS, double stepS) const {
    std::array<std::vector<TrailSample>, 2> out;
    if (!(stepS > 0.0) || !std::isfinite(fromS) || !std::isfinite(toS)) return out;
    if (stepS != trailStep_) {
        trailCache_.clear();
        trailStep_ = stepS;
    }
    fromS = std::max(fromS, 0.0);
    toS = std::min(toS, duration());
    const auto first = static_cast<std::int64_t>(std::ceil(fromS / stepS - 1e-9));
    const auto last = static_cast<std::int64_t>(std::floor(toS / stepS + 1e-9));
    // Keep the cache to a window around the request so it never grows without bound.
    trailCache_.erase(trailCache_.begin(), trailCache_.lower_bound(first - 200));
    trailCache_.erase(trailCache_.upper_bound(last + 200), trailCache_.end());
    StrokeEngine::Frame f;
    for (std::int64_t k = first; k <= last; ++k) {
        auto it = trailCache_.find(k);
        if (it == trailCache_.end()) {
            const double t = double(k) * stepS;
            engine_.evaluate(t, level_, f);
            std::array<std::optional<TrailSample>, 2> samples;
            for (int hand = 0; hand < 2; ++hand) {
                const HandPose& pose = f.hands[hand];
                if (!pose.inUse) continue;
                TrailSample s;
                s.timeS = t;
                s.position = pose.contactPoint;
                for (int c = 0; c < pose.contactCount; ++c) {
                    const Contact& contact = f.contacts[pose.firstContact + c];
                    s.forceN += contact.forceN;
                    if (c == 0) s.normal = contact.normal;
                }
                samples[hand] = s;
            }
            it = trailCache_.emplace(k, samples).first;
        }
        for (int hand = 0; hand < 2; ++hand)
            if (it->second[hand]) out[hand].push_back(*it->second[hand]);
    }
    return out;
}

}  // namespace backrub
