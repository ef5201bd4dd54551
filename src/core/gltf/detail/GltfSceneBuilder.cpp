// Materials, nodes, skins and the scene of a loaded glTF model.
#include "core/gltf/detail/GltfSceneBuilder.h"

#include "core/gltf/detail/GltfAccessors.h"

#include <tiny_gltf.h>

#include <glm/gtc/matrix_transform.hpp>
#include <glm/gtc/quaternion.hpp>
#include <glm/gtc/type_ptr.hpp>

#include <cmath>

namespace backrub::gltf {
namespace {

MaterialData material(const tinygltf::Material& m) {
    MaterialData out;
    out.name = m.name;
    const std::vector<double>& c = m.pbrMetallicRoughness.baseColorFactor;
    if (c.size() == 4) out.baseColor = glm::vec4(float(c[0]), float(c[1]), float(c[2]), float(c[3]));
    out.metallic = static_cast<float>(m.pbrMetallicRoughness.metallicFactor);
    out.roughness = static_cast<float>(m.pbrMetallicRoughness.roughnessFactor);
    out.doubleSided = m.doubleSided;
    out.blend = m.alphaMode == "BLEND";
    return out;
}

bool isFinite(const glm::mat4& m) {
    for (int c = 0; c < 4; ++c)
        for (int r = 0; r < 4; ++r)
            if (!std::isfinite(m[c][r])) return false;
    return true;
}

// Local transform from matrix (column-major) or T * R * S.
bool localTransform(const tinygltf::Node& n, glm::mat4& out, std::string& why) {
    if (n.matrix.size() == 16) {
        for (int i = 0; i < 16; ++i) glm::value_ptr(out)[i] = static_cast<float>(n.matrix[i]);
    } else {
        glm::mat4 t(1.0f), r(1.0f), s(1.0f);
        if (n.translation.size() == 3)
            t = glm::translate(glm::mat4(1.0f), glm::vec3(n.translation[0], n.translation[1], n.translation[2]));
        if (n.rotation.size() == 4) {
            glm::quat q(float(n.rotation[3]), float(n.rotation[0]), float(n.rotation[1]), float(n.rotation[2]));
            const float len = glm::length(q);
            if (!(len > 1e-6f)) {
                why = "rotation quaternion has zero length";
                return false;
            }
            r = glm::mat4_cast(q / len);
        }
        if (n.scale.size() == 3) s = glm::scale(glm::mat4(1.0f), glm::vec3(n.scale[0], n.scale[1], n.scale[2]));
        out = t * r * s;
    }
    if (!isFinite(out)) {
        why = "local transform is not finite (NaN or infinity)";
        return false;
    }
    return true;
}

// A skin's joints and one inverse bind matrix per joint (identities when the file has
// none; the skin check made sure there are enough, MAT4 of FLOAT).
bool skin(const tinygltf::Model& model, std::size_t s, SkinData& out, std::string& why) {
    const tinygltf::Skin& in = model.skins[s];
    out.name = in.name;
    out.joints = in.joints;
    out.inverseBind.assign(in.joints.size(), glm::mat4(1.0f));
    if (in.inverseBindMatrices < 0) return true;
    AccessorFloats m;
    if (!readFloats(model, in.inverseBindMatrices, m, why)) return false;
    for (std::size_t k = 0; k < out.inverseBind.size() && (k + 1) * 16 <= m.values.size(); ++k) {
        out.inverseBind[k] = glm::make_mat4(&m.values[k * 16]);
        if (!isFinite(out.inverseBind[k])) {
            why = "inverse bind matrix " + std::to_string(k) + " is not finite (NaN or infinity)";
            return false;
        }
    }
    return true;
}

// Joints and weights mean something only on a mesh a skinned node shows.
void dropUnskinnedInfluences(SceneData& scene) {
    std::vector<bool> skinned(scene.meshes.size(), false);
    for (const NodeData& n : scene.nodes)
        if (n.skin >= 0 && n.mesh >= 0) skinned[std::size_t(n.mesh)] = true;
    for (std::size_t m = 0; m < scene.meshes.size(); ++m)
        if (!skinned[m])
            for (Primitive& p : scene.meshes[m].primitives) {
                p.joints.clear();
                p.weights.clear();
            }
}

std::string extrasOf(const nlohmann::json& doc, const char* array, std::size_t index) {
    const auto list = doc.find(array);
    if (list == doc.end() || !list->is_array() || index >= list->size()) return "";
    const nlohmann::json& item = (*list)[index];
    const auto extras = item.is_object() ? item.find("extras") : item.end();
    return item.is_object() && extras != item.end() ? extras->dump() : "";
}

}  // namespace

std::optional<SceneData> buildScene(const tinygltf::Model& model, const nlohmann::json& doc, const std::string& file,
                                    Problems& problems) {
    SceneData scene;
    bool ok = true;
    for (const tinygltf::Material& m : model.materials) scene.materials.push_back(material(m));
    ok = buildMeshes(model, file, scene, problems) && ok;
    for (std::size_t i = 0; i < model.nodes.size(); ++i) {
        const tinygltf::Node& n = model.nodes[i];
        NodeData node;
        node.name = n.name;
        node.mesh = n.mesh;
        node.skin = n.skin;
        node.children = n.children;
        node.extrasJson = extrasOf(doc, "nodes", i);
        std::string why;
        if (!localTransform(n, node.local, why)) {
            problems.push_back({file, "/nodes/" + std::to_string(i), why});
            ok = false;
        }
        scene.nodes.push_back(std::move(node));
    }
    for (std::size_t i = 0; i < scene.nodes.size(); ++i)
        for (int child : scene.nodes[i].children) scene.nodes[child].parent = static_cast<int>(i);
    for (std::size_t s = 0; s < model.skins.size(); ++s) {
        SkinData data;
        std::string why;
        if (!skin(model, s, data, why)) {
            problems.push_back({file, "/skins/" + std::to_string(s) + "/inverseBindMatrices", why});
            ok = false;
        }
        scene.skins.push_back(std::move(data));
    }
    if (!ok) return std::nullopt;
    dropUnskinnedInfluences(scene);

    const int sceneIndex = model.defaultScene >= 0 ? model.defaultScene : model.scenes.empty() ? -1 : 0;
    if (sceneIndex >= 0) {
        scene.roots = model.scenes[sceneIndex].nodes;
        scene.extrasJson = extrasOf(doc, "scenes", std::size_t(sceneIndex));
    } else {
        for (std::size_t i = 0; i < scene.nodes.size(); ++i)
            if (scene.nodes[i].parent < 0) scene.roots.push_back(static_cast<int>(i));
    }
    scene.updateWorldTransforms();
    for (std::size_t i = 0; i < scene.nodes.size(); ++i)
        if (!isFinite(scene.nodes[i].world)) {
            problems.push_back({file, "/nodes/" + std::to_string(i), "world transform overflows (not finite)"});
            ok = false;
        }
    if (!ok) return std::nullopt;
    return scene;
}

}  // namespace backrub::gltf
