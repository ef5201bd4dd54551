#include "core/body/Body.h"

#include <cmath>
#include <string>

namespace backrub {
namespace {

// Landmarks every model must provide (docs/model-format.md).
std::vector<std::string> requiredLandmarks() {
    std::vector<std::string> names;
    for (const char* region : {"C", "T", "L"}) {
        int count = region[0] == 'C' ? 7 : region[0] == 'T' ? 12 : 5;
        for (int i = 1; i <= count; ++i) names.push_back(region + std::to_string(i));
    }
    names.insert(names.end(), {"S1", "coccyx"});
    for (const char* base : {"PSIS", "iliac_crest", "scapular_spine", "scapula_inferior_angle", "greater_trochanter"})
        for (const char* side : {"_L", "_R"}) names.push_back(std::string(base) + side);
    return names;
}

// World transform from the local chain (does not trust NodeData::world; guards cycles).
glm::mat4 worldOf(const SceneData& scene, int node) {
    glm::mat4 m(1.0f);
    for (std::size_t steps = 0; node >= 0 && steps <= scene.nodes.size(); ++steps) {
        m = scene.nodes[node].local * m;
        node = scene.nodes[node].parent;
    }
    return m;
}

bool isUnder(const SceneData& scene, int node, int ancestor) {
    for (std::size_t steps = 0; node >= 0 && steps <= scene.nodes.size(); ++steps) {
        if (node == ancestor) return true;
        node = scene.nodes[node].parent;
    }
    return false;
}

bool readRegion(const CustomAttribute& attr, std::size_t i, bool overlay, Region& out) {
    float v = attr.values[i * static_cast<std::size_t>(attr.components)];
    if (!std::isfinite(v) || v < 0.0f || v >= static_cast<float>(kRegionCount) || std::floor(v) != v) return false;
    auto r = static_cast<Region>(static_cast<int>(v));
    if (overlay ? (r != Region::None && !isOverlayRegion(r)) : (r == Region::None || isOverlayRegion(r))) return false;
    out = r;
    return true;
}

// Appends one skin primitive in model space; false (with a problem) if it breaks the format.
bool appendPrimitive(SkinSurface& skin, const Primitive& prim, const glm::mat4& world, const std::string& where, const std::string& file,
                     Problems& problems) {
    auto base = prim.custom.find("_REGION");
    if (base == prim.custom.end()) {
        problems.push_back({file, where, "skin primitive has no _REGION vertex attribute (base region id per vertex, 1-14)"});
        return false;
    }
    auto overlay = prim.custom.find("_REGION_OVERLAY");
    const std::size_t n = prim.positions.size();
    if (base->second.values.size() < n * static_cast<std::size_t>(base->second.components) ||
        (overlay != prim.custom.end() && overlay->second.values.size() < n * static_cast<std::size_t>(overlay->second.components))) {
        problems.push_back({file, where, "region attribute count differs from the vertex count"});
        return false;
    }
    const auto first = static_cast<std::uint32_t>(skin.positions.size());
    const glm::mat3 normalMatrix = glm::transpose(glm::inverse(glm::mat3(world)));
    for (std::size_t i = 0; i < n; ++i) {
        Region b = Region::None, o = Region::None;
        if (!readRegion(base->second, i, false, b)) {
            problems.push_back({file, where + "/attributes/_REGION",
                                "vertex " + std::to_string(i) + " has base region " + std::to_string(base->second.values[i]) +
                                    ": expected a base region id 1-14 (see the region table)"});
            return false;
        }
        if (overlay != prim.custom.end() && !readRegion(overlay->second, i, true, o)) {
            problems.push_back({file, where + "/attributes/_REGION_OVERLAY",
                                "vertex " + std::to_string(i) + " has overlay " + std::to_string(overlay->second.values[i]) +
                                    ": expected 0 (none) or an overlay id 15-19"});
            return false;
        }
        skin.positions.push_back(glm::vec3(world * glm::vec4(prim.positions[i], 1.0f)));
        glm::vec3 nrm = i < prim.normals.size() ? normalMatrix * prim.normals[i] : glm::vec3(0.0f);
        float len = glm::length(nrm);
        skin.normals.push_back(len > 1e-12f ? nrm / len : glm::vec3(0, 1, 0));
        skin.baseRegion.push_back(b);
        skin.overlayRegion.push_back(o);
    }
    for (std::uint32_t idx : prim.indices) skin.indices.push_back(first + idx);
    return true;
}

}  // namespace

const Landmark* Body::landmark(const std::string& name) const {
    for (const Landmark& l : landmarks)
        if (l.name == name) return &l;
    return nullptr;
}

std::optional<Body> Body::fromScene(const SceneData& scene, const std::string& file, Problems& problems) {
    const std::size_t before = problems.size();
    Body body;
    const int skinNode = scene.findNode("skin");
    if (skinNode < 0) {
        problems.push_back({file, "/nodes", "no node named \"skin\": the skin mesh must be on or under a node \"skin\""});
    } else {
        for (std::size_t i = 0; i < scene.nodes.size(); ++i) {
            const NodeData& n = scene.nodes[i];
            if (n.mesh < 0 || n.mesh >= static_cast<int>(scene.meshes.size()) || !isUnder(scene, static_cast<int>(i), skinNode)) continue;
            const glm::mat4 world = worldOf(scene, static_cast<int>(i));
            const auto& prims = scene.meshes[n.mesh].primitives;
            for (std::size_t p = 0; p < prims.size(); ++p)
                if (!appendPrimitive(body.skin, prims[p], world, "/meshes/" + std::to_string(n.mesh) + "/primitives/" + std::to_string(p), file,
                                     problems))
                    break;
        }
        if (problems.size() == before && body.skin.indices.size() < 3)
            problems.push_back({file, "/nodes/" + std::to_string(skinNode), "the \"skin\" node holds no triangles"});
    }
    const int layer = scene.findNode("landmarks");
    if (layer < 0) {
        problems.push_back({file, "/nodes", "no node named \"landmarks\": landmarks are child nodes of a node \"landmarks\""});
    } else {
        for (std::size_t i = 0; i < scene.nodes.size(); ++i)
            if (static_cast<int>(i) != layer && isUnder(scene, static_cast<int>(i), layer) && !scene.nodes[i].name.empty())
                body.landmarks.push_back({scene.nodes[i].name, glm::vec3(worldOf(scene, static_cast<int>(i))[3])});
        std::string missing;
        for (const std::string& name : requiredLandmarks())
            if (!body.landmark(name)) missing += (missing.empty() ? "" : ", ") + name;
        if (!missing.empty())
            problems.push_back({file, "/nodes/" + std::to_string(layer), "missing landmark nodes under \"landmarks\": " + missing});
    }
    if (problems.size() != before) return std::nullopt;
    return body;
}

}  // namespace backrub
