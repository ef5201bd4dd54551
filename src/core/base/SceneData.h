#pragma once
// Plain scene data: what a glTF/GLB file holds once validated, and what the
// body generator produces before it is written as GLB. No GL, no tinygltf types.
#include <glm/glm.hpp>
#include <glm/gtc/type_precision.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace backrub {

struct MaterialData {
    std::string name;
    glm::vec4 baseColor{0.8f, 0.8f, 0.8f, 1.0f};  // linear RGBA (glTF baseColorFactor)
    float metallic = 0.0f;
    float roughness = 0.6f;
    bool doubleSided = false;
    bool blend = false;  // alphaMode BLEND
};

// An application-specific vertex attribute such as `_REGION`, widened to float.
struct CustomAttribute {
    int components = 1;         // 1 (SCALAR) ... 4 (VEC4)
    std::vector<float> values;  // vertexCount * components
};

// One triangle list (a glTF primitive with mode TRIANGLES, or converted from strips/fans).
struct Primitive {
    std::vector<glm::vec3> positions;
    std::vector<glm::vec3> normals;     // same count as positions (computed if the file had none)
    std::vector<std::uint32_t> indices; // triangle list, every value < positions.size()
    std::map<std::string, CustomAttribute> custom;  // keyed by attribute name, e.g. "_REGION"
    int material = -1;                  // index into SceneData::materials, -1 = default
    // Skinning (glTF JOINTS_0 / WEIGHTS_0): per vertex up to four joints, as indices into the
    // node's SkinData::joints, with weights summing to 1. Both empty when the primitive is rigid.
    std::vector<glm::u16vec4> joints;
    std::vector<glm::vec4> weights;
};

struct MeshData {
    std::string name;
    std::vector<Primitive> primitives;
};

// A glTF skin: the joints (node indices) a skinned mesh follows, and for each joint the
// inverse of its world transform in the bind pose (the pose the mesh was modelled in).
struct SkinData {
    std::string name;
    std::vector<int> joints;            // indices into SceneData::nodes
    std::vector<glm::mat4> inverseBind; // one per joint
};

struct NodeData {
    std::string name;
    int parent = -1;              // index into SceneData::nodes, -1 = scene root
    std::vector<int> children;
    glm::mat4 local{1.0f};        // from matrix or TRS
    glm::mat4 world{1.0f};        // parent world * local
    int mesh = -1;                // index into SceneData::meshes
    int skin = -1;                // index into SceneData::skins (the mesh is skinned), -1 = none
    std::string extrasJson;       // node extras serialized as JSON ("" when absent)
};

struct SceneData {
    std::vector<MaterialData> materials;
    std::vector<MeshData> meshes;
    std::vector<NodeData> nodes;  // parents may come after children; use parent/children
    std::vector<SkinData> skins;
    std::vector<int> roots;       // root nodes of the displayed scene
    std::string extrasJson;       // scene extras serialized as JSON ("" when absent)

    // Index of the first node with this name, or -1.
    int findNode(const std::string& name) const;
    // Recomputes every NodeData::world from local transforms (roots downward).
    void updateWorldTransforms();
    // Axis-aligned bounds of every mesh instance in world space; false if there is no geometry.
    bool worldBounds(glm::vec3& lo, glm::vec3& hi) const;
    std::size_t triangleCount() const;
};

}  // namespace backrub
