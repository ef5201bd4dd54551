#include "app/SceneSource.h"

#include "core/bodygen/BodyModel.h"
#include "core/gltf/GltfLoader.h"

#include <cstdio>

namespace backrub::app {
namespace {

BodySize generatedSize(const CommandLine& cl) { return parseBodySize(cl.body).value_or(BodySize::Female); }

}  // namespace

std::optional<SceneData> loadSceneFor(const CommandLine& cl, Problems& problems) {
    if (cl.model.empty()) return generateBodyScene(generatedSize(cl));
    GltfLoadResult result = loadGltfFile(cl.model);
    problems.insert(problems.end(), result.problems.begin(), result.problems.end());
    if (!result.ok()) return std::nullopt;
    return std::move(result.scene);
}

std::string sceneLabel(const CommandLine& cl) {
    return cl.model.empty() ? "generated " + cl.body + " body" : cl.model;
}

std::optional<MassageTable> tableFor(const CommandLine& cl, const Body& body) {
    if (!cl.model.empty()) return std::nullopt;
    return massageTableFor(generatedSize(cl), body.skin);
}

void printProblems(const Problems& problems) { std::fputs(formatProblems(problems).c_str(), stderr); }

}  // namespace backrub::app
