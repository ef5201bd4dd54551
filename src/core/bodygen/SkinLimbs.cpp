// The skin of the head, arms, hands, legs and feet: parts of the skin field placed on the
// points of LimbBones.h. Soft-tissue sizes are estimates (docs/sources.md, "Limbs, hands,
// feet and head"); male sizes in metres scale with the bone or hand they cover.
#include "core/bodygen/SkinField.h"

#include <algorithm>

namespace backrub {
namespace {

// Axes (columns) of a frame whose third axis is `along` and second lies near `second`.
glm::mat3 axesAlong(const glm::vec3& second, const glm::vec3& along) {
    const glm::vec3 z = glm::normalize(along);
    const glm::vec3 y = glm::normalize(second - z * glm::dot(second, z));
    return glm::mat3(glm::cross(y, z), y, z);
}

}  // namespace

void SkinField::addDigit(const Digit& d, float blend) {
    for (std::size_t j = 0; j + 1 < d.joints.size(); ++j) addCone(d.joints[j], d.joints[j + 1], d.radius[j], d.radius[j + 1], blend);
}

// Face down in the cradle: braincase, brow, cheekbones, nose, lips, jaw and chin, ears.
void SkinField::addHead(const Head& h, const BodyProportions& p) {
    constexpr float kHeadBlendM = 0.03f, kFeatureBlendM = 0.010f, kFineBlendM = 0.007f;
    constexpr float kFaceBehindM = 0.034f;  // m, the face's mass lies behind the line nasion-menton
    const glm::vec3 x(1, 0, 0);
    const glm::mat3 axes(x, h.front, h.up);
    addEllipsoid(h.braincase, h.braincaseRadii, kHeadBlendM, axes);
    const glm::vec3 faceCentre = 0.5f * (h.nasion + h.menton) - h.front * kFaceBehindM;
    addEllipsoid(faceCentre, {0.36f * p.faceBreadth, 0.048f, 0.5f * p.faceLength}, kHeadBlendM, axes);
    addEllipsoid(h.glabella - h.front * 0.010f + h.up * 0.004f, {0.050f, 0.012f, 0.013f}, kFeatureBlendM, axes);  // brow
    for (int side = 0; side < 2; ++side) {
        const float sg = sideSign(side);
        addEllipsoid(h.zygion[side] - x * (sg * 0.012f), {0.013f, 0.018f, 0.014f}, kFeatureBlendM, axes);  // cheekbone
        addEllipsoid(h.nasion + x * (sg * 0.044f) - h.up * 0.013f - h.front * 0.017f, {0.020f, 0.020f, 0.024f}, kFeatureBlendM, axes);  // lateral orbit and temple
        addCone(h.gonion[side], h.menton + x * (sg * 0.016f) + h.up * 0.008f, 0.014f, 0.012f, kFeatureBlendM);  // jaw
        addCone(h.gonion[side] + h.up * 0.006f, h.zygion[side] - x * (sg * 0.010f) - h.up * 0.012f, 0.014f, 0.012f, kFeatureBlendM);  // masseter over the ramus
        // The ear: a thick disc behind the ear canal, its top leaning back.
        const glm::vec3 earUp = glm::normalize(h.up - h.front * 0.25f);
        addEllipsoid(h.tragion[side] + x * (sg * 0.006f) - h.front * 0.012f + earUp * 0.006f, {0.009f, 0.5f * p.earBreadth, 0.5f * p.earLength},
                     kFeatureBlendM, glm::mat3(x, glm::normalize(glm::cross(earUp, x)), earUp));
    }
    addCone(h.nasion + h.front * 0.004f, h.noseTip, 0.007f, 0.011f, kFineBlendM);                                 // nose
    addEllipsoid(h.noseTip - h.up * 0.006f - h.front * 0.009f, {0.017f, 0.010f, 0.009f}, kFineBlendM, axes);      // nostrils
    addEllipsoid(h.nasion - h.up * 0.070f - h.front * 0.004f, {0.025f, 0.012f, 0.012f}, kFeatureBlendM, axes);    // lips
    addEllipsoid(h.menton + h.front * 0.002f + h.up * 0.008f, {0.022f, 0.014f, 0.015f}, kFeatureBlendM, axes);    // chin
}

// Upper arm from the shoulder to the elbow, the olecranon, and the forearm on the table
// with its muscle bellies near the elbow.
void SkinField::addArm(const Arm& a, const BodyProportions& p) {
    constexpr float kArmBlendM = 0.03f, kElbowBlendM = 0.02f;
    const glm::vec3 foreDir = glm::normalize(a.wrist - a.elbow);
    addCone(a.shoulder, a.elbow, p.upperArmRadius * 1.08f, p.forearmRadiusTop * 0.92f, kArmBlendM);
    addEllipsoid(a.olecranon, glm::vec3(0.014f), kElbowBlendM);
    addCone(a.elbow, a.wrist, p.forearmRadiusTop * 0.9f, p.wristRadius, kElbowBlendM);
    addCone(a.elbow + foreDir * 0.03f, a.elbow + foreDir * 0.11f, p.forearmRadiusTop, p.forearmRadiusTop * 0.85f, kElbowBlendM);
}

// The palm as a flattened wrist and palm, the thenar pad, and the five digits. The fingers
// lie side by side, joined by their blend: a gap narrower than two cells of the skin's
// 6 mm grid would tear the surface.
void SkinField::addHand(const Hand& h) {
    constexpr float kPalmBlendM = 0.012f, kWebBlendM = 0.016f, kFingerBlendM = 0.016f;
    const LimbFrame& f = h.frame;
    const glm::mat3 axes(f.first, f.volar, f.distal);
    const float reach = glm::length(h.digits[2].joints.front() - h.wrist);
    addEllipsoid(h.wrist + f.distal * 0.008f, {0.40f * h.breadth, 0.55f * h.thickness, 0.028f}, kPalmBlendM, axes);  // wide and flat, over radius and ulna
    addEllipsoid(h.wrist + f.distal * (0.52f * reach), {0.48f * h.breadth, 0.5f * h.thickness, 0.52f * reach}, kPalmBlendM, axes);
    const Digit& thumb = h.digits[0];
    const glm::vec3 thumbDir = glm::normalize(thumb.joints[1] - thumb.joints[0]);
    addEllipsoid(glm::mix(thumb.joints[0], thumb.joints[1], 0.45f) + f.volar * 0.004f, {0.016f, 0.012f, 0.030f}, kPalmBlendM,
                 axesAlong(f.volar, thumbDir));
    for (int i = 0; i < kDigitCount; ++i) {
        const Digit& d = h.digits[static_cast<std::size_t>(i)];
        const std::size_t first = i == 0 ? 1 : 0;  // the thumb's metacarpal lies in the thenar pad
        for (std::size_t j = first; j + 1 < d.joints.size(); ++j)
            addCone(d.joints[j], d.joints[j + 1], d.radius[j], d.radius[j + 1], j == first ? kWebBlendM : kFingerBlendM);
    }
}

// Thigh to the knee, the knee, the lower leg with the calf bulging up, the heel.
void SkinField::addLeg(const Skeleton& sk, int side, const BodyProportions& p) {
    constexpr float kThighStartX = 0.8f;  // of the hip joint's distance from the midline
    constexpr float kThighStartBelowJointM = 0.002f, kThighStartZM = 0.02f;
    constexpr float kThighBlendM = 0.015f, kKneeBlendM = 0.03f, kCalfBlendM = 0.03f;
    constexpr float kAboveKneeM = 0.07f;  // m, where the thigh's taper meets the knee
    const Leg& l = sk.legs[side];
    const float sg = sideSign(side);
    const glm::vec3 thighDir = glm::normalize(l.knee - l.hip), legDir = glm::normalize(l.ankle - l.knee);
    const glm::vec3 up(0, 1, 0);
    const glm::vec3 start(sg * p.hipJointHalfSpacing * kThighStartX, l.hip.y - kThighStartBelowJointM, kThighStartZM);
    addCone(start, l.knee - thighDir * kAboveKneeM, p.thighRadiusTop, p.thighRadiusBottom, kThighBlendM);
    addCone(l.knee - thighDir * kAboveKneeM, l.knee + legDir * 0.03f, p.thighRadiusBottom * 0.95f, p.kneeRadius, kKneeBlendM);
    addCone(l.knee + legDir * 0.03f, l.ankle, p.kneeRadius * 0.85f, p.ankleRadius, kKneeBlendM);
    addCone(l.knee + legDir * 0.07f + up * 0.014f, l.knee + legDir * 0.21f + up * 0.010f, p.calfRadius, p.calfRadius * 0.72f, kCalfBlendM);
    addCone(l.ankle, l.foot.heel, p.ankleRadius * 0.9f, l.foot.heelPad, kKneeBlendM);
    // The Achilles tendon with the fat pad before it: the back of the leg runs on from the
    // calf to the heel without a waist above the heel.
    constexpr float kAchillesStartAboveAnkleM = 0.10f, kAchillesRadiusShare = 0.75f;
    const glm::vec3 achillesTop = l.ankle - legDir * kAchillesStartAboveAnkleM + up * (p.ankleRadius * 0.35f);
    addCone(achillesTop, l.foot.heel, p.ankleRadius * kAchillesRadiusShare, l.foot.heelPad * 0.85f, kKneeBlendM);
}

// The foot: midfoot from the ankle to the metatarsal heads, then the toes.
void SkinField::addFoot(const Foot& f, const BodyProportions& p) {
    constexpr float kFootBlendM = 0.012f, kToeBlendM = 0.012f;  // the toes side by side, joined (see addHand)
    const float bs = p.footBreadth / kMaleProportions.footBreadth;
    const glm::mat3 axes(f.frame.first, f.frame.volar, f.frame.distal);
    const glm::vec3 mid = 0.5f * (f.ankle + 0.5f * (f.toes[0].joints.front() + f.toes[4].joints.front()));
    addEllipsoid(mid + f.frame.volar * 0.008f, {0.40f * f.breadth, 0.030f * bs, 0.6f * glm::length(mid - f.ankle) + 0.02f}, kFootBlendM, axes);
    for (const Digit& t : f.toes) {
        addCone(mid, t.joints.front(), 0.020f * bs, t.radius.front(), kFootBlendM);
        addDigit(t, kToeBlendM);
    }
}

}  // namespace backrub
