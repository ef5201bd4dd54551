#include "core/session/PosedBody.h"

#include "core/base/MathUtil.h"

namespace backrub {

namespace {

bool isRest(const BodyPose& p) {
    const glm::quat id(1.0f, 0.0f, 0.0f, 0.0f);
    if (p.turn != id || p.cranialShiftM != 0.0f || !p.restOnTable || p.holdKnees != 0.0f || p.ownHands[0] || p.ownHands[1])
        return false;
    for (const auto& [name, q] : p.joints)
        if (q != id) return false;
    return true;
}

// The skin primitive the body was read from, when it is bound to a skin.
const Primitive* boundSkin(const SceneData& scene, const Body& body) {
    const int node = scene.findNode("skin");
    if (node < 0 || scene.nodes[node].mesh < 0 || scene.nodes[node].skin < 0) return nullptr;
    const MeshData& mesh = scene.meshes[scene.nodes[node].mesh];
    if (mesh.primitives.size() != 1) return nullptr;
    const Primitive& p = mesh.primitives.front();
    if (p.positions.size() != body.skin.positions.size() || p.weights.size() != p.positions.size()) return nullptr;
    return &p;
}

}  // namespace

PosedBody::PosedBody(const SceneData& rest, const Body& body) : rest_(rest), body_(body) {
    canPose_ = boundSkin(rest, body) != nullptr && rest.findNode("pelvis") >= 0;
    if (!canPose_) return;
    poser_ = std::make_unique<ScenePoser>(rest);
    query_ = std::make_unique<SkinQuery>(body.skin);
    for (const Landmark& l : body.landmarks) landmarkNode_.push_back(rest.findNode(l.name));
}

bool PosedBody::setPose(const BodyPose& pose) {
    if (!canPose_ || pose == pose_) return false;
    pose_ = pose;
    const bool rest = isRest(pose);
    if (rest && atRest_) return false;
    atRest_ = rest;
    if (rest) return true;
    poser_->apply(pose, posedScene_);
    if (!posedBody_) posedBody_ = body_;
    const Primitive& skin = posedScene_.meshes[posedScene_.nodes[posedScene_.findNode("skin")].mesh].primitives.front();
    posedBody_->skin.positions = skin.positions;
    posedBody_->skin.normals = skin.normals;
    for (std::size_t i = 0; i < body_.landmarks.size(); ++i)
        posedBody_->landmarks[i].position = landmarkNode_[i] >= 0 ? glm::vec3(posedScene_.nodes[landmarkNode_[i]].world[3])
                                                                  : point(body_.landmarks[i].position);
    return true;
}

void PosedBody::carry(std::vector<TrailSample>& trail) const {
    if (atRest_) return;
    for (TrailSample& s : trail) {
        const glm::mat4 m = matrixAt(s.position);
        s.position = glm::vec3(m * glm::vec4(s.position, 1.0f));
        s.normal = glm::mat3(m) * s.normal;
    }
}

glm::mat4 PosedBody::matrixAt(const glm::vec3& restPoint) const {
    if (atRest_ || !query_) return glm::mat4(1.0f);
    const SkinHit hit = query_->closest(restPoint);
    if (hit.triangle < 0) return glm::mat4(1.0f);
    const auto& idx = body_.skin.indices;
    const glm::vec3 a = body_.skin.positions[idx[3 * hit.triangle]], b = body_.skin.positions[idx[3 * hit.triangle + 1]],
                    c = body_.skin.positions[idx[3 * hit.triangle + 2]];
    // Barycentric weights of the closest point, clamped into the triangle.
    const glm::vec3 v0 = b - a, v1 = c - a, v2 = hit.position - a;
    const float d00 = glm::dot(v0, v0), d01 = glm::dot(v0, v1), d11 = glm::dot(v1, v1);
    const float d20 = glm::dot(v2, v0), d21 = glm::dot(v2, v1), den = d00 * d11 - d01 * d01;
    float wb = den > 0.0f ? (d11 * d20 - d01 * d21) / den : 0.0f, wc = den > 0.0f ? (d00 * d21 - d01 * d20) / den : 0.0f;
    wb = glm::clamp(wb, 0.0f, 1.0f);
    wc = glm::clamp(wc, 0.0f, 1.0f - wb);
    const float wa = 1.0f - wb - wc;
    glm::mat4 m = wa * poser_->vertexMatrix(idx[3 * hit.triangle]) + wb * poser_->vertexMatrix(idx[3 * hit.triangle + 1]) +
                  wc * poser_->vertexMatrix(idx[3 * hit.triangle + 2]);
    // Keep it rigid: orthonormal axes, so hands and markers keep their shape.
    glm::mat4 r(orthonormalized(glm::mat3(m)));
    // The translation that sends the rest point where the blended matrix sends it.
    const glm::vec3 to = glm::vec3(m * glm::vec4(restPoint, 1.0f));
    r[3] = glm::vec4(to - glm::mat3(r) * restPoint, 1.0f);
    return r;
}

}  // namespace backrub
