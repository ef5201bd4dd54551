#pragma once
// Strict glTF 2.0 validation for `backrub validate`: whether a file is valid glTF,
// apart from whether Backrub can load it (GltfLoader.h) and whether it is a usable
// body (Body::fromScene, docs/model-format.md).
//
// Beyond the loader's checks it applies the glTF 2.0 specification's rules on the
// parts Backrub ignores too (animations, cameras, morph targets, extensions),
// and on the data: accessor min/max against the values, index values, keyframe
// times, unit quaternions, TRS matrices, empty arrays, a byte order mark. Skins
// (joint indices, weights, inverse bind matrices) are checked alike by both. The aim: a file the Khronos glTF Validator reports errors for is never
// called valid (tests/tools/compare_with_khronos.js checks a corpus against it).
//
// Every problem carries a JSON pointer (`/accessors/3/min/0`) or a container
// location (`GLB header`, `GLB chunk 1`, `JSON`, `file`).
#include "core/base/Problem.h"
#include "core/base/SceneData.h"
#include "core/gltf/GltfLoader.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace backrub {

struct GltfValidation {
    Problems errors;    // each makes the file invalid glTF 2.0
    Problems warnings;  // valid, but parts Backrub ignores (animations, cameras, extensions ...)
    // The scene as the loader reads it: present when the loader accepts the file,
    // which it may do for a file with strict errors (min/max that do not match ...).
    std::optional<SceneData> scene;
    bool validGltf() const { return errors.empty(); }
};

GltfValidation validateGltfFile(const std::string& path, const GltfLimits& limits = {});
// As loadGltfFromMemory: `displayName` names the file in problems; external URIs resolve in baseDir.
GltfValidation validateGltfFromMemory(const std::vector<std::uint8_t>& bytes, const std::string& displayName,
                                      const std::string& baseDir, const GltfLimits& limits = {});

}  // namespace backrub
