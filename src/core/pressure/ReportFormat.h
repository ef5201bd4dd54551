#pragma once
// The region report as a plain-text table and as JSON, for `backrub report`.
// The JSON schema is documented in docs/report-format.md (format
// "backrub-report", version 1); the text is for people and may change.
#include "core/pressure/RegionReport.h"

#include <nlohmann/json.hpp>

#include <array>
#include <string>
#include <vector>

namespace backrub {

// The figures of the region table after the region's name, in order: what the text
// table and the printed handout both show, with one header and rounding.
struct ReportColumn {
    const char* header;  // "Peak kPa"
    int textWidth;       // characters in the text table
    int decimals;
    double (*value)(const RegionFigures&);
};
extern const std::array<ReportColumn, 6> kReportColumns;
inline constexpr const char* kRegionColumnHeader = "Region";

// The regions the table lists: those with contact (every region when allRegions).
std::vector<const RegionFigures*> reportRows(const RegionReport& report, bool allRegions = false);
// A figure as the table prints it ("12.3").
std::string formatReportCell(const ReportColumn& column, const RegionFigures& figures);

// A header line, one row per region with contact (all regions when allRegions),
// then the warnings, one per line, or "No warnings.".
std::string formatReportText(const RegionReport& report, bool allRegions = false);

// The whole report, every region included, pretty-printed with 2-space indents.
std::string formatReportJson(const RegionReport& report);
// The same as a JSON object, for documents that hold reports (core/pressure/ReportComparison.h).
nlohmann::ordered_json reportJson(const RegionReport& report);
// A figure rounded for JSON: stable across platforms, 0 for NaN and infinity.
double roundedForJson(double value, int decimals);

}  // namespace backrub
