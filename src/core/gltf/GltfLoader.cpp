// The glTF loading pipeline: size cap, GLB container, JSON with a depth limit,
// pre-validation, tinygltf with confined callbacks (GltfParse.cpp), the skin rules
// (GltfSkinCheck.cpp), then decoding into SceneData.
#include "core/gltf/GltfLoader.h"

#include "core/gltf/detail/GltfParse.h"
#include "core/gltf/detail/GltfSceneBuilder.h"
#include "core/gltf/detail/GltfStrictChecks.h"

#include <tiny_gltf.h>

namespace backrub {

GltfLoadResult loadGltfFromMemory(const std::vector<std::uint8_t>& bytes, const std::string& displayName,
                                  const std::string& baseDir, const GltfLimits& limits) {
    GltfLoadResult result;
    gltf::ParsedGltf parsed = gltf::parseGltf(bytes, displayName, baseDir, limits, false, result.problems);
    if (!parsed.model || !result.problems.empty()) return result;
    // The skins are read, so they are checked as the validator checks them (one set of rules).
    gltf::LoaderContext ctx{"", displayName, limits, {}, {}, false, {}};
    gltf::Checker checker(parsed.doc, ctx, result.problems);
    gltf::runSkinChecks(checker, *parsed.model);
    if (!result.problems.empty()) return result;
    result.scene = gltf::buildScene(*parsed.model, parsed.doc, displayName, result.problems);
    if (!result.problems.empty()) result.scene.reset();
    return result;
}

GltfLoadResult loadGltfFile(const std::string& path, const GltfLimits& limits) {
    GltfLoadResult result;
    std::vector<std::uint8_t> bytes;
    std::string folder;
    if (!gltf::readGltfFile(path, limits, bytes, folder, result.problems)) return result;
    return loadGltfFromMemory(bytes, path, folder, limits);
}

}  // namespace backrub
