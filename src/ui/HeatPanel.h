#pragma once
// Pressure level, heat-map mode and colour map, and the legend of the heat map.
#include "core/view/ColorMap.h"
#include "core/view/HeatOverlay.h"
#include "core/technique/Technique.h"
#include "core/view/ViewSettings.h"

#include <optional>

namespace backrub::ui {

// Returns true when the pressure level changed.
bool drawHeatPanel(PressureLevel& level, ViewSettings& settings);

// A horizontal colour bar with tick labels, `width` pixels wide.
void drawLegend(const Legend& legend, float width);

}  // namespace backrub::ui
