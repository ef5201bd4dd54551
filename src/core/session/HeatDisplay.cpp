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

Legend heatLegend(const TechniqueSession& session, HeatMode mode, ColorMapId map) {
    switch (mode) {
        case HeatMode::Cumulative: {
            const auto& dose = session.dose().dose();
            const float maxDose = dose.empty() ? 0.0f : *std::max_element(dose.begin(), dose.end());
            return makeLegend(HeatQuantity::Dose, maxDose, map);
        }
        case HeatMode::Threshold: return makeLegend(HeatQuantity::PercentOfThreshold, 150.0f, map);
        default: return makeLogLegend(HeatQuantity::LivePressure, session.livePeakScaleKPa(), map);
    }
}

}  // namespace backrub
