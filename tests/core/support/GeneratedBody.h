#pragma once
// The generated bodies as the [body] tests measure them: loaded once per size, their
// landmarks, the spine midline on the skin, and rays cast through the skin and bone
// meshes to read how deep a bone lies under the skin.
// Header-only: the test glob compiles *Test.cpp only.
#include "BodyTestScenes.h"
#include "core/body/Body.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace backrub::test {

inline const Body& generatedBody(BodySize size) {
    auto load = [](BodySize s) {
        Problems problems;
        return Body::fromScene(bodyScene(s), bodySizeName(s), problems).value();
    };
    static const Body female = load(BodySize::Female);
    static const Body male = load(BodySize::Male);
    return size == BodySize::Female ? female : male;
}

inline glm::vec3 landmarkAt(const Body& b, const std::string& name) {
    const Landmark* l = b.landmark(name);
    REQUIRE(l != nullptr);
    return l->position;
}

// The spine midline on the skin (the landmarks node's extras), from C1 down to the coccyx.
inline std::vector<glm::vec3> spineMidline(BodySize size) {
    const SceneData& s = bodyScene(size);
    auto extras = nlohmann::json::parse(s.nodes[static_cast<std::size_t>(s.findNode("landmarks"))].extrasJson);
    std::vector<glm::vec3> line;
    for (const auto& p : extras["spine_midline"]) line.emplace_back(p[0].get<float>(), p[1].get<float>(), p[2].get<float>());
    return line;
}

// Arc length along the midline from its start down to height z.
inline float arcLengthTo(const std::vector<glm::vec3>& line, float z) {
    float len = 0.0f;
    for (std::size_t i = 1; i < line.size(); ++i) {
        const glm::vec3 a = line[i - 1], b = line[i];
        if (b.z <= z) return len + glm::length(b - a) * (a.z - z) / (a.z - b.z);
        len += glm::length(b - a);
    }
    return len;
}

// Every triangle of a node's mesh in model space, three corners each.
inline std::vector<glm::vec3> nodeTriangles(const SceneData& scene, const std::string& node) {
    const int n = scene.findNode(node);
    REQUIRE(n >= 0);
    const NodeData& nd = scene.nodes[static_cast<std::size_t>(n)];
    std::vector<glm::vec3> corners;
    if (nd.mesh < 0) return corners;
    for (const Primitive& prim : scene.meshes[static_cast<std::size_t>(nd.mesh)].primitives)
        for (std::uint32_t i : prim.indices) corners.push_back(glm::vec3(nd.world * glm::vec4(prim.positions[i], 1.0f)));
    return corners;
}

// Where the line origin + t * dir (dir unit) crosses the triangles, every t (Moller-Trumbore).
inline std::vector<float> lineCrossings(const std::vector<glm::vec3>& corners, const glm::vec3& origin, const glm::vec3& dir) {
    std::vector<float> ts;
    for (std::size_t k = 0; k + 2 < corners.size(); k += 3) {
        const glm::vec3 a = corners[k], e1 = corners[k + 1] - a, e2 = corners[k + 2] - a;
        const glm::vec3 pv = glm::cross(dir, e2);
        const float det = glm::dot(e1, pv);
        if (std::abs(det) < 1e-12f) continue;
        const glm::vec3 tv = origin - a;
        const float u = glm::dot(tv, pv) / det;
        if (u < 0.0f || u > 1.0f) continue;
        const glm::vec3 qv = glm::cross(tv, e1);
        const float v = glm::dot(dir, qv) / det;
        if (v < 0.0f || u + v > 1.0f) continue;
        ts.push_back(glm::dot(e2, qv) / det);
    }
    std::sort(ts.begin(), ts.end());
    return ts;
}

inline const std::vector<glm::vec3>& skinTriangles(BodySize size) {
    static const std::vector<glm::vec3> female = nodeTriangles(bodyScene(BodySize::Female), "skin");
    static const std::vector<glm::vec3> male = nodeTriangles(bodyScene(BodySize::Male), "skin");
    return size == BodySize::Female ? female : male;
}

// A node's triangles (nodeTriangles) on a generated body, read once per size and node.
inline const std::vector<glm::vec3>& cachedNodeTriangles(BodySize size, const std::string& node) {
    static std::map<std::pair<BodySize, std::string>, std::vector<glm::vec3>> cache;
    auto it = cache.find({size, node});
    if (it == cache.end()) it = cache.emplace(std::make_pair(size, node), nodeTriangles(bodyScene(size), node)).first;
    return it->second;
}

// Soft tissue between a bone and the skin, in metres, read along `dir` from `bonePoint` (a point
// in or on the bone named `boneNode`): from the bone's last surface crossing before the skin to
// the skin, as an ultrasound probe held along `dir` would show it. Nothing when the line meets
// no skin.
inline std::optional<float> depthUnderSkin(BodySize size, const std::string& boneNode, const glm::vec3& bonePoint, glm::vec3 dir) {
    static constexpr float kBoneSearchBehindM = 0.03f;  // m, the bone point may lie this far outside its bone
    dir = glm::normalize(dir);
    const SceneData& scene = bodyScene(size);
    float skin = std::numeric_limits<float>::max();
    for (float t : lineCrossings(skinTriangles(size), bonePoint, dir))
        if (t > 0.0f) skin = std::min(skin, t);
    if (skin == std::numeric_limits<float>::max()) return std::nullopt;
    float bone = 0.0f;
    bool found = false;
    for (float t : lineCrossings(nodeTriangles(scene, boneNode), bonePoint, dir))
        if (t < skin && t > -kBoneSearchBehindM && (!found || t > bone)) {
            bone = t;
            found = true;
        }
    return skin - (found ? bone : 0.0f);
}

// Height (y) of the skin's back at (x, z): the first skin crossing met coming down from above.
inline std::optional<float> skinTopAt(BodySize size, float x, float z) {
    const auto ts = lineCrossings(skinTriangles(size), glm::vec3(x, 1.0f, z), glm::vec3(0, -1, 0));
    if (ts.empty()) return std::nullopt;
    return 1.0f - ts.front();
}

}  // namespace backrub::test
