#include "core/bodygen/Skeleton.h"

#include "core/base/MathUtil.h"
#include "core/bodygen/Sternum.h"
#include "core/geometry/MeshBuilder.h"

#include <glm/gtc/constants.hpp>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace backrub {
namespace {

constexpr float kDeg = kDegToRad;

// Shape of one vertebra before placement (male sizes; scaled by vertebraScale).
struct LevelShape {
    float halfWidth, halfDepth, archDepth, spinousLength, spinousAngleDeg, spinousThickness, transverseSpan, transverseBackDeg;
    float tipSpread = 0.0f;
};

// The dens of the axis (docs/sources.md, "Dens of the axis"): on dry bones 15.8 mm high, 10.7 mm
// deep and 8.5-10.3 mm wide; a little shorter here so that its tip stands just above the ring of the atlas.
constexpr float kDensHeightM = 0.0150f, kDensHalfDepthM = 0.0054f, kDensHalfWidthM = 0.0047f;
// The atlas rings the dens: its anterior arch (about 3.7 mm thick, estimate) lies in front of it, past
// an atlanto-dental interval of about 2 mm (normal adult 1-3 mm).
constexpr float kAtlasArchAheadM = kDensHalfDepthM + 0.002f + 0.0037f;

// Index kC1..kL5 (see Skeleton.h). Sizes are typical adult values from anatomy atlases (estimates):
// spinous processes point slightly down in the neck, steeply (about 60 deg) in the mid
// thoracic spine, so that a tip lies at the level of the next body, and almost straight
// back in the lumbar spine.
LevelShape levelShape(int i) {
    auto lerp = [](float a, float b, float t) { return a + (b - a) * t; };
    // Atlas: a ring round the dens, its posterior arch 30 mm behind the dens (estimate).
    if (i == kC1) return {0.012f, kAtlasArchAheadM, 0.030f - kAtlasArchAheadM, 0.006f, 0.0f, 0.008f, 0.036f, 0.0f};
    if (i <= kC7) {
        // C2's spinous process is large (about 10 mm high); C2-C6 end in two tubercles side by side,
        // C7 in one (docs/sources.md, "Cervical spinous tips"; spreads are estimates).
        float t = static_cast<float>(i - kC2) / static_cast<float>(kC7 - kC2);
        const float len[7] = {0, 0.020f, 0.012f, 0.012f, 0.013f, 0.018f, 0.032f};
        const float ang[7] = {0, 15, 20, 20, 20, 22, 25};
        const float thick[7] = {0, 0.010f, 0.006f, 0.006f, 0.006f, 0.006f, 0.006f};
        const float spread[7] = {0, 0.010f, 0.006f, 0.0065f, 0.007f, 0.0075f, 0.0f};
        return {lerp(0.011f, 0.013f, t), 0.0075f, 0.021f, len[i], ang[i], thick[i], 0.026f, 10.0f, spread[i]};
    }
    if (i <= kT12) {
        int n = i - kT1 + 1;  // T number
        float t = static_cast<float>(i - kT1) / static_cast<float>(kT12 - kT1);
        const float len[13] = {0, 0.034f, 0.036f, 0.038f, 0.040f, 0.040f, 0.040f, 0.040f, 0.040f, 0.038f, 0.035f, 0.032f, 0.030f};
        const float ang[13] = {0, 35, 42, 50, 58, 60, 60, 60, 55, 45, 35, 25, 15};
        return {lerp(0.013f, 0.019f, t), lerp(0.0085f, 0.014f, t), 0.024f, len[n], ang[n], 0.007f, lerp(0.040f, 0.026f, t), 35.0f};
    }
    int n = i - kL1 + 1;  // L number
    const bool l5 = i == kL5;
    const float span[6] = {0, 0.035f, 0.040f, 0.045f, 0.042f, 0.042f};
    return {0.021f + 0.001f * static_cast<float>(n - 1), 0.016f + 0.00025f * static_cast<float>(n - 1), 0.026f,
            l5 ? 0.024f : 0.030f, l5 ? 12.0f : 8.0f, l5 ? 0.014f : 0.017f, span[n], 5.0f};
}

float bodyHeight(int i, const BodyProportions& p) {
    if (i == kC1) return 0.010f * p.vertebraScale;  // anterior arch of the atlas
    if (i <= kC7) return p.cervicalBodyHeight;
    if (i <= kT12)
        return p.thoracicBodyHeightTop +
               (p.thoracicBodyHeightBottom - p.thoracicBodyHeightTop) * static_cast<float>(i - kT1) / static_cast<float>(kT12 - kT1);
    return p.lumbarBodyHeightTop + (p.lumbarBodyHeightBottom - p.lumbarBodyHeightTop) * static_cast<float>(i - kL1) / static_cast<float>(kL5 - kL1);
}

glm::vec3 axisOf(float phi) { return {0.0f, std::sin(phi), std::cos(phi)}; }
glm::vec3 posteriorOf(float phi) { return {0.0f, std::cos(phi), -std::sin(phi)}; }

// Builds the spine from the S1 endplate upward. `phi0` is the tilt of the S1 endplate
// normal (negative: facing forward). Each disc adds a rotation: lordosis tilts the
// column back going up, kyphosis forward.
std::vector<Vertebra> buildSpine(const BodyProportions& p, const glm::vec3& s1, float phi0) {
    const auto& labels = vertebraLabels();
    float heights[kVertebraCount], discs[kVertebraCount], turns[kVertebraCount];
    for (int i = kC1; i < kVertebraCount; ++i) heights[i] = bodyHeight(i, p);
    auto fillDiscs = [&](int from, int to, float regionLength) {
        float sum = 0.0f;
        for (int i = from; i < to; ++i) sum += heights[i];
        for (int i = from; i < to; ++i) discs[i] = (regionLength - sum) / static_cast<float>(to - from);
    };
    fillDiscs(kC1, kT1, p.cervicalLength);
    fillDiscs(kT1, kL1, p.thoracicLength);
    fillDiscs(kL1, kVertebraCount, p.lumbarLength);
    // turns[i] is the disc below vertebra i; each curve is spread evenly over its discs.
    constexpr float upperLumbarDiscs = kL4 - kT12, thoracicDiscs = kT12 - kT1, cervicalDiscs = kC7 - kC2;
    const float lord = p.lumbarLordosisDeg * kDeg, low = lord * p.lordosisShareL4S1, high = lord - low;
    turns[kL5] = low * 0.55f;  // L5-S1
    turns[kL4] = low * 0.45f;  // L4-L5
    for (int i = kT12; i <= kL3; ++i) turns[i] = high / upperLumbarDiscs;                          // T12-L1 .. L3-L4
    for (int i = kT1; i <= kT11; ++i) turns[i] = -p.thoracicKyphosisDeg * kDeg / thoracicDiscs;  // T1-T2 .. T11-T12
    // The cervical lordosis is the C2-C7 angle: spread over C2-C3 .. C6-C7, and C7-T1 bends as much as
    // one of them; the head on the atlas bends the other way on C2.
    for (int i = kC2; i <= kC7; ++i) turns[i] = p.cervicalLordosisDeg * kDeg / cervicalDiscs;  // C2-C3 .. C7-T1
    turns[kC1] = -p.craniocervicalFlexionDeg * kDeg;                                            // C1-C2

    std::vector<Vertebra> spine(kVertebraCount);
    glm::vec3 endplate = s1;
    float phi = phi0;
    for (int i = kL5; i >= kC1; --i) {
        phi += turns[i];
        Vertebra& v = spine[i];
        LevelShape s = levelShape(i);
        const float k = p.vertebraScale;
        v.label = labels[i];
        v.axis = axisOf(phi);
        v.posterior = posteriorOf(phi);
        v.bodyHeight = heights[i];
        v.bodyHalfWidth = s.halfWidth * k;
        v.bodyHalfDepth = s.halfDepth * k;
        v.archDepth = s.archDepth * k;
        v.spinousThickness = s.spinousThickness * k;
        v.spinousTipSpread = s.tipSpread * k;
        if (i == kC2) {
            v.densHeight = kDensHeightM * k;
            v.densHalfWidth = kDensHalfWidthM * k;
            v.densHalfDepth = kDensHalfDepthM * k;
        }
        v.center = endplate + v.axis * (discs[i] + heights[i] * 0.5f);
        endplate = v.center + v.axis * (heights[i] * 0.5f);
        v.spinousBase = v.center + v.posterior * (v.bodyHalfDepth + v.archDepth);
        float a = s.spinousAngleDeg * kDeg;
        v.spinousTip = v.spinousBase + (v.posterior * std::cos(a) - v.axis * std::sin(a)) * (s.spinousLength * k);
        for (int side = 0; side < 2; ++side) {
            float back = s.transverseBackDeg * kDeg, span = s.transverseSpan * k;
            v.transverseTip[side] = v.center + v.posterior * (v.bodyHalfDepth + 0.4f * v.archDepth + span * std::sin(back)) +
                                    glm::vec3(sideSign(side) * span * std::cos(back), 0, 0);
        }
    }
    return spine;
}

void buildRibs(Skeleton& sk, const BodyProportions& p) {
    const float widths[13] = {0, 0.055f, 0.080f, 0.098f, 0.112f, 0.122f, 0.130f, 0.135f, 0.137f, 0.136f, 0.132f, 0.125f, 0.112f};
    const float depths[13] = {0, 0.045f, 0.060f, 0.075f, 0.085f, 0.092f, 0.097f, 0.100f, 0.100f, 0.098f, 0.095f, 0.090f, 0.085f};
    const float widthScale = p.chestHalfWidth / kMaleProportions.chestHalfWidth;
    const float depthScale = p.chestDepth / kMaleProportions.chestDepth;
    const float pi = glm::pi<float>();
    for (int side = 0; side < 2; ++side)
        for (int n = 1; n <= kThoracicCount; ++n) {
            const Vertebra& v = sk.vertebra("T" + std::to_string(n));
            const glm::vec3 lateral(sideSign(side), 0, 0);
            const float w = widths[n] * widthScale, d = depths[n] * depthScale;
            const float postExtent = 0.034f * p.vertebraScale;
            const glm::vec3 centre = v.center + v.posterior * (postExtent - d);
            const float th0 = std::asin(std::min(0.9f, 0.03f / w));
            float th1 = pi - std::asin(std::min(0.9f, 0.022f / w));  // true ribs reach the sternum
            if (n >= 8 && n <= 10) th1 = 0.80f * pi;                  // cartilage joins the rib above
            if (n == 11) th1 = 0.50f * pi;                            // floating ribs end in the flank
            if (n == 12) th1 = 0.34f * pi;
            const float drop = n == 1 ? 0.03f : n == 2 ? 0.05f : 0.07f;
            Rib rib;
            rib.number = n;
            rib.side = side;
            rib.halfWidth = (n == 1 ? 0.008f : 0.0065f) * p.vertebraScale;
            rib.halfThickness = 0.0032f * p.vertebraScale;
            rib.path.push_back(ribHeadOf(v, side));
            const int samples = 14;
            for (int s = 0; s <= samples; ++s) {
                float th = th0 + (th1 - th0) * static_cast<float>(s) / samples;
                float fall = drop * std::pow((th - th0) / (pi - th0), 1.3f);
                rib.path.push_back(centre + lateral * (w * std::sin(th)) + v.posterior * (d * std::cos(th)) - v.axis * fall);
            }
            sk.ribs.push_back(std::move(rib));
        }
}

// Behind the sacral bodies lie the sacral canal and its roof (the fused laminae), as deep at
// S1 as the L5 canal (docs/sources.md, "Spine and vertebrae": 15.9 / 15.1 mm) plus a lamina
// (about 6 mm, estimate); the canal opens at the sacral hiatus, about four fifths down.
constexpr float kCanalAndRoofAtS1M = 0.022f;
constexpr float kSacralHiatusAt = 0.8f;  // of the sacrum's length (estimate)

// The sacrum's greatest breadth, across the alae at S1 (docs/sources.md, "Pelvis and sacrum": dry
// bones 99.5 mm in men, 103.0 in women; the female hip breadth scales it to about 102).
constexpr float kSacrumHalfBreadthM = 0.0498f;
// Its outline, as a share of that breadth from S1 (t = 0) to the apex (t = 1): broad down the
// auricular surfaces (S1-S3), then narrowing quickly to the apex (atlas shape, estimate).
float sacrumOutline(float t) {
    constexpr float kAt[6] = {1.0f, 0.93f, 0.76f, 0.52f, 0.34f, 0.24f};
    const float f = std::clamp(t, 0.0f, 1.0f) * 5.0f;
    const int i = std::min(static_cast<int>(f), 4);
    return kAt[i] + (kAt[i + 1] - kAt[i]) * (f - static_cast<float>(i));
}

// Dorsal sacral foramina S1-S4: level along the sacrum (share of its length), distance from the
// midline and radius (docs/sources.md, "Pelvis and sacrum"; estimates after atlas plates).
struct ForamenRow {
    float t, fromMidlineM, radiusM;
};
constexpr ForamenRow kDorsalForamina[4] = {{0.17f, 0.025f, 0.0050f}, {0.36f, 0.023f, 0.0045f}, {0.54f, 0.020f, 0.0040f}, {0.70f, 0.017f, 0.0035f}};

// The hip socket (docs/sources.md, "Pelvis and sacrum"): opening about 45 degrees down from the horizontal
// (inclination) and 18 degrees forward (anteversion); its articular surface 2 mm outside the head.
constexpr float kAcetabulumInclinationDeg = 45.0f, kAcetabulumAnteversionDeg = 18.0f, kAcetabulumGapM = 0.002f;
constexpr float kFemoralHeadRadiusM = 0.024f;  // male; scaled by vertebraScale
// The obturator foramen's clear half length and half width (male; estimates after atlas plates),
// and the radius of the band of bone round it.
constexpr float kObturatorHalfLengthM = 0.024f, kObturatorHalfWidthM = 0.015f, kObturatorRimBandM = 0.0065f;
constexpr int kObturatorRimPoints = 8;

void buildPelvisAndLegs(Skeleton& sk, const BodyProportions& p, float hipY, float phi0) {
    const float w = p.hipBreadth / kMaleProportions.hipBreadth;
    const glm::vec3 s1 = sk.sacrum.path.empty() ? glm::vec3(0.0f) : sk.sacrum.path.front();
    // Sacrum: curves forward (sacral kyphosis) on its way down.
    Sacrum& sc = sk.sacrum;
    sc.path.clear();
    glm::vec3 at = s1;
    const int n = 6;
    for (int i = 0; i < n; ++i) {
        float t = static_cast<float>(i) / (n - 1);
        float phi = phi0 + 60.0f * kDeg * t;
        if (i > 0) at += -axisOf(phi) * (p.sacrumLength / (n - 1));
        sc.path.push_back(at);
        sc.halfWidth.push_back(kSacrumHalfBreadthM * sacrumOutline(t) * w);
        sc.halfThickness.push_back((0.022f + (0.006f - 0.022f) * t) * p.vertebraScale);
        sc.archDepth.push_back(kCanalAndRoofAtS1M * p.vertebraScale * std::max(0.0f, 1.0f - t / kSacralHiatusAt));
    }
    sc.coccyxPath = {at};
    for (int i = 1; i <= 3; ++i) {
        at += -axisOf(phi0 + (60.0f + 12.0f * i) * kDeg) * (p.coccyxLength / 3.0f);
        sc.coccyxPath.push_back(at);
    }
    auto dorsal = [&](float t) {  // a point on the dorsal surface of the sacrum, t in [0,1]
        const Sacrum::Spot spot = sc.spotAt(t);
        const std::size_t i = spot.segment;
        const float u = spot.along;
        glm::vec3 c = sc.path[i] * (1 - u) + sc.path[i + 1] * u;
        float th = (sc.halfThickness[i] + sc.archDepth[i]) * (1 - u) + (sc.halfThickness[i + 1] + sc.archDepth[i + 1]) * u;
        return c + posteriorOf(phi0 + 60.0f * kDeg * t) * th;
    };
    sc.s1SpinousTip = dorsal(0.12f) + posteriorOf(phi0) * 0.010f;
    sc.dorsalCoccyx = sc.coccyxPath[1] + glm::vec3(0, 0.006f, 0);
    for (int level = 0; level < 4; ++level) {
        const ForamenRow& r = kDorsalForamina[level];
        const Sacrum::Spot spot = sc.spotAt(r.t);
        const std::size_t i = spot.segment;
        const float u = spot.along;
        const glm::vec3 c = sc.path[i] * (1 - u) + sc.path[i + 1] * u;
        const glm::vec3 back = posteriorOf(phi0 + 60.0f * kDeg * r.t);
        const float lateralDorsal = sc.halfThickness[i] * (1 - u) + sc.halfThickness[i + 1] * u;
        for (int side = 0; side < 2; ++side)
            sc.dorsalForamina[level][side] = {c + back * lateralDorsal + glm::vec3(sideSign(side) * r.fromMidlineM * w, 0, 0), -back,
                                              r.radiusM * p.vertebraScale};
    }

    Pelvis& pv = sk.pelvis;
    const Vertebra& l4 = sk.vertebra("L4");
    const Vertebra& l5 = sk.vertebra("L5");
    pv.pubicSymphysis = {0.0f, hipY - 0.055f * w, 0.01f};
    for (int side = 0; side < 2; ++side) {
        const float s = sideSign(side);
        pv.hipJoint[side] = {s * p.hipJointHalfSpacing, hipY, 0.0f};
        pv.psis[side] = dorsal(0.20f) + glm::vec3(s * 0.042f * w, 0.010f, 0.0f);
        // Supracristal plane: the crest tops lie level with the L4-L5 interspace.
        pv.iliacCrestTop[side] = {s * 0.135f * w, l4.center.y - 0.004f, 0.5f * (l4.center.z + l5.center.z)};
        pv.asis[side] = {s * (p.hipJointHalfSpacing + 0.030f * w), hipY - 0.045f, 0.065f};
        pv.ischialTuberosity[side] = {s * 0.055f * w, hipY + 0.035f, -0.075f};
        const glm::vec3 top = pv.iliacCrestTop[side];
        pv.iliacCrest[side] = catmullRom({pv.psis[side],
                                          {s * 0.085f * w, pv.psis[side].y + 0.004f, 0.5f * (pv.psis[side].z + top.z) + 0.01f},
                                          top,
                                          {s * 0.140f * w, hipY + 0.015f, top.z - 0.02f},
                                          pv.asis[side]},
                                         5);
        const float incl = kAcetabulumInclinationDeg * kDeg, antev = kAcetabulumAnteversionDeg * kDeg;
        pv.acetabulumAxis[side] = {s * std::sin(incl) * std::cos(antev), -std::sin(incl) * std::sin(antev), -std::cos(incl)};
        pv.acetabulumRadius = kFemoralHeadRadiusM * p.vertebraScale + kAcetabulumGapM;
        // The obturator foramen (docs/sources.md, "Pelvis and sacrum"): an oval about 48 x 30 mm
        // (M; F x 0.9) below and in front of the hip joint, its long axis from the pubis back and
        // down to the ischial tuberosity, facing forward, out and down. The rim's centre line runs
        // round it a band's radius out.
        const glm::vec3 hj = pv.hipJoint[side], ps = pv.pubicSymphysis, it = pv.ischialTuberosity[side];
        glm::vec3 facing = glm::normalize(glm::cross(it - hj, ps - hj));
        if (facing.x * s < 0.0f) facing = -facing;
        const glm::vec3 centre = hj + glm::vec3(-s * 0.039f * w, -0.014f, -0.025f);
        const glm::vec3 pubis = ps + glm::vec3(s * 0.030f * w, 0.010f, -0.010f);
        glm::vec3 along = it - pubis;
        along = glm::normalize(along - facing * glm::dot(along, facing));
        const glm::vec3 acrossOval = glm::cross(facing, along);
        const float a = kObturatorHalfLengthM * p.vertebraScale + kObturatorRimBandM, b = kObturatorHalfWidthM * p.vertebraScale + kObturatorRimBandM;
        pv.obturatorRimBand = kObturatorRimBandM;
        pv.obturatorRim[side].clear();
        for (int k = 0; k < kObturatorRimPoints; ++k) {
            const float ang = 2.0f * glm::pi<float>() * static_cast<float>(k) / static_cast<float>(kObturatorRimPoints);
            pv.obturatorRim[side].push_back(centre + along * (a * std::cos(ang)) + acrossOval * (b * std::sin(ang)));
        }
        Femur& f = sk.femora[side];
        f.head = pv.hipJoint[side];
        f.greaterTrochanter = {s * (p.hipJointHalfSpacing + 0.058f * w), hipY + 0.008f, -0.012f};  // lateral face about 70 mm out from the head centre
        f.neckEnd = f.head + (f.greaterTrochanter - f.head) * 0.65f + glm::vec3(0, 0, -0.012f);
        f.shaftTop = {s * (p.hipJointHalfSpacing + 0.055f * w), hipY + 0.002f, -0.05f};
        f.shaftEnd = {s * (p.hipJointHalfSpacing + 0.035f), hipY - 0.004f, -p.femurLength};
        f.headRadius = kFemoralHeadRadiusM * p.vertebraScale;
        f.shaftRadius = 0.0145f * p.vertebraScale;
    }
}

void buildScapulae(Skeleton& sk, const BodyProportions& p) {
    const float w = p.biacromialBreadth / kMaleProportions.biacromialBreadth;
    const Vertebra& t1 = sk.vertebra("T1");
    const Vertebra& t2 = sk.vertebra("T2");
    const Vertebra& t3 = sk.vertebra("T3");
    const Vertebra& t7 = sk.vertebra("T7");
    const Vertebra& t8 = sk.vertebra("T8");
    for (int side = 0; side < 2; ++side) {
        const float s = sideSign(side);
        Scapula& sc = sk.scapulae[side];
        // Superior angle at T2, root of the spine at T3 (atlas positions); the inferior angle
        // midway between the T7 and T8 spinous tips: T7 in textbooks, T8 measured standing,
        // lower still lying prone (docs/sources.md, "Scapula, inferior angle").
        sc.superiorAngle = {s * 0.072f * w, t2.spinousTip.y - 0.014f, t2.spinousTip.z};
        sc.spineRoot = {s * 0.070f * w, t3.spinousTip.y - 0.010f, t3.center.z};
        const glm::vec3 t78 = 0.5f * (t7.spinousTip + t8.spinousTip);
        sc.inferiorAngle = {s * 0.086f * w, t78.y - 0.014f, t78.z};
        sc.glenoid = {s * (p.biacromialBreadth * 0.5f - 0.036f), t2.spinousTip.y - 0.060f, t2.center.z - 0.004f};
        sc.acromion = {s * p.biacromialBreadth * 0.5f, t1.spinousTip.y - 0.034f, t1.center.z + 0.012f};
        sc.humeralHead = {s * (p.biacromialBreadth * 0.5f - 0.012f), sc.acromion.y - 0.036f, sc.acromion.z - 0.022f};
        glm::vec3 nrm = glm::cross(sc.inferiorAngle - sc.superiorAngle, sc.glenoid - sc.superiorAngle);
        if (nrm.y < 0) nrm = -nrm;
        sc.outward = glm::normalize(nrm);
        // Acromion and coracoid from the acromion's lateral edge and the glenoid (male mm, scaled by
        // the shoulder breadth; docs/sources.md, "Scapula shape"): the acromion about 34 mm long from
        // its angle to its tip (published 44 +- 5 mm; a little shorter so that it stays under the
        // shoulder's skin), the clavicle's facet on its medial margin behind the tip; the coracoid's
        // tip about 3 cm in front of the glenoid, 2 cm above and 1.6 cm medial to it (estimates).
        auto at = [&](const glm::vec3& from, float lateralMm, float posteriorMm, float cranialMm) {
            return from + glm::vec3(s * lateralMm, posteriorMm, cranialMm) * (0.001f * w);
        };
        sc.acromialAngle = at(sc.acromion, -4.0f, 10.0f, -6.0f);
        sc.acromionTip = at(sc.acromion, -8.0f, -23.0f, 3.0f);
        sc.acromioclavicular = at(sc.acromion, -14.0f, -20.0f, 2.0f);
        sc.coracoidTip = at(sc.glenoid, -16.0f, -34.0f, 20.0f);
    }
}

glm::mat3 frameOf(const glm::vec3& axis, const glm::vec3& posterior) {
    return glm::mat3(glm::cross(posterior, axis), posterior, axis);
}

void buildJoints(Skeleton& sk) {
    auto add = [&](const std::string& name, const std::string& parent, const glm::vec3& pos, const glm::mat3& frame) {
        sk.joints.push_back({name, sk.jointIndex(parent), pos, frame});
    };
    const Pelvis& pv = sk.pelvis;
    add("pelvis", "", 0.5f * (pv.hipJoint[0] + pv.hipJoint[1]), glm::mat3(1.0f));
    const glm::vec3 sAxis = glm::normalize(sk.sacrum.path.front() - sk.sacrum.path.back());
    add("sacrum", "pelvis", sk.sacrum.path.front(), frameOf(sAxis, glm::normalize(glm::cross(sAxis, glm::vec3(1, 0, 0)))));
    add("coccyx", "sacrum", sk.sacrum.coccyxPath.front(), glm::mat3(1.0f));
    std::string parent = "sacrum";
    for (int i = kL5; i >= kC1; --i) {
        const Vertebra& v = sk.vertebrae[i];
        add("vertebra_" + v.label, parent, v.center, frameOf(v.axis, v.posterior));
        parent = "vertebra_" + v.label;
    }
    add("skull", "vertebra_C1", sk.head.braincase, glm::mat3(1.0f));
    for (int side = 0; side < 2; ++side) {
        const std::string sfx = sideSuffix(side);
        const Arm& arm = sk.arms[side];
        const Leg& leg = sk.legs[side];
        add("femur" + sfx, "pelvis", sk.femora[side].head, glm::mat3(1.0f));
        add("patella" + sfx, "femur" + sfx, leg.patella, glm::mat3(1.0f));
        add("tibia" + sfx, "femur" + sfx, leg.knee, glm::mat3(1.0f));
        add("fibula" + sfx, "tibia" + sfx, leg.fibulaHead, glm::mat3(1.0f));
        add("foot" + sfx, "tibia" + sfx, leg.ankle, glm::mat3(1.0f));
        // The clavicle hangs on the first thoracic vertebra, not on the sternum: its sternal end
        // was placed before the sternum was modelled and stays where it was.
        add("clavicle" + sfx, "vertebra_T1", arm.clavicle[0], glm::mat3(1.0f));
        add("scapula" + sfx, "clavicle" + sfx, sk.scapulae[side].glenoid, glm::mat3(1.0f));
        add("humerus" + sfx, "scapula" + sfx, arm.shoulder, glm::mat3(1.0f));
        add("ulna" + sfx, "humerus" + sfx, arm.elbow, glm::mat3(1.0f));
        add("radius" + sfx, "humerus" + sfx, arm.elbow, glm::mat3(1.0f));
        add("hand" + sfx, "radius" + sfx, arm.wrist, glm::mat3(1.0f));
    }
    for (const Rib& r : sk.ribs)
        add("rib" + std::string(sideSuffix(r.side)) + std::to_string(r.number), "vertebra_T" + std::to_string(r.number), r.path.front(),
            glm::mat3(1.0f));
    // On the first thoracic vertebra, as the first ribs and the clavicles are.
    const Sternum& st = sk.sternum;
    add("sternum", "vertebra_T1", st.jugularNotch, frameOf(glm::normalize(st.path.front() - st.path.back()), -st.anterior));
}

}  // namespace

glm::vec3 ribHeadOf(const Vertebra& v, int side) {
    return v.center + glm::vec3(sideSign(side) * (v.bodyHalfWidth + 0.002f), 0, 0) + v.posterior * (v.bodyHalfDepth * 0.6f) +
           v.axis * (v.bodyHeight * 0.4f);
}

const std::vector<std::string>& vertebraLabels() {
    static const std::vector<std::string> labels = [] {
        std::vector<std::string> l;
        for (int i = 1; i <= kCervicalCount; ++i) l.push_back("C" + std::to_string(i));
        for (int i = 1; i <= kThoracicCount; ++i) l.push_back("T" + std::to_string(i));
        for (int i = 1; i <= kLumbarCount; ++i) l.push_back("L" + std::to_string(i));
        return l;
    }();
    return labels;
}

Sacrum::Spot Sacrum::spotAt(float t) const {
    const float f = std::clamp(t, 0.0f, 1.0f) * static_cast<float>(path.size() - 1);
    const std::size_t i = std::min(static_cast<std::size_t>(f), path.size() - 2);
    return {i, f - static_cast<float>(i)};
}

const Vertebra& Skeleton::vertebra(const std::string& label) const {
    for (const Vertebra& v : vertebrae)
        if (v.label == label) return v;
    throw std::out_of_range("no vertebra " + label);
}

int Skeleton::jointIndex(const std::string& name) const {
    for (std::size_t i = 0; i < joints.size(); ++i)
        if (joints[i].name == name) return static_cast<int>(i);
    return -1;
}

Skeleton buildSkeleton(const BodyProportions& p) {
    Skeleton sk;
    // The hips rest on the table: the hip joints sit a thigh radius above it, at z = 0.
    const float hipY = p.thighRadiusTop + 0.004f;
    const float k = p.lumbarLength / kMaleProportions.lumbarLength;
    const glm::vec3 s1(0.0f, hipY + 0.050f * k, 0.100f * k);
    // Tilt the whole column about S1 so that the skin over T7 lies at chest depth above the
    // table (chest resting on it). Bisection keeps the result deterministic.
    float lo = -80.0f * kDeg, hi = 10.0f * kDeg;
    for (int it = 0; it < 40; ++it) {
        float mid = 0.5f * (lo + hi);
        auto spine = buildSpine(p, s1, mid);
        float skinY = spine[kT7].spinousTip.y + p.tissueOverThoracicSpinous;
        (skinY > p.chestDepth ? hi : lo) = mid;
    }
    const float phi0 = 0.5f * (lo + hi);
    sk.vertebrae = buildSpine(p, s1, phi0);
    sk.sacrum.path = {s1};
    buildPelvisAndLegs(sk, p, hipY, phi0);
    buildRibs(sk, p);
    placeSternumAndCostalCartilages(sk, p);
    buildScapulae(sk, p);
    buildHeadAndLimbs(sk, p);
    buildJoints(sk);
    return sk;
}

}  // namespace backrub
