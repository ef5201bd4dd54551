// The validator: the loader's reading pipeline in strict mode, the strict checks on
// the loaded model, then the loader's scene building (its problems are errors too).
#include "core/gltf/GltfValidator.h"

#include "core/gltf/detail/GltfParse.h"
#include "core/gltf/detail/GltfSceneBuilder.h"
#include "core/gltf/detail/GltfStrictChecks.h"

#include <tiny_gltf.h>

namespace backrub {

GltfValidation validateGltfFromMemory(const std::vector<std::uint8_t>& bytes, const std::string& displayName,
                                      const std::string& baseDir, const GltfLimits& limits) {
    GltfValidation out;
    gltf::ParsedGltf parsed = gltf::parseGltf(bytes, displayName, baseDir, limits, true, out.errors);
    if (!parsed.model) return out;
    gltf::LoaderContext ctx{"", displayName, limits, {}, {}, true, {}};
    gltf::Checker checker(parsed.doc, ctx, out.errors);
    checker.warnings = &out.warnings;
    gltf::runStrictChecks(checker, *parsed.model);
    Problems sceneProblems;
    out.scene = gltf::buildScene(*parsed.model, parsed.doc, displayName, sceneProblems);
    if (!sceneProblems.empty()) out.scene.reset();
    out.errors.insert(out.errors.end(), sceneProblems.begin(), sceneProblems.end());
    return out;
}

GltfValidation validateGltfFile(const std::string& path, const GltfLimits& limits) {
    GltfValidation out;
    std::vector<std::uint8_t> bytes;
    std::string folder;
    if (!gltf::readGltfFile(path, limits, bytes, folder, out.errors)) return out;
    return validateGltfFromMemory(bytes, path, folder, limits);
}

}  // namespace backrub
