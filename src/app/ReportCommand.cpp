// `backrub report --technique ID [--pressure LEVEL] [--json]`: per-region pressure
// figures and safety warnings for a whole technique, sampled at 60 Hz.
#include "app/Commands.h"
#include "app/SceneSource.h"
#include "app/Visualization.h"
#include "core/RegionReport.h"
#include "core/ReportFormat.h"

#include <cstdio>

namespace backrub::app {

int runReport(const CommandLine& cl) {
    Visualization vis;
    if (!vis.load(cl) || !vis.problems.empty()) {
        printProblems(vis.problems);
        return 1;
    }
    const PressureLevel level = parsePressureLevel(cl.pressure).value_or(PressureLevel::Moderate);
    std::string error;
    if (!vis.selectTechnique(cl.technique, level, error)) {
        std::fprintf(stderr, "backrub: %s\n", error.c_str());
        return 1;
    }
    const StrokeEngine& engine = vis.session->engine();
    const ContactSource source = [&engine, level](double t) { return engine.evaluate(t, level).contacts; };
    RegionReport report = computeRegionReport(*vis.body, source, engine.duration(), vis.thresholds);
    report.technique = cl.technique;
    report.pressure = cl.pressure;
    const std::string text = cl.json ? formatReportJson(report) : formatReportText(report);
    std::fputs(text.c_str(), stdout);
    return 0;
}

}  // namespace backrub::app
