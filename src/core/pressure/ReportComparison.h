#pragma once
// Two region reports side by side, for `backrub report --technique A --technique B` (or one
// technique at two `--pressure` levels): each region's figures for A and B and the change
// from A to B, as a text table and as JSON (format "backrub-report-comparison", version 1,
// docs/report-format.md).
#include "core/pressure/RegionReport.h"

#include <string>
#include <vector>

namespace backrub {

// One region's figures in A and B (nullptr where a report lacks the region).
struct RegionPair {
    Region region = Region::None;
    const RegionFigures* a = nullptr;
    const RegionFigures* b = nullptr;
};

// The regions of either report, in A's order then any only B has; with contact in A or B
// (every region when allRegions).
std::vector<RegionPair> pairRegions(const RegionReport& a, const RegionReport& b, bool allRegions = false);

// How the two sides are named in the text: "spine-line, moderate pressure".
std::string reportSideName(const RegionReport& r);

// A header naming A and B; per region peak kPa, dose kPa*s and share % of A, of B and B - A;
// then the warnings of each side.
std::string formatComparisonText(const RegionReport& a, const RegionReport& b, bool allRegions = false);

// Both whole reports ("a", "b": as formatReportJson) and, per region, B - A of each figure.
std::string formatComparisonJson(const RegionReport& a, const RegionReport& b);

}  // namespace backrub
