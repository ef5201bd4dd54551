#pragma once
// Region figures for the whole technique (peak, mean while loaded, dose, time in
// contact, share of the dose) and the pressure-over-time plot of one region.
#include "core/pressure/RegionReport.h"
#include "core/pressure/RegionTimeline.h"

namespace backrub::ui {

// `selected` is the region whose plot is shown; clicking a row changes it.
void drawRegionPanel(const RegionReport& report, const RegionTimeline& timeline, Region& selected, double nowS);

}  // namespace backrub::ui
