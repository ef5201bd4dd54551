#pragma once
// Validated glTF 2.0 / GLB loading into plain SceneData.
//
// Every input is checked before tinygltf parses it (tinygltf 2.7 trusts the file:
// see docs/sources.md, "glTF loader robustness"), so a malformed or hostile file yields
// problems, never a crash, a hang or a giant allocation.
//
// What is read: triangle meshes (TRIANGLES, TRIANGLE_STRIP and TRIANGLE_FAN; POINTS
// and LINES primitives are skipped), POSITION, NORMAL (computed when absent) and
// custom attributes whose names start with '_' (widened to float), materials
// (base color, metallic, roughness, doubleSided, BLEND), nodes (names, hierarchy,
// matrix or TRS, extras) and the scene. Textures are checked (PNG or JPEG, size
// cap) but not decoded. Sparse accessors and required extensions are rejected.
//
// Skins: each skin's joints and inverse bind matrices (identities when the file has
// none), node.skin, and JOINTS_0 / WEIGHTS_0 of the primitives of skinned meshes
// (joints UNSIGNED_BYTE or UNSIGNED_SHORT, weights FLOAT or normalized UNSIGNED_BYTE /
// UNSIGNED_SHORT, mapped to [0, 1]). Further influence sets (JOINTS_1 ...) and
// joints of meshes no skinned node uses are not read. Skins are checked by the
// validator's rules (GltfSkinCheck.cpp): a joint index outside the skin, weights
// that are negative, NaN or do not sum to 1, too few or non-affine inverse bind
// matrices, a skinned mesh without JOINTS_0 / WEIGHTS_0 ... are problems.
//
// On bad input: `scene` is empty and `problems` lists every problem found, each
// with a glTF JSON pointer (`/accessors/3/count`) or a container location
// (`GLB header`, `GLB chunk 1`, `JSON`, `file`) as its location.
#include "core/base/Problem.h"
#include "core/base/SceneData.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace backrub {

struct GltfLimits {
    std::uint64_t maxFileBytes = 256ull << 20;  // the model file and each external file
    std::uint64_t maxVertices = 4'000'000;      // summed over all primitives
    std::uint64_t maxTriangles = 8'000'000;     // summed over all primitives
    std::uint64_t maxImagePixels = 4096ull * 4096;
    int maxJsonDepth = 64;                      // nesting of JSON objects and arrays
    std::uint64_t maxNodes = 100'000;
};

struct GltfLoadResult {
    std::optional<SceneData> scene;
    Problems problems;
    bool ok() const { return scene.has_value() && problems.empty(); }
};

// Loads a .gltf or .glb file. External URIs resolve inside the file's folder only.
GltfLoadResult loadGltfFile(const std::string& path, const GltfLimits& limits = {});

// For tests and embedded data: `displayName` is used as Problem::file (a name ending
// in ".glb", or bytes starting with "glTF", select GLB); external URIs resolve inside
// baseDir ("" = no external files allowed).
GltfLoadResult loadGltfFromMemory(const std::vector<std::uint8_t>& bytes, const std::string& displayName,
                                  const std::string& baseDir, const GltfLimits& limits = {});

}  // namespace backrub
