#pragma once
// Region figures for the whole technique (peak, mean while loaded, dose, share of
// the dose; each column explains itself on hover) and the pressure-over-time plot
// of one region with its axes, and buttons to save both as CSV.
#include "core/pressure/RegionReport.h"
#include "core/pressure/RegionTimeline.h"

namespace backrub::ui {

enum class RegionPanelAction { None, SaveFiguresCsv, SaveTimelineCsv };

// `selected` is the region whose plot is shown; clicking a row changes it.
RegionPanelAction drawRegionPanel(const RegionReport& report, const RegionTimeline& timeline, Region& selected,
                                  double nowS);

}  // namespace backrub::ui
