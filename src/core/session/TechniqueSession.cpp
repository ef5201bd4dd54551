#include "core/session/TechniqueSession.h"

#include "core/pressure/ContactArea.h"
#include "core/technique/HandSmoothing.h"

#include <algorithm>
#include <cmath>

namespace backrub {
namespace {

float srgbToLinear(float c) { return c <= 0.04045f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f); }

// Peak of the contact kernel over its mean pressure on flat skin (PressureField.h).
constexpr float kKernelPeakOverMean = 1.5f;

}  // namespace

TechniqueSession::TechniqueSession(const Technique& technique, const Body& body, const ThresholdTable& thresholds,
                                   PressureLevel level)
    : technique_(technique),
      body_(body),
      thresholds_(thresholds),
      pptKPa_(thresholds.perVertexPptKPa(body.skin)),
      engine_(technique, body),
      level_(level) {
    resetDose();
}

void TechniqueSession::resetDose() {
    dose_ = std::make_unique<DoseIntegrator>(body_.skin);
    safety_ = std::make_unique<SafetyMonitor>(body_.skin, thresholds_, body_.landmarks);
    // The warnings follow the dose's checkpoints, so a jump back restores them too
    // instead of observing every sample again from 0.
    safety_->follow(*dose_);
    // A fixed live-pressure scale for the whole technique at this level, from the
    // written forces and contact areas, so colours mean the same kPa all along.
    const ContactAreas areas = ContactAreas::defaults();
    livePeakScaleKPa_ = 0.0f;
    for (const Step& step : technique_.steps)
        for (const Action& a : step.actions) {
            Contact c;
            c.kind = a.contact;
            c.forceN = a.forceN.at(level_);
            const float kPa = c.forceN / (areas.areaCm2(c) * 1e-4f) / 1000.0f * kKernelPeakOverMean;
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

std::vector<float> TechniqueSession::heatValues(HeatMode mode) const {
    switch (mode) {
        case HeatMode::Off: return {};
        case HeatMode::Live: return dose_->afterglow();
        case HeatMode::Cumulative: return dose_->dose();
        case HeatMode::Threshold: {
            std::vector<float> out = dose_->afterglow();
            for (std::size_t i = 0; i < out.size() && i < pptKPa_.size(); ++i) out[i] = 100.0f * out[i] / pptKPa_[i];
            return out;
        }
    }
    return {};
}

Legend TechniqueSession::heatLegend(HeatMode mode, ColorMapId map) const {
    switch (mode) {
        case HeatMode::Cumulative: {
            const auto& dose = dose_->dose();
            const float maxDose = dose.empty() ? 0.0f : *std::max_element(dose.begin(), dose.end());
            return makeLegend(HeatQuantity::Dose, maxDose, map);
        }
        case HeatMode::Threshold: return makeLegend(HeatQuantity::PercentOfThreshold, 150.0f, map);
        default: return makeLogLegend(HeatQuantity::LivePressure, livePeakScaleKPa_, map);
    }
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

std::vector<glm::vec4> heatOverlayColors(const std::vector<float>& values, const Legend& legend) {
    // One colour per 1/1023 of the scale, computed once per call instead of once per
    // vertex (sRGB decoding is the costly part, and it runs every playing frame).
    constexpr int kSteps = 1024;
    std::vector<glm::vec4> table(kSteps);
    for (int i = 0; i < kSteps; ++i) {
        const float t = float(i) / float(kSteps - 1);
        const glm::vec3 srgb = sampleColorMap(legend.map, t);
        // Low values fade in rather than darkening the skin with the bottom of the map.
        const float ramp = std::clamp(t / 0.45f, 0.0f, 1.0f);
        const float weight = ramp * ramp * (3.0f - 2.0f * ramp) * 0.92f;
        table[i] = glm::vec4(srgbToLinear(srgb.r), srgbToLinear(srgb.g), srgbToLinear(srgb.b), weight);
    }
    std::vector<glm::vec4> out(values.size(), glm::vec4(0.0f));
    for (std::size_t i = 0; i < values.size(); ++i) {
        const float v = values[i];
        if (!(v > 0.0f)) continue;
        // Any load shows: the smallest positive value takes the first step above zero.
        const int step = std::max(1, int(legend.normalized(v) * float(kSteps - 1) + 0.5f));
        out[i] = table[std::min(step, kSteps - 1)];
    }
    return out;
}

}  // namespace backrub
