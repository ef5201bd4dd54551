#pragma once
// Where the displayed scene comes from: a user's glTF/GLB (`--model F`, through
// the validated loader) or the generated body (`--body female|male`).
#include "core/session/CommandLine.h"
#include "core/base/Problem.h"
#include "core/base/SceneData.h"

#include <optional>
#include <string>

namespace backrub::app {

// nullopt with problems (each `FILE: LOCATION: message`) when the model is invalid.
std::optional<SceneData> loadSceneFor(const CommandLine& cl, Problems& problems);
// "model.glb" or "generated female body".
std::string sceneLabel(const CommandLine& cl);

// Prints problems to stderr, one per line.
void printProblems(const Problems& problems);

}  // namespace backrub::app
