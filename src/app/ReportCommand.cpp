// `backrub report --technique ID|FILE.json [--pressure LEVEL] [--json]`: per-region pressure
// figures and safety warnings for a whole technique, sampled at 60 Hz.
#include "app/Commands.h"
#include "app/Visualization.h"
#include "core/pressure/RegionReport.h"
#include "core/pressure/ReportFormat.h"

#include <cstdio>

namespace backrub::app {

int runReport(const CommandLine& cl) {
    Visualization vis;
    if (!vis.loadForCommand(cl)) return 1;
    const PressureLevel level = vis.session->level();
    const StrokeEngine& engine = vis.session->engine();
    const ContactSource source = [&engine, level](double t) { return engine.evaluate(t, level).contacts; };
    ReportOptions options;
    options.field.areas = engine.areas();  // the session's one contact-area table
    RegionReport report = computeRegionReport(*vis.body, source, engine.duration(), vis.thresholds, options);
    report.technique = vis.session->technique().id;  // a file's id, not its path
    report.pressure = pressureLevelId(cl.pressure);
    const std::string text = cl.json ? formatReportJson(report) : formatReportText(report);
    std::fputs(text.c_str(), stdout);
    return 0;
}

}  // namespace backrub::app
