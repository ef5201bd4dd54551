#pragma once
// What the heat map shows for a playing technique: per-vertex values and the
// legend they are read on, for each heat mode. The session simulates; this
// file decides what of it is shown and on which scale.
#include "core/session/TechniqueSession.h"
#include "core/view/ColorMap.h"
#include "core/view/ViewSettings.h"

#include <vector>

namespace backrub {

// Per skin vertex, for the heat map:
//   Live: live pressure, with recently pressed skin fading out over about a
//     second so the stroke stays visible beside the hands (DoseIntegrator::
//     afterglow(), kPa);
//   Cumulative: dose, kPa*s;
//   Threshold: that same fading live pressure as % of the vertex's pain threshold.
// Off gives none. Display only: safety warnings and reports observe the real
// live and peak pressure.
std::vector<float> heatValues(const TechniqueSession& session, HeatMode mode);

// The legend for a heat mode: live pressure up to the session's live-pressure
// scale, logarithmic over two decades so a palm's few kPa read beside a thumb's
// hundred; dose (linear) up to the current maximum; threshold (linear) up to 150 %.
Legend heatLegend(const TechniqueSession& session, HeatMode mode, ColorMapId map);

}  // namespace backrub
