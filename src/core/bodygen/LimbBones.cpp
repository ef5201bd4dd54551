#include "core/bodygen/LimbBones.h"

#include "core/base/MathUtil.h"
#include "core/bodygen/Skeleton.h"

#include <algorithm>
#include <cmath>

namespace backrub {
namespace {

// `v` turned by `deg` toward `toward` (both unit, at right angles).
glm::vec3 turned(const glm::vec3& v, const glm::vec3& toward, float deg) {
    const float a = deg * kDegToRad;
    return glm::normalize(v * std::cos(a) + toward * std::sin(a));
}

// A chain of joints from `base` along `dir`, each segment bent by `flexDeg` toward `bend`.
Digit digitChain(const glm::vec3& base, glm::vec3 dir, const glm::vec3& bend, const std::vector<float>& lengths,
                 const std::vector<float>& radii, float flexDeg) {
    Digit d;
    d.joints.push_back(base);
    d.radius = radii;
    const glm::vec3 side = glm::normalize(glm::cross(dir, bend));
    for (float len : lengths) {
        d.joints.push_back(d.joints.back() + dir * len);
        const glm::vec3 towardBend = glm::normalize(glm::cross(side, dir));
        dir = turned(dir, towardBend, flexDeg);
    }
    return d;
}

// Hand, palm up beside the thigh (the thumb toward the body). Finger lengths from the
// metacarpophalangeal joint: the middle finger from the hand and palm lengths; index from
// the pooled index/middle ratio (docs/sources.md); ring and little finger are estimates.
Hand buildHand(const glm::vec3& wrist, const glm::vec3& forearmDir, float sg, const BodyProportions& p) {
    constexpr float kMcpBehindCreaseM = 0.020f;  // m, the knuckle joint lies this far proximal to the finger crease (estimate)
    constexpr float kIndexRatio = 63.9f / 70.7f, kRingRatio = 0.95f, kLittleRatio = 0.76f;
    constexpr float kPhalanx[3] = {0.50f, 0.28f, 0.22f};            // share of a finger's length (estimate)
    constexpr float kAcross[4] = {0.30f, 0.10f, -0.10f, -0.30f};    // of the breadth, toward the thumb
    constexpr float kReach[4] = {0.97f, 1.0f, 0.96f, 0.86f};        // knuckle distance, of the middle's
    constexpr float kFanDeg[4] = {0.0f, 0.0f, 0.0f, -1.0f};        // a relaxed hand, the fingers side by side (estimate)
    constexpr float kFingerFlexDeg = 12.0f;                         // per joint, curling toward the palm
    constexpr float kFingerRadiusM[4] = {0.0098f, 0.0090f, 0.0080f, 0.0072f};  // knuckle .. tip, male
    constexpr float kThumbSpreadDeg = 25.0f, kThumbTowardPalm = 0.12f;
    constexpr float kThumbSegmentM[3] = {0.046f, 0.031f, 0.026f};   // metacarpal, phalanges, male
    constexpr float kThumbRadiusM[4] = {0.013f, 0.0112f, 0.0102f, 0.0092f};
    const float hs = p.handLength / kMaleProportions.handLength, bs = p.handBreadth / kMaleProportions.handBreadth;
    Hand h;
    h.wrist = wrist;
    h.frame.distal = glm::normalize(glm::vec3(forearmDir.x, 0.0f, forearmDir.z));
    h.frame.volar = {0, 1, 0};
    h.frame.first = sg * glm::normalize(glm::cross(h.frame.volar, h.frame.distal));
    h.breadth = p.handBreadth;
    h.thickness = 0.030f * bs;
    const LimbFrame& f = h.frame;
    const float knuckle = p.palmLength - kMcpBehindCreaseM * hs;
    const float middle = p.handLength - knuckle;
    const float ratio[4] = {kIndexRatio, 1.0f, kRingRatio, kLittleRatio};
    std::vector<float> radii;
    for (float r : kFingerRadiusM) radii.push_back(r * bs);
    for (int i = 0; i < 4; ++i) {
        const glm::vec3 base = wrist + f.distal * (knuckle * kReach[i]) + f.first * (kAcross[i] * p.handBreadth);
        h.metacarpalBase[i + 1] = wrist + f.distal * (0.02f * hs) + f.first * (kAcross[i] * 0.6f * p.handBreadth);
        std::vector<float> lengths;
        for (float share : kPhalanx) lengths.push_back(middle * ratio[i] * share);
        h.digits[i + 1] = digitChain(base, turned(f.distal, f.first, kFanDeg[i]), f.volar, lengths, radii, kFingerFlexDeg);
    }
    const glm::vec3 cmc = wrist + f.distal * (0.028f * hs) + f.first * (0.30f * p.handBreadth);
    h.metacarpalBase[0] = cmc;
    const glm::vec3 thumbDir = glm::normalize(turned(f.distal, f.first, kThumbSpreadDeg) + f.volar * kThumbTowardPalm);
    std::vector<float> thumbLengths, thumbRadii;
    for (float l : kThumbSegmentM) thumbLengths.push_back(l * hs);
    for (float r : kThumbRadiusM) thumbRadii.push_back(r * bs);
    h.digits[0] = digitChain(cmc, thumbDir, f.volar, thumbLengths, thumbRadii, 5.0f);
    return h;
}

void buildArm(Skeleton& sk, const BodyProportions& p, int side) {
    constexpr float kHumerusJointShare = 0.90f;   // head centre to elbow centre, of the humerus's maximum length (estimate)
    constexpr float kRadiusBeyondWristM = 0.012f; // m, the radial styloid reaches past the wrist joint
    constexpr float kTableClearanceM = 0.003f;    // m, between the skin of the arm and the table
    constexpr float kClavicleForwardDeg = 22.0f;  // the clavicle runs forward from the acromion (estimate)
    const float sg = sideSign(side);
    const float as = p.humerusLength / kMaleProportions.humerusLength;
    const Scapula& sc = sk.scapulae[side];
    Arm& a = sk.arms[side];
    a.shoulder = sc.humeralHead;
    const glm::vec3 acromial = sc.acromioclavicular;
    const float fwd = kClavicleForwardDeg * kDegToRad;
    a.clavicle = {acromial + glm::vec3(-sg * p.clavicleLength * std::cos(fwd), -p.clavicleLength * std::sin(fwd), -0.006f), acromial};

    // Upper arm: down beside the trunk, abducted a little, dropping to the table at the elbow.
    const float abd = p.armAbductionDeg * kDegToRad;
    const float upper = p.humerusLength * kHumerusJointShare;
    constexpr float kElbowBlendBulgeM = 0.006f;  // m, the blended elbow skin swells past the forearm's radius
    const float elbowY = p.forearmRadiusTop + kElbowBlendBulgeM + kTableClearanceM;
    const float drop = std::min(a.shoulder.y - elbowY, upper * 0.9f);
    const float flat = std::sqrt(upper * upper - drop * drop);
    const glm::vec3 armDir = glm::vec3(sg * std::sin(abd) * flat, -drop, -std::cos(abd) * flat) / upper;
    a.elbow = a.shoulder + armDir * upper;
    // Forearm: on the table, on in the same direction.
    const float fore = p.radiusLength - kRadiusBeyondWristM * as;
    const float wristY = p.wristRadius + kTableClearanceM;
    const float fdrop = a.elbow.y - wristY;
    const float fflat = std::sqrt(std::max(fore * fore - fdrop * fdrop, 0.0f));
    const glm::vec3 foreDir = glm::vec3(sg * std::sin(abd) * fflat, -fdrop, -std::cos(abd) * fflat) / fore;
    a.wrist = a.elbow + foreDir * fore;

    const glm::vec3 lateral(sg * std::cos(abd), 0.0f, std::sin(abd));  // outward, across the arm
    a.medialEpicondyle = a.elbow - lateral * (0.032f * as) + armDir * 0.004f;
    a.lateralEpicondyle = a.elbow + lateral * (0.026f * as) + armDir * 0.002f;
    // Palm up, the forearm pronated: the olecranon points up and out, the radius crosses the ulna.
    a.olecranon = a.elbow + glm::normalize(glm::vec3(0, 1, 0) + lateral * 0.6f) * (0.018f * as) - armDir * 0.012f * as;
    a.radialHead = a.elbow + lateral * (0.020f * as) + foreDir * (0.006f * as);
    a.hand = buildHand(a.wrist, foreDir, sg, p);
    a.radialStyloid = a.wrist + a.hand.frame.first * (0.022f * as) + foreDir * (kRadiusBeyondWristM * as);
    a.ulnarStyloid = a.wrist - a.hand.frame.first * (0.022f * as) + foreDir * (0.001f * as);
}

// Foot and toes in the foot's own frame (male sizes, scaled by foot length and breadth):
// distal, volar (out of the sole) and toward the big toe. Standing, the ankle joint lies
// about 7 cm above the floor (estimate).
struct FootPoint {
    float distal, volar, first, radius;
};
// The back of the heel lies about a quarter of the foot's length behind the ankle, the
// metatarsal heads about 0.73 of it ahead of the heel (estimates fitted to the ANSUR II length).
constexpr FootPoint kHeelBack{-0.042f, 0.030f, 0.0f, 0.026f};
constexpr FootPoint kMetatarsalHead[kDigitCount] = {{0.130f, 0.050f, 0.030f, 0.014f},
                                                    {0.132f, 0.052f, 0.008f, 0.011f},
                                                    {0.125f, 0.053f, -0.011f, 0.011f},
                                                    {0.115f, 0.053f, -0.028f, 0.010f},
                                                    {0.100f, 0.052f, -0.043f, 0.010f}};
constexpr float kToeLengthM[kDigitCount] = {0.062f, 0.052f, 0.046f, 0.040f, 0.034f};
constexpr float kToeRadiusM[kDigitCount] = {0.0125f, 0.0085f, 0.0082f, 0.0078f, 0.0072f};

glm::vec3 footPoint(const Foot& f, const FootPoint& q, float ls, float bs) {
    return f.ankle + f.frame.distal * (q.distal * ls) + f.frame.volar * (q.volar * ls) + f.frame.first * (q.first * bs);
}

// Foot plantar-flexed with the dorsum toward the table, the toes flexed to lie along it.
void buildFoot(Foot& f, const glm::vec3& legDir, float sg, const BodyProportions& p) {
    constexpr float kToeFlexDeg = 30.0f;  // toes bent toward the sole against the table (estimate)
    const float ls = p.footLength / kMaleProportions.footLength, bs = p.footBreadth / kMaleProportions.footBreadth;
    const float theta = p.anklePlantarFlexionDeg * kDegToRad;
    const glm::vec3 anterior(0, -1, 0);
    f.frame.distal = glm::normalize(anterior * std::cos(theta) + legDir * std::sin(theta));
    f.frame.volar = glm::normalize(legDir * std::cos(theta) - anterior * std::sin(theta));
    f.frame.first = glm::vec3(-sg, 0, 0);
    f.breadth = p.footBreadth;
    f.height = 0.07f * ls;
    f.heel = footPoint(f, kHeelBack, ls, bs);
    f.heelPad = kHeelBack.radius * bs;
    const glm::vec3 toeDir = turned(f.frame.distal, f.frame.volar, kToeFlexDeg);
    for (int i = 0; i < kDigitCount; ++i) {
        const glm::vec3 head = footPoint(f, kMetatarsalHead[i], ls, bs);
        f.metatarsalBase[i] = footPoint(f, {0.045f, kMetatarsalHead[i].volar * 0.7f, kMetatarsalHead[i].first * 0.7f, 0.0f}, ls, bs);
        const float r = kToeRadiusM[i] * bs;
        f.toes[i] = digitChain(head, toeDir, f.frame.volar, {kToeLengthM[i] * 0.55f * ls, kToeLengthM[i] * 0.45f * ls},
                               {kMetatarsalHead[i].radius * bs, r, r * 0.85f}, 6.0f);
    }
}

// The lowest skin point of the foot below its ankle (negative: under the ankle).
float footFloor(const Foot& f) {
    float lowest = f.heel.y - f.heelPad - f.ankle.y;
    for (const Digit& t : f.toes)
        for (std::size_t j = 0; j < t.joints.size(); ++j) lowest = std::min(lowest, t.joints[j].y - t.radius[j] - f.ankle.y);
    return lowest;
}

void buildLeg(Skeleton& sk, const BodyProportions& p, int side) {
    constexpr float kKneeBelowCondylesM = 0.020f;  // m, the knee's centre lies this far above the condyles' lowest point
    // The tibia's length (without its malleolus) runs from the plateau to the plafond; the knee's
    // centre lies above the one, the ankle's (the talar dome's) below the other (estimates).
    constexpr float kKneeAbovePlateauM = 0.012f, kAnkleBelowPlafondM = 0.010f;
    constexpr float kKneeOutsetM = 0.012f;         // m, the knees a little wider apart than the hips
    constexpr float kTableClearanceM = 0.002f;
    const float sg = sideSign(side);
    const float fs = p.femurLength / kMaleProportions.femurLength;
    Leg& l = sk.legs[side];
    l.hip = sk.pelvis.hipJoint[side];
    const float thigh = p.femurLength - 0.5f * p.femoralHeadDiameter - kKneeBelowCondylesM * fs;
    constexpr float kKneeBlendBulgeM = 0.006f;  // m, the blended knee skin swells past the knee's radius
    const float kneeY = p.kneeRadius + kKneeBlendBulgeM;
    const float kdx = sg * kKneeOutsetM, kdy = kneeY - l.hip.y;
    l.knee = l.hip + glm::vec3(kdx, kdy, -std::sqrt(thigh * thigh - kdx * kdx - kdy * kdy));
    const float shank = p.tibiaLength + (kKneeAbovePlateauM + kAnkleBelowPlafondM) * fs;
    // The ankle rises until the toes rest on the table (two passes settle the leg's slope).
    float ankleY = kneeY;
    for (int pass = 0; pass < 3; ++pass) {
        const float dy = ankleY - kneeY;
        l.ankle = l.knee + glm::vec3(0.0f, dy, -std::sqrt(shank * shank - dy * dy));
        l.foot.ankle = l.ankle;
        buildFoot(l.foot, glm::normalize(l.ankle - l.knee), sg, p);
        ankleY = std::max(p.ankleRadius, -footFloor(l.foot) + kTableClearanceM);
    }
    const glm::vec3 legDir = glm::normalize(l.ankle - l.knee), thighDir = glm::normalize(l.knee - l.hip);
    const glm::vec3 lateral(sg, 0, 0), anterior(0, -1, 0);
    l.medialCondyle = l.knee - lateral * (0.036f * fs) - thighDir * (0.002f * fs);
    l.lateralCondyle = l.knee + lateral * (0.036f * fs) - thighDir * (0.002f * fs);
    l.patella = l.knee + anterior * (0.040f * fs) - thighDir * (0.012f * fs);
    l.tibialPlateau = l.knee + legDir * (kKneeAbovePlateauM * fs);
    l.tibialTuberosity = l.knee + legDir * (0.050f * fs) + anterior * (0.025f * fs);
    // The fibula's head lies below the plateau's rim; its malleolus reaches below the ankle joint.
    l.fibulaHead = l.knee + legDir * (0.044f * fs) + lateral * (0.040f * fs) - anterior * (0.010f * fs);
    l.medialMalleolus = l.ankle - lateral * (0.022f * fs) - legDir * (0.008f * fs);  // about 1 cm above the lateral
    l.lateralMalleolus = l.ankle + lateral * (0.026f * fs) - anterior * (0.008f * fs);
    Femur& femur = sk.femora[side];
    femur.shaftEnd = l.knee - thighDir * (0.05f * fs);
}

// Head face down in the face cradle, placed from the atlas: the ear canals lie a little
// above it, the braincase above and behind the face (ANSUR II head sizes).
void buildHead(Skeleton& sk, const BodyProportions& p) {
    constexpr float kTragionAboveAtlasM = 0.022f;  // m (estimate)
    constexpr float kWidestAboveTragionM = 0.035f;  // m, the braincase is widest this far above the ear canals (estimate)
    constexpr float kGlabellaAheadOfTragionM = 0.100f;  // m (estimate)
    constexpr float kNoseLengthM = 0.048f, kNoseProjectionM = 0.024f;  // m (estimates)
    const Vertebra& c1 = sk.vertebra("C1");
    Head& h = sk.head;
    h.up = glm::normalize(c1.axis);
    h.front = -glm::normalize(c1.posterior - h.up * glm::dot(c1.posterior, h.up));
    const glm::vec3 x(1, 0, 0);
    const glm::vec3 tragionMid = c1.center + h.up * kTragionAboveAtlasM;
    const float rUp = p.tragionToVertex - kWidestAboveTragionM;
    const float rFront = 0.5f * p.headLength;
    h.braincaseRadii = {0.5f * p.headBreadth, rFront, rUp};
    h.braincase = tragionMid + h.up * kWidestAboveTragionM + h.front * (kGlabellaAheadOfTragionM - rFront);
    h.vertex = h.braincase + h.up * rUp;
    h.glabella = h.braincase + h.front * rFront;
    h.inion = h.braincase - h.front * (rFront * 0.92f) - h.up * (rUp * 0.3f);
    h.nasion = h.glabella - h.up * 0.012f - h.front * 0.007f;
    h.noseTip = h.nasion - h.up * kNoseLengthM + h.front * kNoseProjectionM;
    h.menton = h.nasion - h.up * p.faceLength - h.front * 0.012f;
    for (int side = 0; side < 2; ++side) {
        const float sg = sideSign(side);
        h.tragion[side] = tragionMid + x * (sg * (0.5f * p.headBreadth - 0.006f));
        h.zygion[side] = tragionMid + x * (sg * (0.5f * p.faceBreadth - 0.006f)) + h.front * 0.035f - h.up * 0.005f;
        h.gonion[side] = tragionMid + x * (sg * 0.048f) - h.up * 0.062f + h.front * 0.008f;
        h.mastoid[side] = tragionMid + x * (sg * 0.050f) - h.up * 0.018f - h.front * 0.014f;
    }
}

}  // namespace

void buildHeadAndLimbs(Skeleton& sk, const BodyProportions& p) {
    buildHead(sk, p);
    for (int side = 0; side < 2; ++side) {
        buildArm(sk, p, side);
        buildLeg(sk, p, side);
    }
}

}  // namespace backrub
