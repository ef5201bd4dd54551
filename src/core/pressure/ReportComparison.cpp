#include "core/pressure/ReportComparison.h"

#include "core/base/FormatText.h"
#include "core/pressure/ReportFormat.h"

#include <iterator>

namespace backrub {
namespace {

bool hasContact(const RegionFigures* f) { return f && (f->contactS > 0.0 || f->peakKPa > 0.0f); }

// The figures a comparison shows, each with its header and rounding.
struct ComparedFigure {
    const char* header;
    const char* jsonKey;
    int decimals;
    double (*value)(const RegionFigures&);
};
constexpr ComparedFigure kCompared[] = {
    {"Peak kPa", "peakKPa", 1, [](const RegionFigures& f) { return static_cast<double>(f.peakKPa); }},
    {"Dose kPa*s", "doseKPaS", 1, [](const RegionFigures& f) { return static_cast<double>(f.doseKPaS); }},
    {"Share %", "doseSharePercent", 1, [](const RegionFigures& f) { return 100.0 * f.doseShare; }},
};
constexpr int kCellWidth = 7;  // characters per number in the text table

double valueOr0(const ComparedFigure& c, const RegionFigures* f) { return f ? c.value(*f) : 0.0; }

}  // namespace

std::vector<RegionPair> pairRegions(const RegionReport& a, const RegionReport& b, bool allRegions) {
    std::vector<RegionPair> pairs;
    auto add = [&](Region region) {
        for (const RegionPair& p : pairs)
            if (p.region == region) return;
        RegionPair p{region, a.find(region), b.find(region)};
        if (allRegions || hasContact(p.a) || hasContact(p.b)) pairs.push_back(p);
    };
    for (const RegionFigures& f : a.regions) add(f.region);
    for (const RegionFigures& f : b.regions) add(f.region);
    return pairs;
}

std::string reportSideName(const RegionReport& r) {
    return (r.technique.empty() ? std::string("(unnamed)") : r.technique) + ", " + (r.pressure.empty() ? "-" : r.pressure) + " pressure";
}

std::string formatComparisonText(const RegionReport& a, const RegionReport& b, bool allRegions) {
    std::string out;
    out += formatText("A: %s: %.1f s, total impulse %.1f N*s\n", reportSideName(a).c_str(), a.durationS, a.totalImpulseNs);
    out += formatText("B: %s: %.1f s, total impulse %.1f N*s\n", reportSideName(b).c_str(), b.durationS, b.totalImpulseNs);
    // Two header lines: each figure over its three columns, then A, B and B-A under it.
    const int groupWidth = 3 * (kCellWidth + 1);
    out += formatText("%-30s", "");
    for (const ComparedFigure& c : kCompared) out += formatText(" %*s", groupWidth - 1, c.header);
    out += "\n";
    out += formatText("%-30s", kRegionColumnHeader);
    for (std::size_t i = 0; i < std::size(kCompared); ++i) out += formatText(" %*s %*s %*s", kCellWidth, "A", kCellWidth, "B", kCellWidth, "B-A");
    out += "\n";
    for (const RegionPair& p : pairRegions(a, b, allRegions)) {
        out += formatText("%-30s", regionName(p.region));
        for (const ComparedFigure& c : kCompared) {
            const double va = valueOr0(c, p.a), vb = valueOr0(c, p.b);
            out += formatText(" %*.*f %*.*f %+*.*f", kCellWidth, c.decimals, va, kCellWidth, c.decimals, vb, kCellWidth, c.decimals, vb - va);
        }
        out += "\n";
    }
    for (const auto& [side, r] : {std::pair{"A", &a}, std::pair{"B", &b}}) {
        if (r->warnings.empty()) {
            out += formatText("%s: no warnings.\n", side);
            continue;
        }
        out += formatText("%s: warnings (%zu):\n", side, r->warnings.size());
        for (const SafetyWarning& w : r->warnings) out += "  " + w.message() + "\n";
    }
    return out;
}

std::string formatComparisonJson(const RegionReport& a, const RegionReport& b) {
    using nlohmann::ordered_json;
    ordered_json j;
    j["format"] = "backrub-report-comparison";
    j["version"] = 1;
    j["a"] = reportJson(a);
    j["b"] = reportJson(b);
    ordered_json differences = ordered_json::array();
    for (const RegionPair& p : pairRegions(a, b, true)) {
        ordered_json e;
        e["id"] = regionId(p.region);
        for (const ComparedFigure& c : kCompared) e[c.jsonKey] = roundedForJson(valueOr0(c, p.b) - valueOr0(c, p.a), c.decimals + 2);
        e["warningsA"] = 0;
        e["warningsB"] = 0;
        for (const auto& [key, r] : {std::pair{"warningsA", &a}, std::pair{"warningsB", &b}})
            for (const SafetyWarning& w : r->warnings)
                if (w.region == p.region) e[key] = e[key].get<int>() + 1;
        differences.push_back(e);
    }
    j["differences"] = differences;
    return j.dump(2) + "\n";
}

}  // namespace backrub
