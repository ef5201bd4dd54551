#pragma once
// Poses of the body: how the whole body is turned on the table and how each joint is
// bent, by joint name (the generated skeleton's node names, docs/model-format.md).
// Rotations are given in the body's anatomical axes as they are in the model (+X the
// receiver's left, +Y posterior, +Z cranial, core/body/Body.h), about the joint.
// Sign conventions: a hip flexes about -X, a knee about +X; the trunk turns about +Z
// (-90 degrees: lying on the left side, 180: on the back).
#include "core/base/EnumTable.h"

#include <glm/glm.hpp>
#include <glm/gtc/quaternion.hpp>

#include <array>
#include <map>
#include <optional>
#include <string>

namespace backrub {

enum class PoseId { Prone, SupineKneesToChest, SideLying, Standing };

// The one list of poses: ids for files and the command line, labels for the UI.
inline constexpr std::array<EnumRow<PoseId>, 4> kPoses{{
    {PoseId::Prone, "prone", "Face down"},
    {PoseId::SupineKneesToChest, "supine-knees-to-chest", "On the back, knees to chest"},
    {PoseId::SideLying, "side-lying", "On the side"},
    {PoseId::Standing, "standing", "Standing"},
}};

inline const char* poseId(PoseId pose) { return enumId(kPoses, pose); }
inline std::optional<PoseId> parsePoseId(const std::string& id) { return enumFromId(kPoses, id); }

struct BodyPose {
    glm::quat turn{1.0f, 0.0f, 0.0f, 0.0f};  // the whole body about the pelvis
    float cranialShiftM = 0.0f;              // then moved along the table (+Z) ...
    bool restOnTable = true;                 // ... and lowered onto the table (else standing)
    std::map<std::string, glm::quat> joints; // bend of each named joint (identity when absent)
    // 0..1: how far the hands have reached from where `joints` puts the arms to hold the
    // front of the shins below the knees (the arms then follow the legs).
    float holdKnees = 0.0f;
    // Self-massage: where the receiver's own hand ([0] left) touches their back, on the body
    // at rest (the arm reaches it; the spot moves with the nearest vertebra).
    struct Touch {
        glm::vec3 point{0.0f};        // on the skin
        glm::vec3 normal{0, 1, 0};    // out of the skin there
        bool knuckles = false;        // with the knuckles, else the finger pads
        bool operator==(const Touch& o) const { return point == o.point && normal == o.normal && knuckles == o.knuckles; }
    };
    std::array<std::optional<Touch>, 2> ownHands;

    bool operator==(const BodyPose& o) const {
        return turn == o.turn && cranialShiftM == o.cranialShiftM && restOnTable == o.restOnTable && holdKnees == o.holdKnees &&
               joints == o.joints && ownHands == o.ownHands;
    }
};

BodyPose namedPose(PoseId pose);

// `a` at t = 0, `b` at t = 1: rotations by shortest-arc slerp, the shift and the hold linearly.
BodyPose blendPoses(const BodyPose& a, const BodyPose& b, float t);

// Rolling over from lying on the back with the knees to the chest to lying face down:
// the legs come down, the body turns through lying on its side and settles prone.
// t in [0, 1] (clamped); rollOver(0) is the knees-to-chest pose, rollOver(1) prone.
BodyPose rollOver(float t);

}  // namespace backrub
