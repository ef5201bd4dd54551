#pragma once
// Typed, reporting access to the glTF JSON for the pre-validation that runs before
// tinygltf sees the file. Every accessor method reports what is wrong at its JSON
// pointer and returns "nothing" for a missing or malformed field, so checks go on
// and all problems are collected. Internal to the glTF loader.
#include "core/gltf/detail/GltfFileSystem.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace backrub::gltf {

using Json = nlohmann::json;

// What later checks need to know about a valid accessor.
struct AccessorInfo {
    bool ok = false;
    int componentType = 0;
    std::string type;  // "SCALAR", "VEC3", "MAT4" ...
    std::uint64_t count = 0;
    bool normalized = false;
};

class Checker {
public:
    Checker(const Json& root, LoaderContext& ctx, Problems& problems);

    void problem(const std::string& where, const std::string& message);
    // A note that does not make the file invalid (the validator's "ignored" parts);
    // dropped when `warnings` is null.
    void warning(const std::string& where, const std::string& message);
    Problems* warnings = nullptr;
    bool failed() const { return problems_.size() > problemsAtStart_; }
    std::size_t problemCount() const { return problems_.size(); }

    // Top-level array `name` ("nodes", "accessors" ...) or nullptr; elements are objects
    // once checkTopLevelArrays has run (otherwise size() reports 0).
    const Json* topArray(const char* name) const;
    std::size_t count(const char* name) const;

    const Json* member(const Json& obj, const char* key) const;
    // member(), reporting "KEY is required" when absent and required.
    const Json* field(const Json& obj, const std::string& ptr, const char* key, bool required);
    // Reports "KEY is <kind>, expected <expected>" unless ok; returns ok.
    bool expect(const Json& v, bool ok, const std::string& ptr, const char* key, const char* expected);
    // Optional unsigned integer in [lo, hi]; nullopt when absent or malformed.
    std::optional<std::uint64_t> uintField(const Json& obj, const std::string& ptr, const char* key, bool required,
                                           std::uint64_t lo = 0,
                                           std::uint64_t hi = std::numeric_limits<std::int32_t>::max());
    // Index into top-level array `target`; nullopt when absent or invalid.
    std::optional<int> indexField(const Json& obj, const std::string& ptr, const char* key, const char* target,
                                  bool required);
    std::optional<int> indexValue(const Json& value, const std::string& where, const char* target);
    std::optional<std::string> stringField(const Json& obj, const std::string& ptr, const char* key, bool required);
    const Json* objectField(const Json& obj, const std::string& ptr, const char* key, bool required);
    const Json* arrayField(const Json& obj, const std::string& ptr, const char* key, bool required);
    void boolField(const Json& obj, const std::string& ptr, const char* key);
    // Optional array of exactly n finite numbers within [lo, hi].
    void numberArrayField(const Json& obj, const std::string& ptr, const char* key, std::size_t n,
                          double lo = -std::numeric_limits<double>::max(),
                          double hi = std::numeric_limits<double>::max());
    void numberField(const Json& obj, const std::string& ptr, const char* key, double lo, double hi);

    const Json& root;
    LoaderContext& ctx;
    std::vector<std::uint64_t> bufferBytes;  // declared byteLength, 0 when the buffer is invalid
    struct ViewInfo {
        bool ok = false;
        std::uint64_t offset = 0, length = 0, stride = 0;  // stride 0 = tightly packed
    };
    std::vector<ViewInfo> views;
    std::vector<AccessorInfo> accessors;
    std::vector<int> parent;  // per node, -1 = none (first parent wins)
    // Bytes tinygltf will hold for buffers and external images: each external file
    // is within the size cap, but many references to one file would add up.
    std::uint64_t loadedBytes = 0;
    void addLoadedBytes(std::uint64_t bytes, const std::string& where);

private:
    Problems& problems_;
    std::size_t problemsAtStart_;
};

// The passes, in order (each file holds a few):
void checkAssetAndArrays(Checker& c);                                   // GltfPrecheck.cpp
void checkBuffers(Checker& c, bool isGlb, std::optional<std::size_t> binSize);  // GltfPrecheckData.cpp
void checkBufferViews(Checker& c);                                      // GltfPrecheckData.cpp
void checkAccessors(Checker& c);                                        // GltfPrecheckAccessors.cpp
void checkImagesTexturesMaterials(Checker& c);                          // GltfPrecheckData.cpp
void checkMeshes(Checker& c);                                           // GltfPrecheckMeshes.cpp
void checkNodesAndScenes(Checker& c);                                   // GltfPrecheckNodes.cpp

// "nodes" -> "node": names a top-level array's element in messages.
std::string singular(const char* arrayName);
// Bytes per component of a glTF componentType, 0 if not allowed.
int componentSize(int componentType);
// Components of an accessor type ("VEC3" -> 3, "MAT4" -> 16), 0 if unknown.
int typeComponents(const std::string& type);
std::string componentTypeName(int componentType);

}  // namespace backrub::gltf
