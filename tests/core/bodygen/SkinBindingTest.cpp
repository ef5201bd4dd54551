// The generated skin and muscles are bound to the skeleton (glTF skin): every vertex to at
// most four joints with weights summing to one, and each part of the body to its own bones.
#include "BodyTestScenes.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <string>

using namespace backrub;
using namespace backrub::test;

namespace {

glm::vec3 nodePosition(const SceneData& s, const std::string& name) {
    const int n = s.findNode(name);
    REQUIRE(n >= 0);
    return glm::vec3(s.nodes[static_cast<std::size_t>(n)].world[3]);
}

const Primitive& skinPrimitive(const SceneData& s) {
    const int n = s.findNode("skin");
    REQUIRE(n >= 0);
    return s.meshes[static_cast<std::size_t>(s.nodes[static_cast<std::size_t>(n)].mesh)].primitives.front();
}

// The joint node names a vertex leans on (weight above `least`).
std::vector<std::string> jointsOf(const SceneData& s, const Primitive& p, std::size_t v, float least) {
    std::vector<std::string> names;
    const SkinData& skin = s.skins.front();
    for (int k = 0; k < 4; ++k)
        if (p.weights[v][k] > least) names.push_back(s.nodes[static_cast<std::size_t>(skin.joints[p.joints[v][k]])].name);
    return names;
}

bool startsWithAny(const std::string& name, std::initializer_list<const char*> prefixes) {
    for (const char* p : prefixes)
        if (name.rfind(p, 0) == 0) return true;
    return false;
}

}  // namespace

TEST_CASE("Every skin and muscle vertex leans on at most four joints with weights summing to one", "[body][rig]") {
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        const SceneData& s = bodyScene(size);
        REQUIRE(s.skins.size() == 1);
        const SkinData& skin = s.skins.front();
        REQUIRE(skin.joints.size() == skin.inverseBind.size());
        REQUIRE(skin.joints.size() > 40);
        std::size_t boundNodes = 0;
        for (const NodeData& n : s.nodes) {
            if (n.skin < 0) continue;
            ++boundNodes;
            for (const Primitive& p : s.meshes[static_cast<std::size_t>(n.mesh)].primitives) {
                REQUIRE(p.joints.size() == p.positions.size());
                REQUIRE(p.weights.size() == p.positions.size());
                for (std::size_t v = 0; v < p.positions.size(); ++v) {
                    const glm::vec4 w = p.weights[v];
                    CHECK(w.x + w.y + w.z + w.w == Approx(1.0f).margin(1e-5));
                    for (int k = 0; k < 4; ++k) {
                        CHECK(w[k] >= 0.0f);
                        if (k > 0) CHECK(w[k] <= w[k - 1]);
                        CHECK(p.joints[v][k] < skin.joints.size());
                    }
                }
            }
        }
        CHECK(boundNodes > 10);  // the skin and every muscle
    }
}

TEST_CASE("Each part of the skin follows its own bones", "[body][rig]") {
    const SceneData& s = bodyScene(BodySize::Female);
    const Primitive& p = skinPrimitive(s);
    const glm::vec3 ankle = nodePosition(s, "foot_L"), wrist = nodePosition(s, "hand_L"), t7 = nodePosition(s, "T7");
    const glm::vec3 knee = nodePosition(s, "tibia_L");
    int ankles = 0, wrists = 0, backs = 0, knees = 0;
    for (std::size_t v = 0; v < p.positions.size(); ++v) {
        const glm::vec3 q = p.positions[v];
        if (glm::length(q - ankle) < 0.05f) {
            ++ankles;
            for (const std::string& j : jointsOf(s, p, v, 0.0f)) CHECK((j == "foot_L" || j == "tibia_L"));
        } else if (glm::length(q - wrist) < 0.04f) {
            ++wrists;
            for (const std::string& j : jointsOf(s, p, v, 0.0f)) CHECK((j == "hand_L" || j == "radius_L"));
        } else if (glm::length(q - knee) < 0.06f) {
            ++knees;
            for (const std::string& j : jointsOf(s, p, v, 0.0f)) CHECK((j == "femur_L" || j == "tibia_L"));
        } else if (glm::length(q - t7) < 0.03f) {
            ++backs;
            // The skin over T7 follows the thoracic spine, not the arms or the shoulder blades.
            for (const std::string& j : jointsOf(s, p, v, 0.0f)) CHECK(startsWithAny(j, {"vertebra_T"}));
        }
    }
    CHECK(ankles > 50);
    CHECK(wrists > 30);
    CHECK(knees > 50);
    CHECK(backs > 10);
}

TEST_CASE("Across the elbow and the knee the skin blends smoothly from one bone to the next", "[body][rig]") {
    // No crease: along the limb the lower bone's share grows steadily from ~0 to ~1 over a
    // few centimetres around the joint (no jump larger than a small step between neighbours).
    const SceneData& s = bodyScene(BodySize::Male);
    const Primitive& p = skinPrimitive(s);
    for (auto [upper, lower, tail] : {std::tuple{"femur_L", "tibia_L", "foot_L"}, std::tuple{"humerus_L", "radius_L", "hand_L"}}) {
        const glm::vec3 a = nodePosition(s, upper), j = nodePosition(s, lower), b = nodePosition(s, tail);
        const glm::vec3 axis = glm::normalize(b - a);
        std::vector<std::pair<float, float>> along;  // (signed distance past the joint, lower share)
        for (std::size_t v = 0; v < p.positions.size(); ++v) {
            const glm::vec3 q = p.positions[v];
            const float t = glm::dot(q - j, axis);
            const glm::vec3 off = q - j - axis * t;
            if (std::abs(t) > 0.08f || glm::length(off) > 0.08f) continue;
            float share = 0.0f;
            for (int k = 0; k < 4; ++k)
                if (s.nodes[static_cast<std::size_t>(s.skins.front().joints[p.joints[v][k]])].name == lower) share += p.weights[v][k];
            along.emplace_back(t, share);
        }
        REQUIRE(along.size() > 100);
        std::sort(along.begin(), along.end());
        CHECK(along.front().second < 0.05f);
        CHECK(along.back().second > 0.95f);
        int partial = 0;
        for (const auto& [t, share] : along)
            if (share > 0.1f && share < 0.9f) ++partial;
        CHECK(partial > 20);  // a band of blended skin, not a seam
    }
}
