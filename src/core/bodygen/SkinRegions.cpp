#include "core/bodygen/SkinRegions.h"

#include "core/geometry/SegmentDistance.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace backrub {
namespace {

// The spine line: the spinous tips, about 1 cm wide, and a few mm each side (docs/sources.md,
// "Care zones"), so thumbs placed 2 cm out, as the techniques place them, are off it.
constexpr float kSpineLineHalfWidthM = 0.010f;

// Heights (z) of the skin landmarks that bound the regions.
struct Levels {
    float c2, t1, t6t7, t11, t12l1, l2, l3, l5s1, coccyx, psis, crest, trochanter, fold;
};

Levels levelsOf(const BodyLandmarks& lm, const Skeleton& sk) {
    auto z = [&](const std::string& name) {
        for (const Landmark& l : lm.points)
            if (l.name == name) return l.position.z;
        return 0.0f;
    };
    Levels v{};
    v.c2 = z("C2");
    v.t1 = z("T1");
    v.t6t7 = 0.5f * (z("T6") + z("T7"));
    v.t11 = z("T11");
    v.t12l1 = 0.5f * (z("T12") + z("L1"));
    v.l2 = z("L2");
    v.l3 = z("L3");
    v.l5s1 = 0.5f * (z("L5") + z("S1"));
    v.coccyx = z("coccyx");
    v.psis = z("PSIS_L");
    v.crest = z("iliac_crest_L");
    v.trochanter = z("greater_trochanter_L");
    // The gluteal fold lies at the lower edge of the buttocks, level with the ischial tuberosities.
    v.fold = sk.pelvis.ischialTuberosity[0].z - 0.035f;
    return v;
}

bool insideScapula(const Scapula& s, float x, float z, float margin) {
    // 2D point-in-triangle on the back (x, z), grown by `margin`.
    glm::vec2 p(x, z), a(s.superiorAngle.x, s.superiorAngle.z), b(s.inferiorAngle.x, s.inferiorAngle.z), c(s.acromion.x, s.acromion.z);
    glm::vec2 centre = (a + b + c) / 3.0f;
    auto grow = [&](glm::vec2 q) { return q + glm::normalize(q - centre) * margin; };
    a = grow(a);
    b = grow(b);
    c = grow(c);
    auto cross = [](glm::vec2 u, glm::vec2 v) { return u.x * v.y - u.y * v.x; };
    float d1 = cross(b - a, p - a), d2 = cross(c - b, p - b), d3 = cross(a - c, p - c);
    return (d1 >= 0 && d2 >= 0 && d3 >= 0) || (d1 <= 0 && d2 <= 0 && d3 <= 0);
}

Region sided(Region left, int side) { return side == 0 ? left : mirrorRegion(left); }

// The flank zone: skin over the floating ribs (11 and 12) seen from behind, beside the spine's
// muscles and out around the side (docs/sources.md, "Care zones").
constexpr float kFlankRibMarginM = 0.02f;   // m, around each rib's line on the back
constexpr float kFlankFromMidlineM = 0.04f; // m, medial to this the erector spinae cover the rib necks

bool overFloatingRib(const glm::vec3& p, int side, const Skeleton& sk) {
    if (std::abs(p.x) < kFlankFromMidlineM) return false;
    for (const Rib& rib : sk.ribs) {
        if (rib.side != side || rib.number < 11) continue;
        for (std::size_t i = 1; i < rib.path.size(); ++i)
            if (segmentDistanceXZ(p, rib.path[i - 1], rib.path[i]) < kFlankRibMarginM) return true;
    }
    return false;
}

Region baseRegion(const glm::vec3& p, const glm::vec3& n, const Levels& lv, const Skeleton& sk, const BodyProportions& bp) {
    const int side = p.x >= 0.0f ? 0 : 1;
    const float lateral = std::abs(p.x), outward = n.x * sideSign(side);
    if (n.y < -0.35f) return Region::Other;  // front and underside
    const Scapula& sc = sk.scapulae[side];
    // Upper arms and the round of the shoulder.
    if (lateral > bp.chestHalfWidth + 0.012f && p.z > lv.crest + 0.04f) return Region::Other;
    if (lateral > std::abs(sc.acromion.x) - 0.01f && p.z > lv.t6t7) return Region::Other;
    if (p.z > lv.t1) return p.z > lv.c2 + 0.045f ? Region::Other : Region::NeckBase;
    if (insideScapula(sc, p.x, p.z, 0.012f)) return sided(Region::ScapularL, side);
    // Pelvis and thighs.
    if (p.z < lv.psis + 0.015f) {
        const float sacralHalf = 0.012f + (std::abs(sk.pelvis.psis[side].x) - 0.002f) * std::clamp((p.z - lv.coccyx) / (lv.psis - lv.coccyx), 0.0f, 1.0f);
        if (p.z > lv.coccyx - 0.01f && lateral < sacralHalf && n.y > 0.3f) return Region::Sacral;
        if (p.z < lv.trochanter + 0.025f && outward > 0.45f && lateral > bp.hipJointHalfSpacing) return sided(Region::OuterThighL, side);
        if (p.z > lv.fold && n.y > -0.1f) return sided(Region::GlutealL, side);
        if (p.z < lv.fold) return Region::Other;  // back and inner thigh
    }
    // Flank over the floating ribs (11-12); the kidney zone overlays its part near the spine.
    if (overFloatingRib(p, side, sk)) return sided(Region::FlankL, side);
    if (p.z < lv.l5s1 + 0.01f && p.z < lv.crest - 0.01f) return sided(Region::GlutealL, side);  // below the crest, lateral
    if (p.z < lv.t12l1) return Region::Lumbar;
    if (p.z < lv.t6t7) return Region::MidBack;
    return Region::UpperBack;
}

Region overlayRegion(const glm::vec3& p, const glm::vec3& n, const Levels& lv, const BodyProportions& bp) {
    if (n.y < 0.2f) return Region::None;
    const int side = p.x >= 0.0f ? 0 : 1;
    const float lateral = std::abs(p.x);
    if (p.z < lv.coccyx - 0.005f || p.z > lv.c2 + 0.01f) return Region::None;
    if (lateral < kSpineLineHalfWidthM) return Region::SpineLine;
    // Morris parallelogram: 2.5 to 9.5 cm from the midline between T11 and L3.
    if (p.z <= lv.t11 && p.z >= lv.l3 && lateral >= 0.025f && lateral <= 0.095f) return sided(Region::KidneyL, side);
    if (p.z < lv.psis) return Region::None;
    // Erector spinae width: 5-8 cm per side in the lumbar region, narrower up the back.
    float width = p.z < lv.t12l1 ? bp.erectorWidthLumbar : p.z < lv.t6t7 ? 0.045f : p.z < lv.t1 ? 0.035f : 0.025f;
    if (lateral < 0.015f + width) return sided(Region::ParaspinalL, side);
    return Region::None;
}

}  // namespace

SkinRegionIds assignSkinRegions(const IsoMesh& skin, const Skeleton& sk, const BodyLandmarks& landmarks, const BodyProportions& p) {
    const Levels lv = levelsOf(landmarks, sk);
    SkinRegionIds ids;
    ids.base.reserve(skin.positions.size());
    ids.overlay.reserve(skin.positions.size());
    for (std::size_t i = 0; i < skin.positions.size(); ++i) {
        ids.base.push_back(baseRegion(skin.positions[i], skin.normals[i], lv, sk, p));
        ids.overlay.push_back(overlayRegion(skin.positions[i], skin.normals[i], lv, p));
    }
    return ids;
}

}  // namespace backrub
