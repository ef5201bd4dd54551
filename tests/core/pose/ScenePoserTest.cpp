// Posing the generated body: at rest nothing moves; landmarks move rigidly with their bones;
// the skin keeps its volume; no bone pokes through the skin; the body lies on the table.
#include "BodyTestScenes.h"

#include "core/pose/ScenePoser.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <string>

using namespace backrub;
using namespace backrub::test;

namespace {

const Primitive& skinOf(const SceneData& s) {
    const int n = s.findNode("skin");
    REQUIRE(n >= 0);
    return s.meshes[static_cast<std::size_t>(s.nodes[static_cast<std::size_t>(n)].mesh)].primitives.front();
}

// Enclosed volume of a closed triangle mesh (divergence theorem), m^3.
double volume(const Primitive& p) {
    double v = 0.0;
    for (std::size_t i = 0; i + 2 < p.indices.size(); i += 3) {
        const glm::dvec3 a(p.positions[p.indices[i]]), b(p.positions[p.indices[i + 1]]), c(p.positions[p.indices[i + 2]]);
        v += glm::dot(a, glm::cross(b, c)) / 6.0;
    }
    return v;
}

glm::vec3 at(const SceneData& s, const std::string& node) {
    const int n = s.findNode(node);
    REQUIRE(n >= 0);
    return glm::vec3(s.nodes[static_cast<std::size_t>(n)].world[3]);
}

std::vector<std::pair<const char*, BodyPose>> posesToCheck() {
    return {{"supine-knees-to-chest", namedPose(PoseId::SupineKneesToChest)},
            {"side-lying", namedPose(PoseId::SideLying)},
            {"standing", namedPose(PoseId::Standing)},
            {"a third into the roll-over", rollOver(0.33f)},
            {"half-way through the roll-over", rollOver(0.5f)},
            {"most of the roll-over", rollOver(0.8f)}};
}

}  // namespace

TEST_CASE("At rest the posed body is the body as generated", "[pose]") {
    const SceneData& rest = bodyScene(BodySize::Female);
    ScenePoser poser(rest);
    SceneData posed;
    poser.apply(namedPose(PoseId::Prone), posed);
    const Primitive& a = skinOf(rest);
    const Primitive& b = skinOf(posed);
    REQUIRE(a.positions.size() == b.positions.size());
    float worst = 0.0f;
    for (std::size_t i = 0; i < a.positions.size(); ++i) worst = std::max(worst, glm::length(a.positions[i] - b.positions[i]));
    CHECK(worst < 1e-5f);
    for (std::size_t i = 0; i < rest.nodes.size(); ++i)
        CHECK(glm::length(glm::vec3(rest.nodes[i].world[3] - posed.nodes[i].world[3])) < 1e-5f);
}

TEST_CASE("Landmarks move rigidly with their bones in every pose", "[pose]") {
    const SceneData& rest = bodyScene(BodySize::Female);
    ScenePoser poser(rest);
    SceneData posed;
    const std::vector<std::string> landmarks{"T7", "L3", "S1", "PSIS_L", "PSIS_R", "iliac_crest_L", "scapula_inferior_angle_L",
                                             "greater_trochanter_L", "greater_trochanter_R", "coccyx"};
    for (const auto& [name, pose] : posesToCheck()) {
        INFO(name);
        poser.apply(pose, posed);
        for (const std::string& l : landmarks) {
            INFO(l);
            const std::string bone = ScenePoser::landmarkBone(l);
            REQUIRE(!bone.empty());
            const int b = rest.findNode(bone), n = rest.findNode(l);
            REQUIRE(b >= 0);
            // Where the landmark sits in its bone's frame does not change.
            const glm::vec3 before = glm::vec3(glm::inverse(rest.nodes[b].world) * rest.nodes[n].world[3]);
            const glm::vec3 after = glm::vec3(glm::inverse(posed.nodes[b].world) * posed.nodes[n].world[3]);
            CHECK(glm::length(before - after) < 1e-4f);
        }
        // Two landmarks on the pelvis keep their distance; the trochanters turn with the thighs.
        CHECK(glm::length(at(posed, "PSIS_L") - at(posed, "iliac_crest_L")) ==
              Approx(glm::length(at(rest, "PSIS_L") - at(rest, "iliac_crest_L"))).margin(1e-4));
    }
}

TEST_CASE("The skin keeps its volume within 5 percent in every pose", "[pose]") {
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        const SceneData& rest = bodyScene(size);
        const double prone = volume(skinOf(rest));
        // Adult body volumes are 50-100 litres; the generated bodies fall in that range.
        CHECK(prone > 0.045);
        CHECK(prone < 0.11);
        ScenePoser poser(rest);
        SceneData posed;
        for (const auto& [name, pose] : posesToCheck()) {
            INFO(name);
            poser.apply(pose, posed);
            CHECK(volume(skinOf(posed)) == Approx(prone).epsilon(0.05));
        }
    }
}

TEST_CASE("With the knees to the chest no long bone passes through the skin", "[pose]") {
    // The shafts of femur, tibia, humerus and radius (their middle halves) stay inside
    // the skin: no skin vertex comes nearer to a shaft's axis than the shaft's radius.
    constexpr float kShaftRadiusM = 0.011f;  // thinner than the femoral shaft, about a tibial or humeral one
    constexpr float kToleranceM = 0.002f;
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        const SceneData& rest = bodyScene(size);
        ScenePoser poser(rest);
        SceneData posed;
        poser.apply(namedPose(PoseId::SupineKneesToChest), posed);
        const Primitive& skin = skinOf(posed);
        for (const char* sfx : {"_L", "_R"}) {
            const std::string s(sfx);
            for (auto [from, to] : {std::pair{"femur", "tibia"}, std::pair{"tibia", "foot"}, std::pair{"humerus", "radius"},
                                    std::pair{"radius", "hand"}}) {
                INFO(from + s);
                const glm::vec3 a = at(posed, from + s), b = at(posed, to + s);
                const glm::vec3 ab = b - a;
                float nearest = 1.0f;
                for (const glm::vec3& q : skin.positions) {
                    const float t = glm::dot(q - a, ab) / glm::dot(ab, ab);
                    if (t < 0.25f || t > 0.75f) continue;
                    nearest = std::min(nearest, glm::length(q - (a + ab * t)));
                }
                CHECK(nearest > kShaftRadiusM - kToleranceM);
            }
        }
    }
}

TEST_CASE("A lying body rests on the table where it lay prone", "[pose]") {
    const SceneData& rest = bodyScene(BodySize::Male);
    float lowestRest = 1.0f;
    for (const glm::vec3& q : skinOf(rest).positions) lowestRest = std::min(lowestRest, q.y);
    ScenePoser poser(rest);
    SceneData posed;
    for (PoseId id : {PoseId::SupineKneesToChest, PoseId::SideLying}) {
        poser.apply(namedPose(id), posed);
        float lowest = 1.0f;
        for (const glm::vec3& q : skinOf(posed).positions) lowest = std::min(lowest, q.y);
        CHECK(lowest == Approx(lowestRest).margin(1e-4));
    }
    // Lying on the back the receiver faces up: the nose above the back of the head.
    poser.apply(namedPose(PoseId::SupineKneesToChest), posed);
    const int skull = rest.findNode("skull");
    const glm::vec3 front = glm::mat3(posed.nodes[static_cast<std::size_t>(skull)].world) *
                            glm::transpose(glm::mat3(rest.nodes[static_cast<std::size_t>(skull)].world)) * glm::vec3(0, -1, 0);
    CHECK(front.y > 0.9f);
}

TEST_CASE("With the knees to the chest the hands hold the shins below the knees", "[pose]") {
    const SceneData& rest = bodyScene(BodySize::Female);
    ScenePoser poser(rest);
    SceneData posed;
    poser.apply(namedPose(PoseId::SupineKneesToChest), posed);
    for (const char* sfx : {"_L", "_R"}) {
        const std::string s(sfx);
        const glm::vec3 knee = at(posed, "tibia" + s), ankle = at(posed, "foot" + s), wrist = at(posed, "hand" + s);
        const glm::vec3 shin = glm::normalize(ankle - knee);
        const float below = glm::dot(wrist - knee, shin);
        CHECK(below > 0.03f);
        CHECK(below < 0.15f);
        CHECK(glm::length(wrist - knee - shin * below) < 0.09f);  // beside the shin, not beyond it
        // The knees come up over the trunk: above the hip joints and toward the head.
        const glm::vec3 hip = at(posed, "femur" + s);
        CHECK(knee.y > hip.y + 0.2f);
        CHECK(knee.z > hip.z);
    }
}

TEST_CASE("In self-massage the receiver's own hands reach the spots on their lower back", "[pose]") {
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        const SceneData& rest = bodyScene(size);
        ScenePoser poser(rest);
        SceneData posed;
        BodyPose pose = namedPose(PoseId::Standing);
        const glm::vec3 l3 = at(rest, "L3");
        for (int side = 0; side < 2; ++side) {
            const float s = side == 0 ? 1.0f : -1.0f;
            pose.ownHands[side] = BodyPose::Touch{l3 + glm::vec3(s * 0.04f, 0.0f, 0.0f), glm::vec3(0, 1, 0), side == 1};
        }
        poser.apply(pose, posed);
        const int l3Bone = rest.findNode("vertebra_L3");
        const glm::mat4 moved = posed.nodes[std::size_t(l3Bone)].world * glm::inverse(rest.nodes[std::size_t(l3Bone)].world);
        for (int side = 0; side < 2; ++side) {
            const std::string sfx = side == 0 ? "_L" : "_R";
            const glm::vec3 spot = glm::vec3(moved * glm::vec4(pose.ownHands[side]->point, 1.0f));
            const glm::vec3 e = at(posed, "radius" + sfx), w = at(posed, "hand" + sfx);
            // The touching part (finger pads / knuckles) on the forearm's line past the wrist.
            const float share = side == 0 ? 0.66f : 0.33f;
            const glm::vec3 tip = w + glm::normalize(w - e) * glm::length(w - e) * share;
            CHECK(glm::length(tip - spot) < 0.015f);
            // The elbows stay out to the side and behind the back, not inside the trunk.
            const glm::vec3 back = glm::mat3(moved) * glm::vec3(0, 1, 0);
            CHECK(glm::dot(e - spot, back) > -0.02f);
            CHECK(std::abs(e.x) > std::abs(spot.x) + 0.1f);
        }
    }
}
