#pragma once
// The region figures and the pressure-over-time series as CSV, for spreadsheets
// and handouts. Comma-separated, one header row, region ids as in
// docs/model-format.md, units in the column names, numbers with 6 significant
// digits and a dot as the decimal mark whatever the locale.
#include "core/pressure/RegionReport.h"
#include "core/pressure/RegionTimeline.h"

#include <string>

namespace backrub {

// One row per region of the report (every region, touched or not):
// region,peak_kPa,ppt_kPa,peak_percent_of_ppt,mean_loaded_kPa,dose_kPa_s,impulse_N_s,contact_s,dose_share
std::string regionFiguresCsv(const RegionReport& report);

// time_s, then one column per region whose series has any pressure (peak kPa at
// that sample), in Region order; one row per sample.
std::string regionTimelineCsv(const RegionTimeline& timeline);

}  // namespace backrub
