#pragma once
// What the viewer and `render` show: the model (and the body read from it), the
// shipped and the user's techniques, and the technique playing on that body.
#include "core/body/Body.h"
#include "core/session/CommandLine.h"
#include "core/pressure/PressureThresholds.h"
#include "core/pressure/RegionReport.h"
#include "core/base/SceneData.h"
#include "core/scene/MassageTable.h"
#include "core/technique/TechniqueLibrary.h"
#include "core/session/TechniqueSession.h"

#include <memory>
#include <optional>
#include <string>

namespace backrub::app {

struct Visualization {
    SceneData scene;
    std::string label;               // "generated female body" or the model's path
    std::optional<Body> body;        // absent when the model lacks the skin/landmark convention
    Problems problems;               // model problems (the generated body is shown instead)
    Problems bodyProblems;           // why `body` is absent: only matters when a technique is asked for
    std::optional<MassageTable> table;  // under the generated body; none under a user's model
    TechniqueLibrary library;
    ThresholdTable thresholds = ThresholdTable::defaults();
    std::unique_ptr<TechniqueSession> session;

    // Loads the model named by the command line; on a bad model falls back to the
    // generated body and keeps the problems. False only when nothing can be shown.
    bool load(const CommandLine& cl);
    // Starts a technique named by id or file (TechniqueChoice.h); "" selects none.
    // False with a message for an unknown id, a file with problems or a model that
    // cannot play techniques.
    bool selectTechnique(const std::string& id, PressureLevel level, std::string& error);
    // A session of technique `id` on this body, apart from `session` (render --compare; a file
    // given by path joins the library);
    // nullptr with `error` set when the id is unknown or the model is no body.
    std::unique_ptr<TechniqueSession> makeSession(const std::string& id, PressureLevel level, std::string& error);
    // load() then selectTechnique() for `render` and `report`: any model problem
    // or technique error is printed to stderr and fails (exit code 1).
    bool loadForCommand(const CommandLine& cl);
    // The region figures of the whole technique playing (`report` and the handout's
    // closing page), named by its id and level. Needs a session.
    RegionReport regionReport() const;
};

// The region figures of `technique` played whole at `level` on `body` (the report's and the
// viewer's compare table), named by its id and level.
RegionReport regionReportOf(const Body& body, const Technique& technique, PressureLevel level,
                            const ThresholdTable& thresholds, const ContactAreas& areas);

}  // namespace backrub::app
