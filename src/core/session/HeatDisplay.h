#pragma once
// What the heat map shows for a playing technique: per-vertex values and the
// legend they are read on, for each heat mode. The session simulates; this
// file decides what of it is shown and on which scale.
//
// Scales tell the truth across techniques (docs/sources.md, "Heat scales"):
//  - live pressure by default on one fixed logarithmic scale for every technique,
//    from 0.2 kPa (below a palm resting on the back) to 1000 kPa (above every pain
//    threshold), with the band of the regions' pain thresholds marked; a
//    technique's own scale (its highest written pressure at the top) on request,
//    labelled as such;
//  - cumulative dose logarithmic over three decades below the highest dose so
//    far, so the coverage of gliding strokes stays visible beside a focal hold;
//  - % of pain threshold linear to 150 %, the part above 100 % marked.
#include "core/session/TechniqueSession.h"
#include "core/view/ColorMap.h"
#include "core/view/ViewSettings.h"

#include <vector>

namespace backrub {

constexpr float kLiveScaleTopKPa = 1000.0f;
constexpr float kLiveScaleDecades = 3.7f;  // down to 0.2 kPa
constexpr float kDoseScaleDecades = 3.0f;

// Per skin vertex, for the heat map:
//   Live: live pressure, with recently pressed skin fading out over about a
//     second so the stroke stays visible beside the hands (DoseIntegrator::
//     afterglow(), kPa);
//   Cumulative: dose, kPa*s;
//   Threshold: that same fading live pressure as % of the vertex's pain threshold.
// Off gives none. Display only: safety warnings and reports observe the real
// live and peak pressure.
std::vector<float> heatValues(const TechniqueSession& session, HeatMode mode);

// The legend for a heat mode, with its scale note and marked band (see above).
Legend heatLegend(const TechniqueSession& session, HeatMode mode, ColorMapId map,
                  LiveScale liveScale = LiveScale::Absolute);

// One legend for two sessions shown side by side (render --compare): the one of the two
// that reaches higher, so equal colours mean equal values on both.
Legend sharedHeatLegend(const TechniqueSession& a, const TechniqueSession& b, HeatMode mode, ColorMapId map,
                        LiveScale liveScale = LiveScale::Absolute);

// Lowest and highest pain threshold of the table's regions, kPa.
void painThresholdRange(const ThresholdTable& thresholds, float& lowKPa, float& highKPa);

}  // namespace backrub
