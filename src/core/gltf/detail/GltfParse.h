#pragma once
// The first stages of reading a glTF/GLB file, shared by the loader and the
// validator: size cap, GLB container, JSON with a depth limit, pre-validation and
// tinygltf with confined callbacks. Internal to the glTF loader.
#include "core/gltf/GltfLoader.h"

#include <nlohmann/json.hpp>

#include <memory>

namespace tinygltf {
class Model;
}

namespace backrub::gltf {

struct ParsedGltf {
    ParsedGltf();
    ~ParsedGltf();
    ParsedGltf(ParsedGltf&&) noexcept;
    ParsedGltf& operator=(ParsedGltf&&) noexcept;

    nlohmann::json doc;
    std::unique_ptr<tinygltf::Model> model;  // nullptr when a problem stopped reading
};

// Reads a model file whole (within limits.maxFileBytes); `folder` is its absolute
// folder, where its external URIs resolve. False with a problem when unreadable.
bool readGltfFile(const std::string& path, const GltfLimits& limits, std::vector<std::uint8_t>& bytes,
                  std::string& folder, Problems& problems);

// Appends every problem found to `problems`, stopping at the first stage with one.
// Strict (the validator) also refuses a byte order mark before the JSON and broken
// image streams, but goes on reading: the strict checks (GltfStrictChecks.h) then run
// on the loaded model.
ParsedGltf parseGltf(const std::vector<std::uint8_t>& bytes, const std::string& displayName,
                     const std::string& baseDir, const GltfLimits& limits, bool strict, Problems& problems);

}  // namespace backrub::gltf
