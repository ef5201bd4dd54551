// The glTF loading pipeline: size cap, GLB container, JSON with a depth limit,
// pre-validation, tinygltf with confined callbacks (GltfParse.cpp), then decoding
// into SceneData.
#include "core/gltf/GltfLoader.h"

#include "core/gltf/detail/GltfParse.h"
#include "core/gltf/detail/GltfSceneBuilder.h"

#include <tiny_gltf.h>

namespace backrub {

GltfLoadResult loadGltfFromMemory(const std::vector<std::uint8_t>& bytes, const std::string& displayName,
                                  const std::string& baseDir, const GltfLimits& limits) {
    GltfLoadResult result;
    gltf::ParsedGltf parsed = gltf::parseGltf(bytes, displayName, baseDir, limits, false, result.problems);
    if (!parsed.model || !result.problems.empty()) return result;
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
