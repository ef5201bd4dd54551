#pragma once
// Turns a pre-validated, loaded tinygltf model into SceneData: triangle lists
// (strips and fans converted, points and lines skipped), normals computed where the
// file has none, custom '_' attributes, joints and weights of skinned meshes,
// materials, nodes, skins and the scene.
// Internal to the glTF loader.
#include "core/base/Problem.h"
#include "core/base/SceneData.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace tinygltf {
class Model;
}

namespace backrub::gltf {

// `doc` is the same document tinygltf parsed (extras are taken from it). Returns
// nullopt when a problem was found: NaN/Inf geometry or transforms, index values out
// of range, undecodable accessors.
std::optional<SceneData> buildScene(const tinygltf::Model& model, const nlohmann::json& doc, const std::string& file,
                                    Problems& problems);

// Meshes only (GltfMeshBuilder.cpp); false when a problem was found.
bool buildMeshes(const tinygltf::Model& model, const std::string& file, SceneData& scene, Problems& problems);

// Area-weighted smooth vertex normals of a triangle list (counter-clockwise front
// faces); vertices touching no triangle get +Y.
std::vector<glm::vec3> smoothNormals(const std::vector<glm::vec3>& positions, const std::vector<std::uint32_t>& indices);

}  // namespace backrub::gltf
