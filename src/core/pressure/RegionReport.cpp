#include "core/pressure/RegionReport.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace backrub {
namespace {

struct Accumulator {
    double pressureAreaTime = 0.0;  // sum p * A * w over loaded vertices
    double areaTime = 0.0;          // sum A * w over loaded vertices
    bool loadedNow = false;
};

Region baseOf(const SkinSurface& skin, std::size_t v) { return v < skin.baseRegion.size() ? skin.baseRegion[v] : Region::Other; }
Region overlayOf(const SkinSurface& skin, std::size_t v) {
    return v < skin.overlayRegion.size() ? skin.overlayRegion[v] : Region::None;
}

}  // namespace

const RegionFigures* RegionReport::find(Region r) const {
    for (const RegionFigures& f : regions)
        if (f.region == r) return &f;
    return nullptr;
}

RegionReport computeRegionReport(const SkinSurface& skin, const ContactSource& source, double durationS,
                                 const ThresholdTable& thresholds, const ReportOptions& options) {
    if (!std::isfinite(durationS) || durationS < 0.0) durationS = 0.0;
    RegionReport report;
    report.durationS = durationS;
    report.loadedKPa = options.loadedKPa;

    DoseIntegrator dose(skin, options.sampleHz, options.field, 0.0);  // a report needs no afterglow
    report.sampleHz = dose.sampleHz();
    const double dt = 1.0 / dose.sampleHz();
    SafetyMonitor safety(skin, thresholds, options.landmarks, options.safety);
    std::array<Accumulator, kRegionCount> acc{};
    std::array<RegionFigures, kRegionCount> fig{};
    const std::vector<float>& area = dose.field().vertexAreas();

    dose.setObserver([&](std::int64_t k, double t, const PressureField& field) {
        const double hold = std::clamp(durationS - t, 0.0, dt);
        for (Accumulator& a : acc) a.loadedNow = false;
        const std::vector<float>& p = field.live();
        for (std::uint32_t v : field.loadedVertices()) {
            for (Region r : {baseOf(skin, v), overlayOf(skin, v)}) {
                const auto i = static_cast<std::size_t>(r);
                if (r == Region::None || i >= acc.size()) continue;
                fig[i].peakKPa = std::max(fig[i].peakKPa, p[v]);
                if (!(p[v] > options.loadedKPa)) continue;
                acc[i].pressureAreaTime += static_cast<double>(p[v]) * area[v] * hold;
                acc[i].areaTime += static_cast<double>(area[v]) * hold;
                acc[i].loadedNow = true;
            }
        }
        for (std::size_t i = 0; i < acc.size(); ++i)
            if (acc[i].loadedNow) fig[i].contactS += hold;
        if (hold > 0.0) safety.observe(k, t, hold, field);
    });
    dose.advanceTo(durationS, source);

    for (std::size_t v = 0; v < skin.positions.size(); ++v) {
        const float d = dose.dose()[v];
        if (!(d > 0.0f)) continue;
        const double impulse = static_cast<double>(d) * area[v] * 1000.0;  // kPa*s*m^2 -> N*s
        report.totalImpulseNs += impulse;
        for (Region r : {baseOf(skin, v), overlayOf(skin, v)}) {
            const auto i = static_cast<std::size_t>(r);
            if (r == Region::None || i >= fig.size()) continue;
            fig[i].doseKPaS = std::max(fig[i].doseKPaS, d);
            fig[i].impulseNs += impulse;
        }
    }
    for (int i = 1; i < kRegionCount; ++i) {
        RegionFigures f = fig[static_cast<std::size_t>(i)];
        f.region = static_cast<Region>(i);
        f.pptKPa = thresholds.get(f.region).pptKPa > 0.0f ? thresholds.get(f.region).pptKPa : kFallbackPptKPa;
        f.peakPercentOfPpt = 100.0f * f.peakKPa / f.pptKPa;
        const Accumulator& a = acc[static_cast<std::size_t>(i)];
        f.meanLoadedKPa = a.areaTime > 0.0 ? static_cast<float>(a.pressureAreaTime / a.areaTime) : 0.0f;
        f.doseShare = report.totalImpulseNs > 0.0 ? f.impulseNs / report.totalImpulseNs : 0.0;
        report.regions.push_back(f);
    }
    report.warnings = safety.warnings();
    return report;
}

RegionReport computeRegionReport(const Body& body, const ContactSource& source, double durationS,
                                 const ThresholdTable& thresholds, ReportOptions options) {
    options.landmarks = body.landmarks;
    return computeRegionReport(body.skin, source, durationS, thresholds, options);
}

}  // namespace backrub
