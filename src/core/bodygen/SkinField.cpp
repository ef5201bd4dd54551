#include "core/bodygen/SkinField.h"

#include "core/base/MathUtil.h"
#include "core/geometry/SegmentDistance.h"
#include "core/geometry/SmoothUnion.h"

#include <glm/gtc/constants.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace backrub {
namespace {

constexpr float kTrunkTopAboveC7M = 0.012f;  // m, the trunk ends just above the C7 tip; the neck part carries on
constexpr float kTrunkBottomZM = -0.05f;     // m, 5 cm below the hip joints (z = 0): buttocks and thighs cover the end
constexpr float kButtockZM = -0.015f, kButtockRzM = 0.115f;  // m, male: centre and half-length of a buttock along z
constexpr float kTissueOverCoccyxM = 0.013f;  // m, over the dorsal coccyx (docs/sources.md, "Soft tissue depths": about 10-20 mm)
constexpr float kSpineGrooveRadiusM = 0.022f;  // m, half-width (gaussian radius) of the groove along the spine
// Sacrum path point two segments below S1: the end of the sacrum's upper part, where the
// sides stand above it and the ridge smoothing stops.
constexpr std::size_t kUpperSacrum = 2;


}  // namespace

// A value given at key heights, joined by a monotone cubic (Fritsch-Carlson): smooth
// through each key, flat only at a local extreme. Easing flat at every key would leave a
// terrace, seen as a horizontal line across the back, wherever a value keeps rising.
float SkinField::Keys::operator()(float z) const {
    if (z <= k.front().x) return k.front().y;
    if (z >= k.back().x) return k.back().y;
    auto it = std::upper_bound(k.begin(), k.end(), z, [](float v, const glm::vec2& e) { return v < e.x; });
    const std::size_t i = static_cast<std::size_t>(it - k.begin()) - 1;
    auto slope = [&](std::size_t j) { return (k[j + 1].y - k[j].y) / (k[j + 1].x - k[j].x); };
    auto tangent = [&](std::size_t j) {  // weighted harmonic mean of the neighbouring slopes (PCHIP)
        if (j == 0 || j + 1 >= k.size()) return 0.0f;
        const float s0 = slope(j - 1), s1 = slope(j);
        if (s0 * s1 <= 0.0f) return 0.0f;
        const float h0 = k[j].x - k[j - 1].x, h1 = k[j + 1].x - k[j].x;
        return 3.0f * (h0 + h1) / ((2.0f * h1 + h0) / s0 + (h1 + 2.0f * h0) / s1);
    };
    const glm::vec2 a = k[i], b = k[i + 1];
    const float h = b.x - a.x, t = (z - a.x) / h, t2 = t * t, t3 = t2 * t;
    return (2 * t3 - 3 * t2 + 1) * a.y + (t3 - 2 * t2 + t) * h * tangent(i) + (-2 * t3 + 3 * t2) * b.y + (t3 - t2) * h * tangent(i + 1);
}

// The trunk's width, anterior line and spine groove are keyed to skeletal levels.
void SkinField::buildKeys(const Skeleton& sk, const BodyProportions& p) {
    const float zBottom = zBottom_, zTop = zTop_;
    auto z = [&](const char* label) { return sk.vertebra(label).center.z; };
    const float hipY = sk.pelvis.hipJoint[0].y;
    const float c7 = sk.vertebra("C7").spinousTip.z;
    // From the waist the width grows steadily down to the hips: the iliac crests are soft
    // ridges on the sides (dimples below), not a belt around the trunk.
    widthKeys_.k = {{zBottom, p.hipBreadth * 0.5f - 0.040f},
                        {0.0f, p.hipBreadth * 0.5f - 0.022f},
                        {sk.pelvis.iliacCrestTop[0].z, 0.5f * (p.iliacHalfWidth + p.waistHalfWidth) + 0.004f},
                        {z("L3"), p.waistHalfWidth},
                        {z("T12"), 0.5f * (p.waistHalfWidth + p.chestHalfWidth)},
                        {z("T7"), p.chestHalfWidth},
                        {z("T4"), p.chestHalfWidth * 0.99f},
                        {z("T1"), p.chestHalfWidth * 0.86f},
                        {c7, p.neckHalfWidth * 1.7f},
                        {zTop, p.neckHalfWidth * 1.4f}};
    yAntKeys_.k = {{zBottom, hipY - p.thighRadiusTop * 0.55f},
                   {0.0f, 0.022f},
                   {sk.pelvis.asis[0].z, 0.012f},
                   {z("L3"), 0.010f},
                   {z("T10"), 0.004f},
                   {z("T7"), 0.002f},
                   {z("T3"), 0.012f},
                   {z("T1"), 0.035f},
                   {c7, 0.075f},
                   {zTop, 0.095f}};
    const float tg = p.grooveDepthThoracic, lg = p.grooveDepthLumbar;
    grooveKeys_.k = {{sk.sacrum.coccyxPath.front().z, 0.0f},
                     {sk.sacrum.path[kUpperSacrum].z, 0.008f},  // the sides stand above the sacrum: no hollow across
                     {sk.sacrum.path.front().z, lg},
                     {z("L4"), lg},
                     {z("L2"), lg},
                     {z("T8"), tg},  // a long change: no flat spot on the ridge line at T12/L1
                     {z("T1"), tg},
                     {c7, 0.002f}};
}

SkinField::SkinField(const Skeleton& sk, const BodyProportions& p) {
    zTop_ = sk.vertebra("C7").spinousTip.z + kTrunkTopAboveC7M;
    zBottom_ = kTrunkBottomZM;
    const std::vector<glm::vec2> profile = midlineProfile(sk, p);
    buildKeys(sk, p);
    buildRidgeLine(sk, profile);
    addBackRelief(sk, p);
    // Parts blended onto the trunk, in a fixed order: the big parts first, so that a point
    // near a hand or a foot has met its arm or leg before and skips the far groups.
    beginGroup({SkinPart::Trunk, 0});
    addNeck(sk, p);
    addShoulders(sk, p);
    addHipsAndButtocks(sk, p);
    addNatalCleft(sk, p);
    beginGroup({SkinPart::Head, 0});
    addHead(sk.head, p);
    for (int side = 0; side < 2; ++side) {
        beginGroup({SkinPart::Arm, side});
        addArm(sk.arms[side], p);
        beginGroup({SkinPart::Leg, side});
        addLeg(sk, side, p);
    }
    for (int side = 0; side < 2; ++side) {
        beginGroup({SkinPart::Hand, side});
        addHand(sk.arms[side].hand);
        beginGroup({SkinPart::Foot, side});
        addFoot(sk.legs[side].foot, p);
    }
    computeBounds();
}

// Midline of the back as (z, y): a tissue depth over each spinous tip from C7 down, the
// sacrum and coccyx, and the trunk's top and bottom ends; ascending z.
std::vector<glm::vec2> SkinField::midlineProfile(const Skeleton& sk, const BodyProportions& p) const {
    constexpr float kTissueOverC7M = 0.008f;  // m, over the prominent C7 tip at the base of the neck (estimate)
    // Cover over the spinous tips blends from thoracic to lumbar over T8..L1, as the groove keys do.
    constexpr float kLumbarBlendFrom = kT8, kLumbarBlendTo = kL1 + 0.5f;
    constexpr float kTissueOverSacrumM = 0.013f;    // m, over the dorsal sacrum (estimate)
    constexpr float kSacrumBelowS1SkinM = 0.006f;   // m, the skin over the upper sacrum below the skin over S1 (estimate)
    constexpr float kBottomBelowC7M = 0.02f;        // m, the trunk's lower end lies this far below the C7 skin height

    std::vector<glm::vec2> profile;  // (z, y)
    for (std::size_t i = kC7; i < sk.vertebrae.size(); ++i) {
        const Vertebra& v = sk.vertebrae[i];
        float lumbarness = smoothstep(kLumbarBlendFrom, kLumbarBlendTo, static_cast<float>(i));
        float tissue = i == kC7 ? kTissueOverC7M
                                : p.tissueOverThoracicSpinous + (p.tissueOverLumbarSpinous - p.tissueOverThoracicSpinous) * lumbarness;
        profile.push_back({v.spinousTip.z, v.spinousTip.y + tissue});
    }
    const LumbarHollow hollow = lumbarHollow(sk, profile[kL1 - kC7]);
    for (std::size_t i = kL1 + 1; i <= kL5; ++i) profile[i - kC7].y = hollow(profile[i - kC7].x);
    // The hollow's far side rises over S1, where the multifidus is thickest, and runs on over
    // the upper sacrum.
    const glm::vec3 s1 = sk.sacrum.s1SpinousTip;
    const float s1Skin = std::max(hollow(s1.z), s1.y + p.tissueOverLumbarSpinous);
    profile.push_back({s1.z, s1Skin});
    for (std::size_t i = kUpperSacrum; i < sk.sacrum.path.size(); i += 2) {  // every other sacrum point from there down
        glm::vec3 d = sk.sacrum.path[i] + glm::vec3(0, sk.sacrum.halfThickness[i] + sk.sacrum.archDepth[i] + kTissueOverSacrumM, 0);
        if (i == kUpperSacrum) d.y = std::max(d.y, s1Skin - kSacrumBelowS1SkinM);
        profile.push_back({d.z, d.y});
    }
    profile.push_back({sk.sacrum.dorsalCoccyx.z, sk.sacrum.dorsalCoccyx.y + kTissueOverCoccyxM});
    const float c7SkinY = profile.front().y;
    profile.push_back({zTop_, c7SkinY});
    profile.push_back({zBottom_, c7SkinY - kBottomBelowC7M});
    std::sort(profile.begin(), profile.end(), [](const glm::vec2& a, const glm::vec2& b) { return a.x < b.x; });
    return profile;
}

// Lying prone the lumbar lordosis shows on the skin as a hollow from L1 down to the sacrum
// (docs/sources.md, "Lumbar hollow"): a parabola through the skin over L1, lowest over the
// median sacral crest at S1 (the spine's deepest point behind, where the sacrum begins to
// rise), as deep as the spinous tips allow while each keeps kMinTissueM of cover.
SkinField::LumbarHollow SkinField::lumbarHollow(const Skeleton& sk, const glm::vec2& l1Skin) {
    constexpr float kMinTissueM = 0.012f;  // m, within the published 10-30 mm over lumbar spinous tips
    LumbarHollow h;
    h.zTop = l1Skin.x;
    h.yTop = l1Skin.y;
    h.zLowest = sk.sacrum.s1SpinousTip.z;
    const float spanTop = (h.zTop - h.zLowest) * (h.zTop - h.zLowest);
    float curvature = std::numeric_limits<float>::max();
    for (std::size_t i = kL1 + 1; i <= kL5 + 1; ++i) {
        const glm::vec3 tip = i <= kL5 ? sk.vertebrae[i].spinousTip : sk.sacrum.s1SpinousTip;
        const float rise = spanTop - (tip.z - h.zLowest) * (tip.z - h.zLowest);
        if (rise > 0.0f) curvature = std::min(curvature, (h.yTop - tip.y - kMinTissueM) / rise);
    }
    h.curvature = std::max(curvature, 0.0f);  // 1/m; no tip clears the line: straight, no hollow
    return h;
}

float SkinField::LumbarHollow::operator()(float z) const {
    return yTop - curvature * ((zTop - zLowest) * (zTop - zLowest) - (z - zLowest) * (z - zLowest));
}

// The ridge line beside the spine (the stations): the midline with the groove carved back
// down to it, smoothed.
void SkinField::buildRidgeLine(const Skeleton& sk, const std::vector<glm::vec2>& profile) {
    constexpr int kSmoothingPasses = 3;
    constexpr float kNeighbourWeight = 0.25f, kCentreWeight = 0.5f;  // a 1-2-1 kernel
    constexpr float kLevelToleranceM = 0.001f;  // m, so the station at the upper sacrum counts as its level
    for (const glm::vec2& pr : profile) stations_.push_back({pr.x, pr.y + grooveKeys_(pr.x)});
    // Spinous tips do not lie on a smooth curve (their lengths and angles change level by
    // level): smooth the ridge line so it shows no bumps or lines across the back.
    // The sacrum keeps its own profile: only levels above its upper third are smoothed.
    const float smoothBelow = sk.sacrum.path[kUpperSacrum].z - kLevelToleranceM;
    for (int pass = 0; pass < kSmoothingPasses; ++pass) {
        std::vector<Station> smoothed = stations_;
        for (std::size_t i = 2; i + 2 < stations_.size(); ++i)
            if (stations_[i - 1].z > smoothBelow)
            // Fill dips only, so every spinous process keeps its tissue cover.
            smoothed[i].yPost = std::max(stations_[i].yPost, kNeighbourWeight * stations_[i - 1].yPost + kCentreWeight * stations_[i].yPost +
                                                                 kNeighbourWeight * stations_[i + 1].yPost);
        stations_ = std::move(smoothed);
    }
}

// The blade: a soft triangular relief over the scapula outline (medial border and inferior
// angle show as its edges), lower toward the armpit.
SkinField::Relief SkinField::scapulaRelief(const Scapula& s, int side) {
    constexpr float kLateralBorderAt = 0.3f;   // of the way from the glenoid to the inferior angle
    constexpr float kGlenoidInsetM = 0.01f;    // m, the outline stops short of the glenoid, toward the spine
    constexpr float kReliefHeightM = 0.0045f;  // m, the blade stands a few mm above the back
    constexpr float kReliefInnerM = 0.022f;    // m, full height this far inside the outline
    constexpr float kReliefOuterM = 0.010f;    // m, gone this far outside it
    Relief r;
    r.corner = {glm::vec2(s.superiorAngle.x, s.superiorAngle.z), glm::vec2(s.spineRoot.x, s.spineRoot.z),
                glm::vec2(s.inferiorAngle.x, s.inferiorAngle.z),
                glm::vec2(glm::mix(s.glenoid, s.inferiorAngle, kLateralBorderAt).x, glm::mix(s.glenoid, s.inferiorAngle, kLateralBorderAt).z),
                glm::vec2(s.glenoid.x - sideSign(side) * kGlenoidInsetM, s.glenoid.z)};
    r.height = kReliefHeightM;
    r.inner = kReliefInnerM;
    r.outer = kReliefOuterM;
    return r;
}

// Dimples and bulges on the back: PSIS dimples, scapular blades, iliac crest ridges and the
// troughs at the erectors' lateral edges.
void SkinField::addBackRelief(const Skeleton& sk, const BodyProportions& p) {
    constexpr float kBackOnly = 1.0f, kBackAndSides = 0.0f;  // Dimple::postOnly
    constexpr float kPsisDimpleDepthM = 0.003f, kPsisDimpleWidthM = 0.016f;
    constexpr float kCrestRidgeHeightM = 0.003f, kCrestRidgeWidthM = 0.014f;
    constexpr float kErectorTroughDepthM = 0.003f, kErectorTroughWidthM = 0.016f;
    constexpr float kErectorTroughFlare = 1.1f;  // the trough runs a little wider at T12 than at L4
    for (int side = 0; side < 2; ++side) {
        dimples_.push_back({sk.pelvis.psis[side], sk.pelvis.psis[side], kPsisDimpleDepthM, kPsisDimpleWidthM, kBackOnly});
        reliefs_.push_back(scapulaRelief(sk.scapulae[side], side));
        // Iliac crest: a soft ridge on the side of the hip, from behind the crest top to the front.
        const auto& crest = sk.pelvis.iliacCrest[side];
        for (std::size_t i = crest.size() / 2 - 1; i + 2 < crest.size(); i += 2)
            dimples_.push_back({crest[i], crest[i + 2], -kCrestRidgeHeightM, kCrestRidgeWidthM, kBackAndSides});
        // Lumbar: the erector spinae stand as ridges beside the spine groove; a shallow trough
        // marks their lateral edge.
        const float xe = sideSign(side) * (p.erectorWidthLumbar + kSpineGrooveRadiusM);
        dimples_.push_back({glm::vec3(xe, 0, sk.vertebra("L4").center.z), glm::vec3(xe * kErectorTroughFlare, 0, sk.vertebra("T12").center.z),
                            kErectorTroughDepthM, kErectorTroughWidthM, kBackOnly});
    }
}

void SkinField::addNeck(const Skeleton& sk, const BodyProportions& p) {
    constexpr float kNeckBehindBodiesM = -0.008f;  // m, negative: the neck's axis lies just before the vertebral bodies
    constexpr float kNeckAboveC1M = 0.035f;       // m, the neck runs on past the atlas into the head
    constexpr float kNeckWidthAtC7 = 1.05f, kNeckWidthAtTop = 0.95f;  // of neckHalfWidth: narrower upward
    constexpr float kNeckBlendM = 0.035f;
    const Vertebra& c7 = sk.vertebra("C7");
    const Vertebra& c1 = sk.vertebra("C1");
    addCone(c7.center + c7.posterior * kNeckBehindBodiesM, c1.center + c1.axis * kNeckAboveC1M + c1.posterior * kNeckBehindBodiesM,
            p.neckHalfWidth * kNeckWidthAtC7, p.neckHalfWidth * kNeckWidthAtTop, kNeckBlendM);
}

// Shoulder slopes from the nape to the acromion, the scapular spines and the deltoids.
// Sizes in metres are male, scaled by the shoulder breadth.
void SkinField::addShoulders(const Skeleton& sk, const BodyProportions& p) {
    constexpr float kSlopeStartXM = 0.03f;            // m, the slope starts beside the midline,
    constexpr float kSlopeStartBelowC7TipM = 0.050f;  // m, under the C7 tip
    constexpr float kSlopeStartBelowC7M = 0.01f;      // m, a little below C7
    constexpr float kSlopeEndAtAcromion = 0.92f;      // of the acromion's distance from the midline
    constexpr float kSlopeEndBelowAcromionM = 0.012f; // m
    constexpr float kSlopeRadiusNeckM = 0.050f, kSlopeRadiusAcromionM = 0.036f;
    constexpr float kShoulderBlendM = 0.04f;
    // The scapular spine and acromion lie just under the skin: cover them with a few mm of tissue.
    constexpr float kSpineRootCoverM = 0.002f, kSpineMidCoverM = 0.003f;  // m, along the blade's outward normal
    constexpr float kAcromionCoverM = 0.004f;                             // m, beyond the acromion
    constexpr float kSpineRadiusRootM = 0.010f, kSpineRadiusMidM = 0.010f, kSpineRadiusAcromionM = 0.017f;
    constexpr float kDeltoidInsetM = 0.004f;   // m, inside the bideltoid breadth
    constexpr float kDeltoidOutsetM = 0.004f, kDeltoidBelowHeadM = 0.01f;  // m, centre from the humeral head
    constexpr float kDeltoidRyM = 0.055f, kDeltoidRzM = 0.065f;
    constexpr float kDeltoidBlendM = 0.025f;
    const float w = p.biacromialBreadth / kMaleProportions.biacromialBreadth;
    const Vertebra& c7 = sk.vertebra("C7");
    for (int side = 0; side < 2; ++side) {
        const float sg = sideSign(side);
        const Scapula& s = sk.scapulae[side];
        addCone({sg * kSlopeStartXM, c7.spinousTip.y - kSlopeStartBelowC7TipM, c7.center.z - kSlopeStartBelowC7M},
                {s.acromion.x * kSlopeEndAtAcromion, s.acromion.y - kSlopeEndBelowAcromionM, s.acromion.z}, kSlopeRadiusNeckM * w,
                kSlopeRadiusAcromionM * w, kShoulderBlendM);
        const glm::vec3 spineMid = 0.5f * (s.spineRoot + s.acromion) + s.outward * kSpineMidCoverM;
        addCone(s.spineRoot + s.outward * kSpineRootCoverM, spineMid, kSpineRadiusRootM, kSpineRadiusMidM, kShoulderBlendM);
        addCone(spineMid, s.acromion + glm::vec3(sg * kAcromionCoverM, 0.0f, 0.0f), kSpineRadiusMidM, kSpineRadiusAcromionM, kShoulderBlendM);
        const float deltoidRx = p.bideltoidBreadth * 0.5f - std::abs(s.humeralHead.x) - kDeltoidInsetM;
        addEllipsoid(s.humeralHead + glm::vec3(sg * kDeltoidOutsetM, 0, -kDeltoidBelowHeadM), {deltoidRx, kDeltoidRyM * w, kDeltoidRzM * w},
                     kDeltoidBlendM);
    }
}

// The sides of the hips and the buttocks; the buttocks' small blend makes the gluteal fold.
// Buttock sizes in metres are male, scaled by the hip breadth.
void SkinField::addHipsAndButtocks(const Skeleton& sk, const BodyProportions& p) {
    constexpr float kHipInsetM = 0.05f;  // m, centre inside the hip breadth
    constexpr float kHipAboveJointM = 0.012f, kHipZM = -0.02f;
    constexpr float kHipRxM = 0.05f, kHipRyM = 0.075f, kHipRzM = 0.115f;
    constexpr float kHipBlendM = 0.06f;  // wide: the side of the hip is a soft round
    constexpr float kButtockXM = 0.062f, kButtockAboveJointM = 0.05f;
    constexpr float kButtockRxM = 0.088f, kButtockRyM = 0.085f;
    constexpr float kButtockBlendM = 0.03f;
    const float wh = p.hipBreadth / kMaleProportions.hipBreadth;
    const float hipY = sk.pelvis.hipJoint[0].y;
    for (int side = 0; side < 2; ++side) {
        const float sg = sideSign(side);
        addEllipsoid({sg * (p.hipBreadth * 0.5f - kHipInsetM), hipY + kHipAboveJointM, kHipZM}, {kHipRxM, kHipRyM, kHipRzM}, kHipBlendM);
        addEllipsoid({sg * kButtockXM * wh, hipY + kButtockAboveJointM, kButtockZM}, glm::vec3(kButtockRxM, kButtockRyM, kButtockRzM) * wh,
                     kButtockBlendM);
    }
}

// The natal cleft: its floor lies kTissueOverCoccyxM over the coccyx (the tailbone is felt just
// under the skin), rises out of the skin over the sacrococcygeal joint where the cleft begins, and sinks between
// the buttocks to their lower end. Sizes in metres are male, scaled by the hip breadth.
void SkinField::addNatalCleft(const Skeleton& sk, const BodyProportions& p) {
    constexpr float kStartAboveCoccyxM = 0.012f; // the cleft begins at the sacrococcygeal joint (estimate)
    constexpr float kRiseToStartM = 0.07f;       // its floor there, above the floor over the coccyx: out of the skin
    const float wh = p.hipBreadth / kMaleProportions.hipBreadth;
    const glm::vec3 coccyx = sk.sacrum.dorsalCoccyx;
    const float zLow = kButtockZM - kButtockRzM * wh;
    const float yLow = sk.pelvis.hipJoint[0].y;
    cleft_.zLo = zLow;
    cleft_.zHi = coccyx.z + kStartAboveCoccyxM;
    cleft_.floor.k = {{zLow, yLow}, {coccyx.z, coccyx.y + kTissueOverCoccyxM}, {cleft_.zHi, coccyx.y + kTissueOverCoccyxM + kRiseToStartM}};
    cleft_.present = true;
}

float SkinField::Cleft::distance(const glm::vec3& p) const {
    constexpr float kFloorRadiusM = 0.006f;  // m, the cleft's rounded floor: the 6 mm skin grid resolves it
    constexpr float kOpening = 0.08f;        // half-width gained per metre above the floor's centre
    const float centreY = floor(p.z) + kFloorRadiusM;
    const float across = p.y < centreY ? std::hypot(p.x, centreY - p.y) - kFloorRadiusM
                                       : std::abs(p.x) - (kFloorRadiusM + kOpening * (p.y - centreY));
    return std::max(across, std::max(p.z - zHi, zLo - p.z));
}

// Bounds: the trunk box and every part's bounding sphere.
void SkinField::computeBounds() {
    constexpr float kTrunkBoxPadM = 0.01f;  // m, below the table and above the highest station
    constexpr float kMarginM = 0.03f;       // m, room around everything for the mesher
    float maxHalf = 0.0f, maxPost = 0.0f;
    for (const glm::vec2& k : widthKeys_.k) maxHalf = std::max(maxHalf, k.y);
    for (const Station& s : stations_) maxPost = std::max(maxPost, s.yPost);
    trunkLo_ = lo_ = {-maxHalf, -kTrunkBoxPadM, zBottom_};
    trunkHi_ = hi_ = {maxHalf, maxPost + kTrunkBoxPadM, zTop_};
    for (const Part& part : parts_) {
        lo_ = glm::min(lo_, part.boundCentre - glm::vec3(part.boundRadius));
        hi_ = glm::max(hi_, part.boundCentre + glm::vec3(part.boundRadius));
    }
    lo_ -= glm::vec3(kMarginM);
    hi_ += glm::vec3(kMarginM);
    for (std::size_t g = 0; g < groups_.size(); ++g) {
        Group& group = groups_[g];
        group.end = g + 1 < groups_.size() ? groups_[g + 1].first : parts_.size();
        glm::vec3 glo(1e9f), ghi(-1e9f);
        for (std::size_t i = group.first; i < group.end; ++i) {
            glo = glm::min(glo, parts_[i].boundCentre - glm::vec3(parts_[i].boundRadius));
            ghi = glm::max(ghi, parts_[i].boundCentre + glm::vec3(parts_[i].boundRadius));
        }
        group.centre = 0.5f * (glo + ghi);
        for (std::size_t i = group.first; i < group.end; ++i) {
            group.radius = std::max(group.radius, glm::length(parts_[i].boundCentre - group.centre) + parts_[i].boundRadius);
            group.blend = std::max(group.blend, parts_[i].blend);
        }
    }
}

float SkinField::Relief::signedDistance(const glm::vec2& q) const {
    // The outline is convex: the signed distance is the largest of the distances to its edges'
    // lines. A smooth maximum (log-sum-exp) keeps the relief free of the creases a hard one
    // draws along the corners' bisectors, and rounds the corners.
    constexpr float kEdgeBlendM = 0.016f;
    float area = 0.0f;
    for (std::size_t i = 0, j = corner.size() - 1; i < corner.size(); j = i++)
        area += corner[j].x * corner[i].y - corner[i].x * corner[j].y;
    const float winding = area >= 0.0f ? 1.0f : -1.0f;  // counter-clockwise: outward is to the right of each edge
    // Signed distance from q to the line of the edge ending at corner i (outward positive).
    const auto along = [&](std::size_t i) {
        const std::size_t j = (i + corner.size() - 1) % corner.size();
        const glm::vec2 e = glm::normalize(corner[i] - corner[j]);
        return glm::dot(q - corner[j], winding * glm::vec2(e.y, -e.x));
    };
    float largest = -1e9f;
    for (std::size_t i = 0; i < corner.size(); ++i) largest = std::max(largest, along(i));
    float sum = 0.0f;
    for (std::size_t i = 0; i < corner.size(); ++i) sum += std::exp((along(i) - largest) / kEdgeBlendM);
    return largest + kEdgeBlendM * std::log(sum);
}

void SkinField::addCone(const glm::vec3& a, const glm::vec3& b, float r0, float r1, float blend) {
    float rmax = std::max(r0, r1);
    parts_.push_back({Shape::Cone, a, b, r0, r1, blend, 0.5f * (a + b), 0.5f * glm::length(b - a) + rmax});
}

void SkinField::addEllipsoid(const glm::vec3& c, const glm::vec3& radii, float blend, const glm::mat3& axes) {
    float rmax = std::max(radii.x, std::max(radii.y, radii.z));
    parts_.push_back({Shape::Ellipsoid, c, radii, 0.0f, 0.0f, blend, c, rmax * 1.25f, axes});
}

void SkinField::beginGroup(SkinPartId id) {
    Group g;
    g.first = parts_.size();
    groups_.push_back(g);
    partIds_.push_back(id);
}

float SkinField::trunk(const glm::vec3& p) const {
    const float z = std::clamp(p.z, stations_.front().z, stations_.back().z);
    // Catmull-Rom through the station heights for a smooth back line.
    auto it = std::upper_bound(stations_.begin(), stations_.end(), z, [](float v, const Station& s) { return v < s.z; });
    std::size_t i1 = std::min<std::size_t>(std::max<std::ptrdiff_t>(it - stations_.begin(), 1), stations_.size() - 1);
    std::size_t i0 = i1 - 1;
    const Station& s1 = stations_[i0];
    const Station& s2 = stations_[i1];
    const Station& s0 = stations_[i0 > 0 ? i0 - 1 : i0];
    const Station& s3 = stations_[i1 + 1 < stations_.size() ? i1 + 1 : i1];
    float t = s2.z > s1.z ? (z - s1.z) / (s2.z - s1.z) : 0.0f;
    float m1 = (s2.yPost - s0.yPost) / std::max(s2.z - s0.z, 1e-4f) * (s2.z - s1.z);
    float m2 = (s3.yPost - s1.yPost) / std::max(s3.z - s1.z, 1e-4f) * (s2.z - s1.z);
    float t2 = t * t, t3 = t2 * t;
    float yPost = (2 * t3 - 3 * t2 + 1) * s1.yPost + (t3 - 2 * t2 + t) * m1 + (-2 * t3 + 3 * t2) * s2.yPost + (t3 - t2) * m2;

    const float a = widthKeys_(z), yAnt = yAntKeys_(z), groove = grooveKeys_(z);
    const float yc = 0.5f * (yPost + yAnt), b = 0.5f * (yPost - yAnt);
    const float dx = p.x, dy = p.y - yc;
    const float rho = std::sqrt(dx * dx + dy * dy);
    float f;
    if (rho < 1e-6f) {
        f = -std::min(a, b);
    } else {
        const float n = dy > 0.0f ? 2.6f : 2.2f;
        const float cx = std::abs(dx) / rho / a, cy = std::abs(dy) / rho / b;
        f = rho - 1.0f / std::pow(std::pow(cx, n) + std::pow(cy, n), 1.0f / n);
    }
    const float up = dy / b;
    const float wPost = smoothstep(0.25f, 0.75f, up), wSide = smoothstep(-0.4f, 0.2f, up);
    if (wPost > 0.0f) f += groove * std::exp(-(p.x * p.x) / (kSpineGrooveRadiusM * kSpineGrooveRadiusM)) * wPost;
    if (wPost > 0.0f || wSide > 0.0f)
        for (const Relief& r : reliefs_) {
            const float sd = r.signedDistance(glm::vec2(p.x, p.z));
            if (sd > r.outer) continue;
            f -= r.height * smoothstep(r.outer, -r.inner, sd) * std::max(wPost, 0.6f * wSide);
        }
    for (const Dimple& d : dimples_) {
        const float weight = d.postOnly > 0.5f ? wPost : wSide;
        if (weight <= 0.0f) continue;
        const float dist = segmentDistanceXZ(p, d.a, d.b);
        if (dist > 3.0f * d.width) continue;
        f += d.depth * std::exp(-(dist * dist) / (d.width * d.width)) * weight;
    }
    f = smoothIntersect(f, zBottom_ - p.z, 0.02f);
    return smoothIntersect(f, p.z - zTop_, 0.03f);
}

float SkinField::partField(const Part& part, const glm::vec3& p) const {
    if (part.shape == Shape::Cone) {
        glm::vec3 ba = part.b - part.a, pa = p - part.a;
        float t = std::clamp(glm::dot(pa, ba) / glm::dot(ba, ba), 0.0f, 1.0f);
        return glm::length(pa - ba * t) - (part.r0 + (part.r1 - part.r0) * t);
    }
    glm::vec3 q = glm::transpose(part.axes) * (p - part.a);
    float k0 = glm::length(q / part.b), k1 = glm::length(q / (part.b * part.b));
    return k1 > 1e-9f ? k0 * (k0 - 1.0f) / k1 : -std::min(part.b.x, std::min(part.b.y, part.b.z));
}

void SkinField::partFields(const glm::vec3& p, std::vector<float>& out) const {
    constexpr float kFar = 1e3f;
    out.assign(groups_.size(), kFar);
    for (std::size_t gi = 0; gi < groups_.size(); ++gi) {
        const Group& g = groups_[gi];
        float f = gi == 0 ? trunk(p) : kFar;
        for (std::size_t i = g.first; i < g.end; ++i) {
            const float d = partField(parts_[i], p);
            f = f >= kFar ? d : smoothUnion(f, d, parts_[i].blend);
        }
        out[gi] = f;
    }
}

float SkinField::operator()(const glm::vec3& p) const {
    // Far from the trunk's box, the box distance stands in for the trunk: the trunk field is
    // at least about that large there, and a part's smooth union ignores anything more than
    // its blend radius above it, so the surface is the same.
    constexpr float kTrunkFarM = 0.15f;  // m, more than the largest blend radius plus the trunk's relief
    const glm::vec3 outside = glm::max(glm::max(trunkLo_ - p, p - trunkHi_), glm::vec3(0.0f));
    const float boxDistance = glm::length(outside);
    float f = boxDistance > kTrunkFarM ? boxDistance : trunk(p);
    for (const Group& g : groups_) {
        if (glm::length(p - g.centre) - g.radius >= f + g.blend) continue;
        for (std::size_t i = g.first; i < g.end; ++i) {
        const Part& part = parts_[i];
        if (glm::length(p - part.boundCentre) - part.boundRadius >= f + part.blend) continue;
        f = smoothUnion(f, partField(part, p), part.blend);
        }
    }
    constexpr float kCleftBlendM = 0.008f;  // m, the rounded edges of the cleft
    if (cleft_.present) f = smoothIntersect(f, -cleft_.distance(p), kCleftBlendM);
    return f;
}

void SkinField::bounds(glm::vec3& lo, glm::vec3& hi) const {
    lo = lo_;
    hi = hi_;
}

glm::vec3 SkinField::surfaceAlong(const glm::vec3& p, const glm::vec3& dir) const {
    const glm::vec3 d = glm::normalize(dir);
    const float step = 0.002f;
    float prev = (*this)(p);
    if (prev >= 0.0f) return p;
    for (float t = step; t < 0.6f; t += step) {
        float v = (*this)(p + d * t);
        if (v >= 0.0f) {
            float lo = t - step, hi = t;
            for (int i = 0; i < 40; ++i) {
                float mid = 0.5f * (lo + hi);
                ((*this)(p + d * mid) < 0.0f ? lo : hi) = mid;
            }
            return p + d * (0.5f * (lo + hi));
        }
    }
    return p;
}

}  // namespace backrub
