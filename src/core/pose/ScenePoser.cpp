#include "core/pose/ScenePoser.h"

#include "core/base/MathUtil.h"

#include <algorithm>
#include <cmath>
#include <cctype>
#include <functional>
#include <limits>

#include <glm/gtc/matrix_transform.hpp>
#define GLM_ENABLE_EXPERIMENTAL
#include <glm/gtx/quaternion.hpp>

namespace backrub {
namespace {

glm::mat4 rotationAbout(const glm::quat& q, const glm::vec3& centre) {
    glm::mat4 m = glm::mat4_cast(q);
    m[3] = glm::vec4(centre - glm::mat3(m) * centre, 1.0f);
    return m;
}

}  // namespace

std::string ScenePoser::landmarkBone(const std::string& name) {
    auto starts = [&](const char* prefix) { return name.rfind(prefix, 0) == 0; };
    const std::string side = name.size() > 2 && name[name.size() - 2] == '_' ? name.substr(name.size() - 2) : "";
    if (name == "S1") return "sacrum";
    if (name == "coccyx") return "coccyx";
    if (name.size() >= 2 && name.size() <= 3 && (name[0] == 'C' || name[0] == 'T' || name[0] == 'L') &&
        std::isdigit(static_cast<unsigned char>(name[1])))
        return "vertebra_" + name;
    if (starts("PSIS") || starts("iliac_crest")) return "pelvis";
    if (starts("scapula")) return "scapula" + side;
    if (starts("greater_trochanter")) return "femur" + side;
    return "";
}

ScenePoser::ScenePoser(const SceneData& rest) : rest_(rest) {
    const std::size_t n = rest.nodes.size();
    skinNode_ = rest.findNode("skin");
    std::vector<bool> placed(n, false);
    std::function<void(int)> visit = [&](int i) {
        if (placed[i]) return;
        placed[i] = true;
        order_.push_back(i);
        for (int c : rest.nodes[i].children) visit(c);
    };
    for (std::size_t i = 0; i < n; ++i)
        if (rest.nodes[i].parent < 0) visit(static_cast<int>(i));
    for (std::size_t i = 0; i < n; ++i) visit(static_cast<int>(i));  // cycles cannot occur in a valid scene
    restFrame_.resize(n);
    restInverse_.resize(n);
    boneOfNode_.assign(n, -1);
    const int landmarks = rest.findNode("landmarks");
    for (std::size_t i = 0; i < n; ++i) {
        restFrame_[i] = orthonormalized(glm::mat3(rest.nodes[i].world));
        restInverse_[i] = glm::inverse(rest.nodes[i].world);
        if (landmarks >= 0 && rest.nodes[i].parent == landmarks) {
            const std::string bone = landmarkBone(rest.nodes[i].name);
            if (!bone.empty()) boneOfNode_[i] = rest.findNode(bone);
        }
    }
    world_.assign(n, glm::mat4(1.0f));
    moved_.assign(n, glm::mat4(1.0f));
}

void ScenePoser::forward(const glm::mat4& turn, const std::map<std::string, glm::quat>& bends) {
    for (int i : order_) {
        const NodeData& node = rest_.nodes[i];
        glm::mat4 local = node.local;
        auto bend = bends.find(node.name);
        if (bend != bends.end()) {
            // The bend is given in model axes: express it in the node's own frame.
            const glm::mat3 f = restFrame_[i];
            local = local * glm::mat4(glm::transpose(f) * glm::mat3_cast(bend->second) * f);
        }
        world_[i] = node.parent >= 0 ? world_[node.parent] * local : turn * local;
    }
}

glm::mat3 ScenePoser::change(int node) const {
    return orthonormalized(glm::mat3(world_[node])) * glm::transpose(restFrame_[node]);
}

void ScenePoser::reachArm(std::map<std::string, glm::quat>& bends, int side, const glm::vec3& goal, float tipM,
                          const glm::vec3& pole) const {
    const std::string sfx = side == 0 ? "_L" : "_R";
    const int humerus = rest_.findNode("humerus" + sfx), radius = rest_.findNode("radius" + sfx), hand = rest_.findNode("hand" + sfx);
    if (humerus < 0 || radius < 0 || hand < 0) return;
    auto at = [&](int n) { return glm::vec3(world_[n][3]); };
    const glm::vec3 s = at(humerus), e = at(radius), w = at(hand);
    const glm::vec3 tip = w + glm::normalize(w - e) * tipM;  // the hand taken as going on along the forearm
    // Two bones: upper arm a, forearm (to the tip) b; the elbow bends toward `pole`.
    const float a = glm::length(e - s), b = glm::length(tip - e);
    const float d = std::clamp(glm::length(goal - s), std::abs(a - b) + 1e-3f, a + b - 1e-3f);
    const glm::vec3 dir = glm::normalize(goal - s);
    glm::vec3 perp = pole - dir * glm::dot(pole, dir);
    perp = glm::length(perp) > 1e-6f ? glm::normalize(perp) : glm::normalize(pole);
    const float cosA = std::clamp((a * a + d * d - b * b) / (2 * a * d), -1.0f, 1.0f);
    const glm::vec3 elbow = s + a * (cosA * dir + std::sqrt(1 - cosA * cosA) * perp);
    const glm::vec3 reached = s + dir * d;
    // Turn each bone in the world, then read the turn back as its bend: a node's change
    // is its parent's change times its bend.
    auto aim = [&](int node, const glm::vec3& from, const glm::vec3& to, const glm::mat3& parentChange) {
        const glm::quat q = glm::rotation(glm::normalize(from), glm::normalize(to));
        const glm::quat cp = glm::quat_cast(parentChange);
        glm::quat& bend = bends.try_emplace(rest_.nodes[node].name, 1.0f, 0.0f, 0.0f, 0.0f).first->second;
        bend = glm::normalize(glm::inverse(cp) * q * cp * bend);
    };
    const glm::mat3 upperParent = change(rest_.nodes[humerus].parent);
    aim(humerus, e - s, elbow - s, upperParent);
    const glm::mat3 upperNow = upperParent * glm::mat3_cast(bends.at(rest_.nodes[humerus].name));
    // The forearm's current direction once the upper arm has turned.
    const glm::vec3 foreNow = upperNow * glm::transpose(change(humerus)) * (tip - e);
    aim(radius, foreNow, reached - elbow, upperNow);
    bends.insert_or_assign("ulna" + sfx, bends.at("radius" + sfx));  // both forearm bones turn at the elbow
}

void ScenePoser::holdKnees(std::map<std::string, glm::quat>& bends, float amount) const {
    // Where the wrist holds the shin: just below the kneecap, in front of the shin and out
    // beside it, so the forearm passes outside the knee (estimates, as shares of the thigh's
    // length: a larger body has a wider knee).
    constexpr float kBelowKnee = 0.1f, kOut = 0.15f, kFront = 0.11f;
    const int pelvis = rest_.findNode("pelvis");
    if (pelvis < 0) return;
    const glm::mat3 body = change(pelvis);
    for (int side = 0; side < 2; ++side) {
        const std::string sfx = side == 0 ? "_L" : "_R";
        const int hand = rest_.findNode("hand" + sfx), tibia = rest_.findNode("tibia" + sfx), foot = rest_.findNode("foot" + sfx);
        if (hand < 0 || tibia < 0 || foot < 0) continue;
        auto at = [&](int n) { return glm::vec3(world_[n][3]); };
        const glm::vec3 w = at(hand), knee = at(tibia);
        const glm::vec3 shin = glm::normalize(at(foot) - knee);
        const glm::vec3 out = body * glm::vec3(side == 0 ? 1.0f : -1.0f, 0.0f, 0.0f);
        glm::vec3 front = glm::cross(shin, out);
        if (glm::dot(front, body * glm::vec3(0, -1, 0)) < 0.0f) front = -front;
        const float thigh = glm::length(knee - at(rest_.nodes[tibia].parent));
        const glm::vec3 target = knee + thigh * (shin * kBelowKnee + out * kOut + glm::normalize(front) * kFront);
        reachArm(bends, side, w + (target - w) * amount, 0.0f, out);
        handAround(bends, side, glm::normalize(-out + 0.6f * shin), amount);
    }
}

void ScenePoser::handAround(std::map<std::string, glm::quat>& bends, int side, const glm::vec3& fingers, float amount) const {
    // The hand turns at the wrist so its fingers run `fingers` way (across the front of the
    // shin), from where the reached forearm leaves them.
    const std::string sfx = side == 0 ? "_L" : "_R";
    const int radius = rest_.findNode("radius" + sfx), hand = rest_.findNode("hand" + sfx);
    if (radius < 0 || hand < 0) return;
    const std::string humerusName = "humerus" + sfx, radiusName = "radius" + sfx;
    const int humerus = rest_.findNode(humerusName);
    if (humerus < 0) return;
    // The forearm's change after the reach: its parent's, times the bends of upper arm and forearm.
    const glm::quat id(1.0f, 0.0f, 0.0f, 0.0f);
    auto bendOf = [&](const std::string& n) { auto it = bends.find(n); return it != bends.end() ? it->second : id; };
    const glm::mat3 foreNow = change(rest_.nodes[humerus].parent) * glm::mat3_cast(bendOf(humerusName) * bendOf(radiusName));
    // Rest direction of the hand: on from the forearm.
    const glm::vec3 restDir = glm::normalize(glm::vec3(rest_.nodes[hand].world[3] - rest_.nodes[radius].world[3]));
    const glm::vec3 now = foreNow * restDir;
    const glm::quat q = glm::slerp(id, glm::rotation(glm::normalize(now), glm::normalize(fingers)), amount);
    const glm::quat cp = glm::quat_cast(foreNow);
    glm::quat& bend = bends.try_emplace(rest_.nodes[hand].name, 1.0f, 0.0f, 0.0f, 0.0f).first->second;
    bend = glm::normalize(glm::inverse(cp) * q * cp * bend);
}

void ScenePoser::reachBack(std::map<std::string, glm::quat>& bends, const BodyPose& pose) const {
    // The part of the hand that touches lies this far along the forearm's line past the
    // wrist, as a share of the forearm's length (hand length about 0.74 of the forearm's,
    // ANSUR II; finger pads near the fingertips, knuckles at the knuckle row): estimates.
    constexpr float kFingerPads = 0.66f, kKnuckles = 0.33f;
    constexpr float kOffSkinM = 0.008f;  // the touching part's centre, off the skin
    const int pelvis = rest_.findNode("pelvis");
    if (pelvis < 0) return;
    const glm::mat3 body = change(pelvis);
    for (int side = 0; side < 2; ++side) {
        const auto& reach = pose.ownHands[side];
        if (!reach) continue;
        const std::string sfx = side == 0 ? "_L" : "_R";
        const int radius = rest_.findNode("radius" + sfx), hand = rest_.findNode("hand" + sfx);
        if (radius < 0 || hand < 0) continue;
        // The spot on the back moves with the nearest vertebra (or the sacrum).
        int nearest = -1;
        float best = 1e9f;
        for (std::size_t i = 0; i < rest_.nodes.size(); ++i) {
            const std::string& name = rest_.nodes[i].name;
            if (name.rfind("vertebra_", 0) != 0 && name != "sacrum") continue;
            const float d = glm::length(glm::vec3(rest_.nodes[i].world[3]) - reach->point);
            if (d < best) best = d, nearest = static_cast<int>(i);
        }
        if (nearest < 0) continue;
        const glm::mat4 moved = world_[nearest] * restInverse_[nearest];
        const glm::vec3 spot = glm::vec3(moved * glm::vec4(reach->point, 1.0f));
        const glm::vec3 outward = glm::normalize(glm::mat3(moved) * reach->normal);
        const float forearm = glm::length(glm::vec3(world_[hand][3] - world_[radius][3]));
        const float tip = forearm * (reach->knuckles ? kKnuckles : kFingerPads);
        // The elbow out to the side and back.
        const glm::vec3 pole = body * glm::vec3(side == 0 ? 1.0f : -1.0f, 1.0f, 0.0f);
        reachArm(bends, side, spot + outward * kOffSkinM, tip, pole);
    }
}

void ScenePoser::apply(const BodyPose& pose, SceneData& out) {
    if (out.nodes.size() != rest_.nodes.size()) out = rest_;
    const int pelvis = rest_.findNode("pelvis");
    const glm::vec3 centre = pelvis >= 0 ? glm::vec3(rest_.nodes[pelvis].world[3]) : glm::vec3(0.0f);
    const glm::mat4 turn = rotationAbout(pose.turn, centre);
    forward(turn, pose.joints);
    if (pose.holdKnees > 0.0f || pose.ownHands[0] || pose.ownHands[1]) {
        bends_ = pose.joints;
        if (pose.holdKnees > 0.0f) holdKnees(bends_, std::min(pose.holdKnees, 1.0f));
        reachBack(bends_, pose);
        forward(turn, bends_);
    }
    for (std::size_t i = 0; i < world_.size(); ++i) moved_[i] = world_[i] * restInverse_[i];
    for (std::size_t i = 0; i < world_.size(); ++i)
        if (boneOfNode_[i] >= 0) {
            moved_[i] = moved_[boneOfNode_[i]];
            world_[i] = moved_[i] * rest_.nodes[i].world;
        }

    // Skinned meshes: positions in model space, through their joints.
    float lowest = std::numeric_limits<float>::max(), restLowest = std::numeric_limits<float>::max();
    for (std::size_t i = 0; i < rest_.nodes.size(); ++i) {
        const NodeData& node = rest_.nodes[i];
        if (node.skin < 0 || node.mesh < 0 || node.skin >= static_cast<int>(rest_.skins.size())) continue;
        const SkinData& skin = rest_.skins[node.skin];
        skinMatrix_.resize(skin.joints.size());
        for (std::size_t k = 0; k < skin.joints.size(); ++k)
            skinMatrix_[k] = world_[skin.joints[k]] * skin.inverseBind[k];
        world_[i] = glm::mat4(1.0f);
        moved_[i] = glm::mat4(1.0f);
        const MeshData& mesh = rest_.meshes[node.mesh];
        MeshData& posed = out.meshes[node.mesh];
        for (std::size_t pi = 0; pi < mesh.primitives.size(); ++pi) {
            const Primitive& src = mesh.primitives[pi];
            Primitive& dst = posed.primitives[pi];
            if (src.weights.size() != src.positions.size() || src.joints.size() != src.positions.size()) continue;
            for (std::size_t v = 0; v < src.positions.size(); ++v) {
                glm::mat4 m(0.0f);
                for (int k = 0; k < 4; ++k)
                    if (src.weights[v][k] > 0.0f) m += src.weights[v][k] * skinMatrix_[src.joints[v][k]];
                const glm::vec3 q = glm::vec3(m * glm::vec4(src.positions[v], 1.0f));
                dst.positions[v] = q;
                if (v < src.normals.size()) dst.normals[v] = glm::normalize(glm::mat3(m) * src.normals[v]);
                if (static_cast<int>(i) == skinNode_) {
                    lowest = std::min(lowest, q.y);
                    restLowest = std::min(restLowest, src.positions[v].y);
                }
            }
        }
    }

    // Onto the table, and along it.
    glm::vec3 shift(0.0f, 0.0f, pose.cranialShiftM);
    if (pose.restOnTable && lowest < std::numeric_limits<float>::max()) shift.y = restLowest - lowest;
    const glm::mat4 move = glm::translate(glm::mat4(1.0f), shift);
    for (std::size_t i = 0; i < rest_.nodes.size(); ++i) {
        const NodeData& node = rest_.nodes[i];
        if (node.skin >= 0 && node.mesh >= 0) {
            for (Primitive& dst : out.meshes[node.mesh].primitives)
                if (!dst.weights.empty())
                    for (glm::vec3& q : dst.positions) q += shift;
            continue;
        }
        world_[i] = move * world_[i];
        moved_[i] = move * moved_[i];
    }
    for (glm::mat4& m : skinMatrix_) m = move * m;
    for (std::size_t i = 0; i < world_.size(); ++i) {
        NodeData& dst = out.nodes[i];
        dst.world = world_[i];
        const int parent = rest_.nodes[i].parent;
        dst.local = parent >= 0 ? glm::inverse(world_[parent]) * world_[i] : world_[i];
    }
}

glm::mat4 ScenePoser::vertexMatrix(std::size_t vertex) const {
    if (skinNode_ < 0 || rest_.nodes[skinNode_].mesh < 0) return glm::mat4(1.0f);
    const Primitive& p = rest_.meshes[rest_.nodes[skinNode_].mesh].primitives.front();
    if (vertex >= p.weights.size() || skinMatrix_.empty()) return glm::mat4(1.0f);
    glm::mat4 m(0.0f);
    for (int k = 0; k < 4; ++k)
        if (p.weights[vertex][k] > 0.0f && p.joints[vertex][k] < skinMatrix_.size())
            m += p.weights[vertex][k] * skinMatrix_[p.joints[vertex][k]];
    return m;
}

glm::mat4 ScenePoser::nodeMatrix(int node) const {
    return node >= 0 && node < static_cast<int>(moved_.size()) ? moved_[node] : glm::mat4(1.0f);
}

SceneData bakePose(const SceneData& rest, const BodyPose& pose) {
    SceneData posed;
    ScenePoser(rest).apply(pose, posed);
    for (NodeData& n : posed.nodes) n.skin = -1;
    for (MeshData& m : posed.meshes)
        for (Primitive& p : m.primitives) {
            p.joints.clear();
            p.weights.clear();
        }
    posed.skins.clear();
    return posed;
}

}  // namespace backrub
