#include "core/pose/BodyPose.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace backrub {
namespace {

constexpr float kDeg = 3.14159265358979f / 180.0f;

glm::quat about(const glm::vec3& axis, float degrees) { return glm::angleAxis(degrees * kDeg, axis); }
const glm::vec3 kX(1, 0, 0), kY(0, 1, 0), kZ(0, 0, 1);

// Hips and knees bent by these angles, thighs apart by `abductionDeg` each (docs/sources.md,
// "Poses").
void bendLegs(BodyPose& p, float hipDeg, float kneeDeg, float abductionDeg) {
    for (int side = 0; side < 2; ++side) {
        const std::string sfx = side == 0 ? "_L" : "_R";
        const float s = side == 0 ? 1.0f : -1.0f;
        p.joints["femur" + sfx] = about(kX, -hipDeg) * about(kY, -s * abductionDeg);
        p.joints["tibia" + sfx] = about(kX, kneeDeg);
    }
}

// Lying on the back, the head moves from the face cradle onto the table top: about the
// height of the head (estimate; the cradle holds the face beyond the table's end).
constexpr float kSupineCranialShiftM = -0.20f;

}  // namespace

BodyPose namedPose(PoseId pose) {
    BodyPose p;
    switch (pose) {
        case PoseId::Prone: break;
        case PoseId::SupineKneesToChest:
            p.turn = about(kZ, 180.0f);
            p.cranialShiftM = kSupineCranialShiftM;
            bendLegs(p, 120.0f, 115.0f, 10.0f);
            p.holdKnees = 1.0f;
            break;
        case PoseId::SideLying:
            // On the left side, hips and knees bent for balance, the lower arm forward on the
            // table, the upper one along the side.
            p.turn = about(kZ, -90.0f);
            p.cranialShiftM = 0.5f * kSupineCranialShiftM;
            bendLegs(p, 45.0f, 60.0f, 0.0f);
            p.joints["humerus_L"] = about(kX, -80.0f);
            p.joints["humerus_R"] = about(kX, -25.0f) * about(kY, -10.0f);
            break;
        case PoseId::Standing:
            // Upright: cranial becomes up (+Y), the back faces -Z.
            p.turn = about(kX, -90.0f);
            p.restOnTable = false;
            break;
    }
    return p;
}

BodyPose blendPoses(const BodyPose& a, const BodyPose& b, float t) {
    t = std::clamp(t, 0.0f, 1.0f);
    BodyPose out;
    out.turn = glm::slerp(a.turn, b.turn, t);
    out.cranialShiftM = a.cranialShiftM + (b.cranialShiftM - a.cranialShiftM) * t;
    out.restOnTable = t < 0.5f ? a.restOnTable : b.restOnTable;
    out.holdKnees = a.holdKnees + (b.holdKnees - a.holdKnees) * t;
    out.ownHands = t < 0.5f ? a.ownHands : b.ownHands;
    const glm::quat id(1.0f, 0.0f, 0.0f, 0.0f);
    for (const auto& [name, q] : a.joints) {
        auto it = b.joints.find(name);
        out.joints[name] = glm::slerp(q, it != b.joints.end() ? it->second : id, t);
    }
    for (const auto& [name, q] : b.joints)
        if (!a.joints.count(name)) out.joints[name] = glm::slerp(id, q, t);
    return out;
}

BodyPose rollOver(float t) {
    t = std::clamp(t, 0.0f, 1.0f);
    // Key poses and when they are reached: knees to chest, lying on the back with the knees
    // bent and the feet on the table, on the side, face down.
    BodyPose kneesBent = namedPose(PoseId::SupineKneesToChest);
    bendLegs(kneesBent, 50.0f, 90.0f, 0.0f);
    kneesBent.holdKnees = 0.0f;
    const std::array<BodyPose, 4> keys{namedPose(PoseId::SupineKneesToChest), kneesBent, namedPose(PoseId::SideLying),
                                       namedPose(PoseId::Prone)};
    const std::array<float, 4> at{0.0f, 0.3f, 0.65f, 1.0f};
    std::size_t k = 1;
    while (k + 1 < at.size() && t > at[k]) ++k;
    const float local = (t - at[k - 1]) / (at[k] - at[k - 1]);
    // Ease in and out of each key so the body does not jerk at the keys.
    const float eased = local * local * (3.0f - 2.0f * local);
    return blendPoses(keys[k - 1], keys[k], eased);
}

}  // namespace backrub
