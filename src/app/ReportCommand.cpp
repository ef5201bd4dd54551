// `backrub report --technique ID|FILE.json [--pressure LEVEL] [--json]`: per-region pressure
// figures and safety warnings for a whole technique, sampled at 60 Hz. A second --technique
// and/or --pressure compares: both reports on the same body, side by side with B - A.
#include "app/Commands.h"
#include "app/Visualization.h"
#include "core/pressure/ReportComparison.h"
#include "core/pressure/ReportFormat.h"

#include <cstdio>

namespace backrub::app {

int runReport(const CommandLine& cl) {
    Visualization vis;
    if (!vis.loadForCommand(cl)) return 1;
    const RegionReport a = vis.regionReport();
    if (cl.compareTechnique.empty() && !cl.comparePressure) {
        const std::string text = cl.json ? formatReportJson(a) : formatReportText(a);
        std::fputs(text.c_str(), stdout);
        return 0;
    }
    std::string error;
    const std::string techniqueB = cl.compareTechnique.empty() ? cl.technique : cl.compareTechnique;
    if (!vis.selectTechnique(techniqueB, cl.comparePressure.value_or(cl.pressure), error)) {
        std::fprintf(stderr, "backrub: %s\n", error.c_str());
        return 1;
    }
    const RegionReport b = vis.regionReport();
    const std::string text = cl.json ? formatComparisonJson(a, b) : formatComparisonText(a, b);
    std::fputs(text.c_str(), stdout);
    return 0;
}

}  // namespace backrub::app
