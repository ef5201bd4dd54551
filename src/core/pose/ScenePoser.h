#pragma once
// Poses a skinned scene (the generated body, or a user's glTF whose skin joints carry the
// skeleton's node names): joint nodes turn as the pose says, skinned meshes follow their
// joints (linear blend skinning), landmarks move rigidly with their bone, and the body
// is lowered onto the table where its lowest point lay before (or, standing, kept at
// the height the turn gives).
//
// The rest scene stays untouched: the simulation (contacts, pressure, dose) runs on it,
// and what happens at a rest-space point is shown where pointMatrix() carries it.
#include "core/base/SceneData.h"
#include "core/pose/BodyPose.h"

#include <glm/glm.hpp>

#include <map>
#include <string>
#include <vector>

namespace backrub {

class ScenePoser {
public:
    // `rest` must outlive the poser.
    explicit ScenePoser(const SceneData& rest);

    // Poses `out` (made a copy of the rest scene on first use; after that only
    // positions, normals and node transforms are written; a reach of the arms copies the bends).
    void apply(const BodyPose& pose, SceneData& out);

    // The matrix carrying a rest-space point bound like skin vertex `vertex` (of the
    // skin node's first primitive) into the last applied pose: the blend of its joints'.
    glm::mat4 vertexMatrix(std::size_t vertex) const;
    // The last pose's matrix of a joint node (posed world * inverse rest world); identity
    // for an unknown node.
    glm::mat4 nodeMatrix(int node) const;

    // The bone each landmark moves with: spinous processes with their vertebra, PSIS and
    // iliac crest with the pelvis, scapular landmarks with the scapula, the greater
    // trochanter with the femur; "" when the name follows no rule.
    static std::string landmarkBone(const std::string& landmark);

private:
    // Posed worlds of every node from the bends (model axes) in `bends`.
    void forward(const glm::mat4& turn, const std::map<std::string, glm::quat>& bends);
    // Bends one arm (upper arm and forearm, in the posed world of `world_`) so that the point
    // `tipM` past the wrist along the forearm reaches `goal`, the elbow bending toward `pole`.
    void reachArm(std::map<std::string, glm::quat>& bends, int side, const glm::vec3& goal, float tipM,
                  const glm::vec3& pole) const;
    // Turns a hand at the wrist so its fingers point along `fingers` (model space), `amount` of the way.
    void handAround(std::map<std::string, glm::quat>& bends, int side, const glm::vec3& fingers, float amount) const;
    // Bends the arms so the wrists reach the front of the shins, `amount` of the way.
    void holdKnees(std::map<std::string, glm::quat>& bends, float amount) const;
    // Bends the arms so the receiver's own hands touch the spots BodyPose::ownHands names.
    void reachBack(std::map<std::string, glm::quat>& bends, const BodyPose& pose) const;
    glm::mat3 change(int node) const;  // rotation of a node's posed world against its rest world

    const SceneData& rest_;
    int skinNode_ = -1;
    std::vector<int> order_;        // nodes, parents before children
    std::vector<glm::mat3> restFrame_;  // rotation part of each node's rest world
    std::vector<glm::mat4> restInverse_;  // inverse of each node's rest world
    std::vector<int> boneOfNode_;   // landmark node -> its bone node (-1: none)
    std::vector<glm::mat4> world_;  // posed worlds, per node
    std::vector<glm::mat4> moved_;  // posed world * inverse rest world, per node
    std::vector<glm::mat4> skinMatrix_;  // per joint of the skin in use
    std::map<std::string, glm::quat> bends_;  // the pose's bends with the arms' reach added
};

// The scene posed and baked: meshes, bones and landmarks where the pose puts them, no skin
// left (what `backrub model --pose` writes).
SceneData bakePose(const SceneData& rest, const BodyPose& pose);

}  // namespace backrub
