#pragma once
// Pre-validation of a glTF JSON document before tinygltf parses it: types of the
// fields the loader relies on, every reference index, buffer/bufferView/accessor
// bounds in checked 64-bit arithmetic, allowed component types and attribute
// formats, size caps, node hierarchy (cycles, two parents) and URIs.
// Internal to the glTF loader.
#include "core/gltf/detail/GltfFileSystem.h"

#include <nlohmann/json.hpp>

#include <optional>

namespace backrub::gltf {

// Appends every problem found; fills ctx.readLimits for external buffer files.
// binSize: the GLB BIN chunk payload size (nullopt for .gltf or a GLB without BIN).
// Returns true when the document may be handed to tinygltf.
bool precheckGltf(const nlohmann::json& doc, bool isGlb, std::optional<std::size_t> binSize, LoaderContext& ctx,
                  Problems& problems);

}  // namespace backrub::gltf
