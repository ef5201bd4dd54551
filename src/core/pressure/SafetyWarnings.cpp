#include "core/pressure/SafetyWarnings.h"

#include <cstdio>

namespace backrub {

const char* warningKindId(WarningKind k) { return k == WarningKind::CareZone ? "care_zone" : "pain_threshold"; }

std::string SafetyWarning::message() const {
    char head[128];
    // The duration to a tenth of a second; under a second (a brush listed because it was
    // far over) to a hundredth.
    const double d = durationS();
    std::snprintf(head, sizeof head, "%.2f-%.2f s (%.*f s): %.0f kPa on ", startS, endS, d < 1.0 ? 2 : 1, d,
                  static_cast<double>(peakKPa));
    std::string m = head;
    m += regionName(region);
    if (!landmark.empty()) m += " near " + landmark;
    char tail[64];
    std::snprintf(tail, sizeof tail, "%.0f kPa", static_cast<double>(limitKPa));
    if (kind == WarningKind::CareZone)
        m += std::string(", above its safe limit of ") + tail + " (bone or sensitive zone: ease off)";
    else
        m += std::string(", above its pain threshold of ") + tail;
    return m;
}

const char* SafetyWarning::plainAdvice() const {
    if (kind == WarningKind::PainThreshold) return "This would hurt: press lighter";
    switch (region) {
        case Region::SpineLine: return "Too hard on the spine: move a thumb's width out";
        case Region::KidneyL:
        case Region::KidneyR: return "Too hard over the kidneys: lighten up here";
        case Region::FlankL:
        case Region::FlankR: return "Too hard over the floating ribs: ease off";
        default: return "Too hard on a sensitive spot: ease off";
    }
}

bool SafetyWarning::operator==(const SafetyWarning& o) const {
    return kind == o.kind && region == o.region && startS == o.startS && endS == o.endS && overS == o.overS &&
           peakTimeS == o.peakTimeS && peakKPa == o.peakKPa && limitKPa == o.limitKPa && position == o.position &&
           normal == o.normal && landmark == o.landmark && latestPosition == o.latestPosition &&
           latestNormal == o.latestNormal;
}

bool SafetyOptions::listed(const SafetyWarning& w) const {
    // overS sums sample holds: 15 samples of 1/60 s count as 0.25 s, rounding aside.
    return w.overS >= minOverS - 1e-9 || w.peakKPa >= farOverRatio * w.limitKPa;
}

SafetyMonitor::SafetyMonitor(const SkinSurface& skin, const ThresholdTable& thresholds, std::vector<Landmark> landmarks,
                             SafetyOptions options)
    : skin_(skin), landmarks_(std::move(landmarks)), options_(options), limits_(skin.positions.size()) {
    for (std::size_t v = 0; v < limits_.size(); ++v) {
        const Region base = v < skin.baseRegion.size() ? skin.baseRegion[v] : Region::Other;
        const Region overlay = v < skin.overlayRegion.size() ? skin.overlayRegion[v] : Region::None;
        VertexLimits& l = limits_[v];
        l.careKPa = thresholds.vertexSafeLimitKPa(base, overlay, &l.careZone);
        l.pptRegion = thresholds.vertexPptRegion(base, overlay);
        l.pptKPa = thresholds.vertexPptKPa(base, overlay);
    }
    clear();
}

void SafetyMonitor::clear() {
    state_.episodes.clear();
    for (auto& row : state_.open) row.fill(-1);
}

void SafetyMonitor::follow(DoseIntegrator& dose) {
    const double hold = 1.0 / dose.sampleHz();
    dose.setObserver([this, hold](std::int64_t k, double t, const PressureField& field) { observe(k, t, hold, field); },
                     {[this] { return std::any(state_); },
                      [this](const std::any& state) { restore(std::any_cast<const State&>(state)); }});
}

void SafetyMonitor::restore(State state) {
    state_ = std::move(state);
    for (auto& row : state_.open)
        for (int& open : row)
            if (open < -1 || open >= static_cast<int>(state_.episodes.size())) open = -1;
}

void SafetyMonitor::observe(std::int64_t sampleIndex, double timeS, double holdS, const PressureField& field) {
    if (sampleIndex == 0) clear();
    for (auto& row : sample_) row.fill(Exceed{});
    const std::vector<float>& p = field.live();
    for (std::uint32_t v : field.loadedVertices()) {
        if (v >= limits_.size()) continue;
        const VertexLimits& l = limits_[v];
        if (l.careKPa > 0.0f && p[v] > l.careKPa) {
            Exceed& e = sample_[0][static_cast<int>(l.careZone)];
            if (p[v] > e.kPa) e = {p[v], v, l.careKPa};
        }
        if (p[v] > l.pptKPa) {
            Exceed& e = sample_[1][static_cast<int>(l.pptRegion)];
            if (p[v] > e.kPa) e = {p[v], v, l.pptKPa};
        }
    }
    for (int kind = 0; kind < 2; ++kind)
        for (int r = 0; r < kRegionCount; ++r)
            if (sample_[kind][r].kPa > 0.0f)
                record(static_cast<WarningKind>(kind), static_cast<Region>(r), sample_[kind][r], timeS, holdS);
}

void SafetyMonitor::record(WarningKind kind, Region region, const Exceed& e, double timeS, double holdS) {
    std::vector<SafetyWarning>& episodes = state_.episodes;
    int& open = state_.open[static_cast<int>(kind)][static_cast<int>(region)];
    if (open < 0 || timeS > episodes[static_cast<std::size_t>(open)].endS + options_.mergeGapS) {
        SafetyWarning w;
        w.kind = kind;
        w.region = region;
        w.startS = timeS;
        open = static_cast<int>(episodes.size());
        episodes.push_back(w);
    }
    SafetyWarning& w = episodes[static_cast<std::size_t>(open)];
    w.endS = timeS + holdS;
    w.overS += holdS;
    w.latestPosition = skin_.positions[e.vertex];
    w.latestNormal = normalAt(e.vertex);
    if (e.kPa > w.peakKPa) {
        w.peakKPa = e.kPa;
        w.peakTimeS = timeS;
        w.limitKPa = e.limit;
        w.position = w.latestPosition;
        w.normal = w.latestNormal;
        w.landmark = nearestLandmark(w.position);
    }
}

glm::vec3 SafetyMonitor::normalAt(std::uint32_t vertex) const {
    return vertex < skin_.normals.size() ? skin_.normals[vertex] : glm::vec3(0.0f, 1.0f, 0.0f);
}

std::string SafetyMonitor::nearestLandmark(const glm::vec3& p) const {
    const Landmark* best = nullptr;
    float bestD2 = options_.landmarkRadiusM * options_.landmarkRadiusM;
    for (const Landmark& l : landmarks_) {
        const glm::vec3 d = l.position - p;
        const float d2 = glm::dot(d, d);
        if (d2 <= bestD2) {
            bestD2 = d2;
            best = &l;
        }
    }
    return best ? best->name : std::string();
}

std::vector<SafetyWarning> SafetyMonitor::warnings() const {
    std::vector<SafetyWarning> out;
    for (const SafetyWarning& w : state_.episodes)
        if (options_.listed(w)) out.push_back(w);
    return out;
}

std::vector<SafetyWarning> SafetyMonitor::activeAt(double timeS) const {
    std::vector<SafetyWarning> out;
    for (const SafetyWarning& w : state_.episodes)
        if (options_.listed(w) && w.activeAt(timeS)) out.push_back(w);
    return out;
}

}  // namespace backrub
