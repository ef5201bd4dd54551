#pragma once
// Where the displayed scene comes from: a user's glTF/GLB (`--model F`, through
// the validated loader) or the generated body (`--body female|male`).
#include "core/session/CommandLine.h"
#include "core/base/Problem.h"
#include "core/base/SceneData.h"
#include "core/body/Body.h"
#include "core/scene/MassageTable.h"

#include <optional>
#include <string>

namespace backrub::app {

// nullopt with problems (each `FILE: LOCATION: message`) when the model is invalid.
std::optional<SceneData> loadSceneFor(const CommandLine& cl, Problems& problems);
// "model.glb" or "generated female body".
std::string sceneLabel(const CommandLine& cl);
// The massage table under the generated body (its face cradle fitted to the generated head);
// none under a user's model, whose head it cannot place.
std::optional<MassageTable> tableFor(const CommandLine& cl, const Body& body);

// Prints problems to stderr, one per line.
void printProblems(const Problems& problems);

}  // namespace backrub::app
