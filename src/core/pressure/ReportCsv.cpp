#include "core/pressure/ReportCsv.h"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace backrub {
namespace {

// %g with the C locale's dot (snprintf follows LC_NUMERIC, which the program never changes).
std::string number(double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%.6g", v);
    return text;
}

}  // namespace

std::string regionFiguresCsv(const RegionReport& report) {
    std::string out =
        "region,peak_kPa,ppt_kPa,peak_percent_of_ppt,mean_loaded_kPa,dose_kPa_s,impulse_N_s,contact_s,dose_share\n";
    for (const RegionFigures& f : report.regions) {
        out += regionId(f.region);
        for (double v : {double(f.peakKPa), double(f.pptKPa), double(f.peakPercentOfPpt), double(f.meanLoadedKPa),
                         double(f.doseKPaS), f.impulseNs, f.contactS, f.doseShare})
            out += "," + number(v);
        out += "\n";
    }
    return out;
}

std::string regionTimelineCsv(const RegionTimeline& timeline) {
    std::vector<int> columns;
    std::size_t samples = 0;
    for (int r = 1; r < kRegionCount; ++r) {
        const auto& series = timeline.peakKPa[static_cast<std::size_t>(r)];
        bool loaded = false;
        for (float v : series) loaded = loaded || v > 0.0f;
        if (!loaded) continue;
        columns.push_back(r);
        samples = std::max(samples, series.size());
    }
    std::string out = "time_s";
    for (int r : columns) out += std::string(",") + regionId(static_cast<Region>(r));
    out += "\n";
    const double hz = timeline.sampleHz > 0.0 ? timeline.sampleHz : 1.0;
    for (std::size_t i = 0; i < samples; ++i) {
        out += number(double(i) / hz);
        for (int r : columns) {
            const auto& series = timeline.peakKPa[static_cast<std::size_t>(r)];
            out += "," + number(i < series.size() ? series[i] : 0.0f);
        }
        out += "\n";
    }
    return out;
}

}  // namespace backrub
