#include "core/pressure/ReportFormat.h"

#include "core/base/FormatText.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace backrub {

// Rounds for JSON so the file reads cleanly and is stable across platforms.
double roundedForJson(double v, int decimals) {
    if (!std::isfinite(v)) return 0.0;
    const double scale = std::pow(10.0, decimals);
    return std::round(v * scale) / scale;
}

const std::array<ReportColumn, 6> kReportColumns{{
    {"Peak kPa", 9, 1, [](const RegionFigures& f) { return static_cast<double>(f.peakKPa); }},
    {"% PPT", 7, 0, [](const RegionFigures& f) { return static_cast<double>(f.peakPercentOfPpt); }},
    {"Mean kPa", 9, 1, [](const RegionFigures& f) { return static_cast<double>(f.meanLoadedKPa); }},
    {"Dose kPa*s", 11, 1, [](const RegionFigures& f) { return static_cast<double>(f.doseKPaS); }},
    {"Contact s", 9, 2, [](const RegionFigures& f) { return f.contactS; }},
    {"Share %", 7, 1, [](const RegionFigures& f) { return 100.0 * f.doseShare; }},
}};

std::vector<const RegionFigures*> reportRows(const RegionReport& report, bool allRegions) {
    std::vector<const RegionFigures*> rows;
    for (const RegionFigures& f : report.regions)
        if (allRegions || f.contactS > 0.0 || f.peakKPa > 0.0f) rows.push_back(&f);
    return rows;
}

std::string formatReportCell(const ReportColumn& column, const RegionFigures& figures) {
    return formatText("%.*f", column.decimals, column.value(figures));
}

std::string formatReportText(const RegionReport& r, bool allRegions) {
    std::string out;
    out += formatText("Technique %s, %s pressure: %.1f s sampled at %.0f Hz; total impulse %.1f N*s\n",
                r.technique.empty() ? "(unnamed)" : r.technique.c_str(), r.pressure.empty() ? "-" : r.pressure.c_str(),
                r.durationS, r.sampleHz, r.totalImpulseNs);
    out += formatText("%-30s", kRegionColumnHeader);
    for (const ReportColumn& c : kReportColumns) out += formatText(" %*s", c.textWidth, c.header);
    out += "\n";
    for (const RegionFigures* f : reportRows(r, allRegions)) {
        out += formatText("%-30s", regionName(f->region));
        for (const ReportColumn& c : kReportColumns) out += formatText(" %*s", c.textWidth, formatReportCell(c, *f).c_str());
        out += "\n";
    }
    if (r.warnings.empty()) {
        out += "No warnings.\n";
    } else {
        out += formatText("Warnings (%zu):\n", r.warnings.size());
        for (const SafetyWarning& w : r.warnings) out += "  " + w.message() + "\n";
    }
    return out;
}

std::string formatReportJson(const RegionReport& r) { return reportJson(r).dump(2) + "\n"; }

nlohmann::ordered_json reportJson(const RegionReport& r) {
    using nlohmann::ordered_json;
    ordered_json j;
    j["format"] = "backrub-report";
    j["version"] = 1;
    j["technique"] = r.technique;
    j["pressure"] = r.pressure;
    j["durationS"] = roundedForJson(r.durationS, 3);
    j["sampleHz"] = roundedForJson(r.sampleHz, 3);
    j["loadedKPa"] = roundedForJson(r.loadedKPa, 3);
    j["totalImpulseNs"] = roundedForJson(r.totalImpulseNs, 3);
    ordered_json regions = ordered_json::array();
    for (const RegionFigures& f : r.regions) {
        ordered_json e;
        e["id"] = regionId(f.region);
        e["name"] = regionName(f.region);
        e["overlay"] = isOverlayRegion(f.region);
        e["peakKPa"] = roundedForJson(f.peakKPa, 2);
        e["pptKPa"] = roundedForJson(f.pptKPa, 2);
        e["peakPercentOfPpt"] = roundedForJson(f.peakPercentOfPpt, 2);
        e["meanLoadedKPa"] = roundedForJson(f.meanLoadedKPa, 2);
        e["doseKPaS"] = roundedForJson(f.doseKPaS, 3);
        e["impulseNs"] = roundedForJson(f.impulseNs, 4);
        e["contactS"] = roundedForJson(f.contactS, 4);
        e["doseShare"] = roundedForJson(f.doseShare, 5);
        regions.push_back(e);
    }
    j["regions"] = regions;
    ordered_json warnings = ordered_json::array();
    for (const SafetyWarning& w : r.warnings) {
        ordered_json e;
        e["kind"] = warningKindId(w.kind);
        e["region"] = regionId(w.region);
        e["startS"] = roundedForJson(w.startS, 4);
        e["endS"] = roundedForJson(w.endS, 4);
        e["overS"] = roundedForJson(w.overS, 4);
        e["peakTimeS"] = roundedForJson(w.peakTimeS, 4);
        e["peakKPa"] = roundedForJson(w.peakKPa, 2);
        e["limitKPa"] = roundedForJson(w.limitKPa, 2);
        e["position"] = {roundedForJson(w.position.x, 5), roundedForJson(w.position.y, 5), roundedForJson(w.position.z, 5)};
        e["landmark"] = w.landmark.empty() ? ordered_json(nullptr) : ordered_json(w.landmark);
        e["message"] = w.message();
        e["advice"] = w.plainAdvice();
        warnings.push_back(e);
    }
    j["warnings"] = warnings;
    return j;
}

}  // namespace backrub
