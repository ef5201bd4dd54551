#include "core/session/HeatDisplay.h"

#include <algorithm>

namespace backrub {

std::vector<float> heatValues(const TechniqueSession& session, HeatMode mode) {
    switch (mode) {
        case HeatMode::Off: return {};
        case HeatMode::Live: return session.dose().afterglow();
        case HeatMode::Cumulative: return session.dose().dose();
        case HeatMode::Threshold: {
            std::vector<float> out = session.dose().afterglow();
            const std::vector<float>& ppt = session.pptKPa();
            for (std::size_t i = 0; i < out.size() && i < ppt.size(); ++i) out[i] = 100.0f * out[i] / ppt[i];
            return out;
        }
    }
    return {};
}

void painThresholdRange(const ThresholdTable& thresholds, float& lowKPa, float& highKPa) {
    lowKPa = 0.0f;
    highKPa = 0.0f;
    for (int r = 0; r < kRegionCount; ++r) {
        const float ppt = thresholds.get(static_cast<Region>(r)).pptKPa;
        if (!(ppt > 0.0f)) continue;
        lowKPa = lowKPa > 0.0f ? std::min(lowKPa, ppt) : ppt;
        highKPa = std::max(highKPa, ppt);
    }
}

namespace {

Legend liveLegend(const TechniqueSession& session, ColorMapId map, LiveScale scale) {
    Legend l = scale == LiveScale::Technique
                   ? makeLogLegend(HeatQuantity::LivePressure, session.livePeakScaleKPa(), map)
                   : makeLogLegend(HeatQuantity::LivePressure, kLiveScaleTopKPa, map, kLiveScaleDecades);
    l.scaleNote = scale == LiveScale::Technique ? "this technique's own scale: not comparable with others"
                                                : "same scale for every technique";
    painThresholdRange(session.thresholds(), l.bandMin, l.bandMax);
    l.bandLabel = "pain thresholds";
    return l;
}

}  // namespace

Legend heatLegend(const TechniqueSession& session, HeatMode mode, ColorMapId map, LiveScale liveScale) {
    switch (mode) {
        case HeatMode::Cumulative: {
            const auto& dose = session.dose().dose();
            const float maxDose = dose.empty() ? 0.0f : *std::max_element(dose.begin(), dose.end());
            Legend l = makeLogLegend(HeatQuantity::Dose, maxDose, map, kDoseScaleDecades);
            l.scaleNote = "logarithmic: the top is the highest dose so far";
            return l;
        }
        case HeatMode::Threshold: {
            Legend l = makeLegend(HeatQuantity::PercentOfThreshold, 150.0f, map);
            l.scaleNote = "of each spot's own pain threshold";
            l.bandMin = 100.0f;
            l.bandMax = l.maxValue;
            l.bandLabel = "over the threshold";
            return l;
        }
        default: return liveLegend(session, map, liveScale);
    }
}

Legend sharedHeatLegend(const TechniqueSession& a, const TechniqueSession& b, HeatMode mode, ColorMapId map, LiveScale liveScale) {
    Legend la = heatLegend(a, mode, map, liveScale), lb = heatLegend(b, mode, map, liveScale);
    return la.maxValue >= lb.maxValue ? la : lb;
}

}  // namespace backrub
