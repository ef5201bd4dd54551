#pragma once
// The region report as a plain-text table and as JSON, for `backrub report`.
// The JSON schema is documented in docs/report-format.md (format
// "backrub-report", version 1); the text is for people and may change.
#include "core/pressure/RegionReport.h"

#include <string>

namespace backrub {

// A header line, one row per region with contact (all regions when allRegions),
// then the warnings, one per line, or "No warnings.".
std::string formatReportText(const RegionReport& report, bool allRegions = false);

// The whole report, every region included, pretty-printed with 2-space indents.
std::string formatReportJson(const RegionReport& report);

}  // namespace backrub
