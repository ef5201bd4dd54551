#include "app/Visualization.h"

#include "app/SceneSource.h"
#include "core/technique/TechniqueChoice.h"
#include "core/technique/UserTechniques.h"

#include <cstdio>

namespace backrub::app {

bool Visualization::load(const CommandLine& cl) {
    problems.clear();
    CommandLine source = cl;  // what was loaded: the model asked for, or the generated body instead
    std::optional<SceneData> loaded = loadSceneFor(source, problems);
    label = sceneLabel(source);
    if (!loaded) {
        source.model.clear();
        loaded = loadSceneFor(source, problems);
        label = sceneLabel(source) + " (could not open " + cl.model + ")";
    }
    if (!loaded) return false;
    scene = std::move(*loaded);
    bodyProblems.clear();
    body = Body::fromScene(scene, cl.model.empty() ? label : cl.model, bodyProblems);
    table.reset();
    if (body) table = tableFor(source, *body);
    if (library.techniques.empty()) library = loadTechniques(userTechniquesFolder());
    return true;
}

bool Visualization::selectTechnique(const std::string& id, PressureLevel level, std::string& error) {
    session.reset();
    if (id.empty()) return true;
    session = makeSession(id, level, error);
    return session != nullptr;
}

std::unique_ptr<TechniqueSession> Visualization::makeSession(const std::string& id, PressureLevel level, std::string& error) {
    const Technique* technique = chooseTechnique(library, id, error);
    if (!technique) return nullptr;
    if (!body) {
        error = "this model does not follow docs/model-format.md (skin layer with regions, landmarks), so techniques "
                "cannot play on it:\n" + formatProblems(bodyProblems);
        return nullptr;
    }
    return std::make_unique<TechniqueSession>(*technique, *body, thresholds, level);
}

bool Visualization::loadForCommand(const CommandLine& cl) {
    if (!load(cl) || !problems.empty()) {
        printProblems(problems);
        return false;
    }
    std::string error;
    if (!selectTechnique(cl.technique, cl.pressure, error)) {
        std::fprintf(stderr, "backrub: %s\n", error.c_str());
        return false;
    }
    return true;
}

RegionReport Visualization::regionReport() const {
    return regionReportOf(*body, session->technique(), session->level(), thresholds, session->engine().areas());
}

RegionReport regionReportOf(const Body& body, const Technique& technique, PressureLevel level,
                            const ThresholdTable& thresholds, const ContactAreas& areas) {
    const StrokeEngine engine(technique, body, areas);
    const ContactSource source = [&engine, level](double t) { return engine.evaluate(t, level).contacts; };
    ReportOptions options;
    options.field.areas = areas;  // the session's one contact-area table
    RegionReport report = computeRegionReport(body, source, engine.duration(), thresholds, options);
    report.technique = technique.id;  // a file's id, not its path
    report.pressure = pressureLevelId(level);
    return report;
}

}  // namespace backrub::app
