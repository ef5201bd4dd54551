// `backrub report --technique ID|FILE.json [--pressure LEVEL] [--json]`: per-region pressure
// figures and safety warnings for a whole technique, sampled at 60 Hz.
#include "app/Commands.h"
#include "app/Visualization.h"
#include "core/pressure/ReportFormat.h"

#include <cstdio>

namespace backrub::app {

int runReport(const CommandLine& cl) {
    Visualization vis;
    if (!vis.loadForCommand(cl)) return 1;
    const RegionReport report = vis.regionReport();
    const std::string text = cl.json ? formatReportJson(report) : formatReportText(report);
    std::fputs(text.c_str(), stdout);
    return 0;
}

}  // namespace backrub::app
