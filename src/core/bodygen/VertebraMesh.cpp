#include "core/bodygen/VertebraMesh.h"

#include <glm/gtc/constants.hpp>

#include <algorithm>
#include <cmath>

namespace backrub {
namespace {

// A box from `a` to `b` with half extents `halfSide` (along `side`) and `halfUp` (the rest).
void addBar(MeshBuilder& m, const glm::vec3& a, const glm::vec3& b, const glm::vec3& side, float halfSide, float halfUp) {
    glm::vec3 along = 0.5f * (b - a);
    glm::vec3 s = glm::normalize(side - glm::normalize(along) * glm::dot(side, glm::normalize(along)));
    glm::vec3 u = glm::normalize(glm::cross(along, s));
    glm::mat4 xf(glm::vec4(s * halfSide, 0), glm::vec4(u * halfUp, 0), glm::vec4(along, 0), glm::vec4(0.5f * (a + b), 1));
    m.addBox(xf);
}

// An ellipsoid at `c` with radii along the unit axes `x`, `y`, `z`.
glm::mat4 ellipsoidAlong(const glm::vec3& c, const glm::vec3& x, const glm::vec3& y, const glm::vec3& z, const glm::vec3& radii) {
    return glm::mat4(glm::vec4(x * radii.x, 0), glm::vec4(y * radii.y, 0), glm::vec4(z * radii.z, 0), glm::vec4(c, 1));
}

// The dens of C2: a peg on the body's upper end plate, waisted at its neck, rounded at the tip.
void addDens(MeshBuilder& m, const Vertebra& v) {
    const glm::vec3 X(1, 0, 0);
    const float w = v.densHalfWidth, d = v.densHalfDepth, capHeight = 0.8f * w;
    const glm::vec3 top = v.center + v.axis * (0.5f * v.bodyHeight + v.densHeight);
    const glm::vec3 capCentre = top - v.axis * capHeight;
    std::vector<glm::vec3> path;
    const float along[4] = {-0.25f * v.bodyHeight, 0.0f, 0.3f * v.densHeight, 0.0f};  // from the end plate; the last: the cap
    for (int i = 0; i < 3; ++i) path.push_back(v.center + v.axis * (0.5f * v.bodyHeight + along[i]));
    path.push_back(capCentre);
    const float waist[4] = {1.0f, 1.0f, 0.88f, 0.95f};
    std::vector<float> widths, depths;
    for (float f : waist) {
        widths.push_back(w * f);
        depths.push_back(d * f);
    }
    m.addTube(path, widths, depths, v.posterior, 16);
    m.addEllipsoid(ellipsoidAlong(capCentre, X, v.posterior, v.axis, {0.95f * w, 0.95f * d, capHeight}), 16, 8);
}

// The spinous process from its base to the tip: one rounded tip, or (spinousTipSpread > 0) a fork
// a little before the tip into two tubercles side by side.
void addSpinous(MeshBuilder& m, const Vertebra& v, float r) {
    const glm::vec3 X(1, 0, 0);
    const glm::vec3 out = glm::normalize(v.spinousTip - v.spinousBase);
    const glm::vec3 up = glm::normalize(glm::cross(X, out));  // craniocaudal across the process
    const float halfHeight = v.spinousThickness * 0.5f;
    if (v.spinousTipSpread <= 0.0f) {
        addBar(m, v.spinousBase, v.spinousTip, v.axis, halfHeight, r * 0.9f);
        m.addEllipsoid(ellipsoidAlong(v.spinousTip, X, glm::vec3(0, 1, 0), glm::vec3(0, 0, 1), {r * 1.1f, r * 1.2f, v.spinousThickness * 0.55f}), 10, 6);
        return;
    }
    const float half = 0.5f * v.spinousTipSpread;
    const float tubercle = std::min(r * 1.0f, 0.7f * half);  // side-to-side radius: a notch stays between them
    const glm::vec3 fork = v.spinousTip - out * std::min(1.2f * half, 0.6f * glm::length(v.spinousTip - v.spinousBase));
    addBar(m, v.spinousBase, fork + out * (0.5f * r), v.axis, halfHeight, r * 0.9f);
    for (float s : {-1.0f, 1.0f}) {
        const glm::vec3 c = v.spinousTip + X * (s * half);
        m.addCylinder(fork, c, r * 0.85f, tubercle * 0.9f, 10);
        m.addEllipsoid(ellipsoidAlong(c, X, out, up, {tubercle, r * 1.1f, halfHeight * 1.05f}), 10, 6);
    }
}


// Thickness of the arch's parts: grows with the body's size.
float archRadius(const Vertebra& v) { return 0.0035f * (v.bodyHalfWidth / 0.016f + 1.0f) * 0.5f; }

float foramenRimOf(const Vertebra& v) { return 0.45f * archRadius(v); }

// The vertebra's own axes: x to the body's left, p posterior, a cranial (its end plates' normal).
struct Frame {
    glm::vec3 o, x, p, a;
    glm::vec3 at(float lx, float py, float az) const { return o + x * lx + p * py + a * az; }
};

enum class Region { Cervical, Thoracic, Lumbar };

Region regionOf(const Vertebra& v) {
    return v.label[0] == 'C' ? Region::Cervical : v.label[0] == 'T' ? Region::Thoracic : Region::Lumbar;
}

// The body as a sheet between its posterior and anterior walls, sampled across its width, so that
// the section can be any outline two walls bound: lumbar kidney-shaped (squarish, the posterior
// wall hollowed), thoracic heart-shaped (narrowing forward), cervical wide and low with uncinate
// lips raised on the upper end plate's sides. Waisted between rounded end-plate rims.
void addBody(MeshBuilder& m, const Vertebra& v, const Frame& f, Region region) {
    struct Outline {
        float squareness, backHollow, frontPoint, uncinate;  // exponent, share of depth, sharpening, share of height
    };
    const Outline o = region == Region::Lumbar     ? Outline{2.6f, 0.28f, 0.0f, 0.0f}
                      : region == Region::Thoracic ? Outline{2.0f, 0.12f, 0.6f, 0.0f}
                                                   : Outline{3.0f, 0.06f, 0.0f, 0.35f};
    constexpr int kRows = 5, kCols = 13;
    constexpr float kLevel[kRows] = {-0.5f, -0.4f, 0.0f, 0.4f, 0.5f}, kRim[kRows] = {0.93f, 1.0f, 0.94f, 1.0f, 0.93f};
    constexpr float kSide = 0.28f;  // rad: the lateral wall stays this far from a sharp edge
    const float pi = glm::pi<float>(), e = 2.0f / o.squareness;
    std::vector<glm::vec3> back, front;
    for (int r = 0; r < kRows; ++r)
        for (int c = 0; c < kCols; ++c) {
            const float phi = kSide + (pi - 2.0f * kSide) * static_cast<float>(c) / (kCols - 1);
            const float cs = std::cos(phi), u = std::copysign(std::pow(std::abs(cs), e), cs);
            const float s = std::pow(std::sin(phi), e);
            const float hollow = std::max(0.0f, 1.0f - u * u / 0.3f);
            const float backWall = s * (1.0f - o.backHollow * hollow * hollow), frontWall = std::pow(s, 1.0f + o.frontPoint);
            float z = kLevel[r] * v.bodyHeight;
            if (r == kRows - 1) z += o.uncinate * v.bodyHeight * glm::smoothstep(0.6f, 1.0f, std::abs(u));
            const float x = u * v.bodyHalfWidth * kRim[r], d = v.bodyHalfDepth * kRim[r];
            back.push_back(f.at(x, d * backWall, z));
            front.push_back(f.at(x, -d * frontWall, z));
        }
    m.addSheet(back, front, kRows, kCols);
}

// A straight tube from `a` to `b` with elliptical sections at evenly spaced stations: `side[i]`
// across it (horizontal) and `height[i]` along the vertebra's axis.
void addStrut(MeshBuilder& m, const Frame& f, const glm::vec3& a, const glm::vec3& b, const std::vector<float>& side,
              const std::vector<float>& height, int sides = 8) {
    std::vector<glm::vec3> path;
    const int n = static_cast<int>(side.size());
    for (int i = 0; i < n; ++i) path.push_back(a + (b - a) * (static_cast<float>(i) / static_cast<float>(n - 1)));
    const glm::vec3 t = glm::normalize(b - a);
    const glm::vec3 up = std::abs(glm::dot(t, f.a)) > 0.9f ? f.p : f.a;
    m.addTube(path, side, height, up, sides);
}

// Where a rib's head meets the body (thoracic): a round demi-facet raised on the body's side up to
// the rib's head, and a smaller one below for the next rib; the rib's tubercle sits on a facet on
// the front of the transverse process's tip.
void addCostalFacets(MeshBuilder& m, const Vertebra& v, const Frame& f, int side, float r) {
    const float s = sideSign(side);
    const glm::vec3 head = ribHeadOf(v, side);
    const float back = glm::dot(head - f.o, f.p);
    const glm::vec3 inner = f.at(s * 0.7f * v.bodyHalfWidth, back, glm::dot(head - f.o, f.a));
    m.addCylinder(inner, head + f.x * (s * 0.0005f), 1.05f * r, 1.1f * r, 10);
    const glm::vec3 below = f.at(s * (v.bodyHalfWidth + 0.0005f), back, -0.42f * v.bodyHeight);
    m.addCylinder(below - f.x * (s * 0.004f), below, 0.8f * r, 0.8f * r, 8);
    const glm::vec3 tip = v.transverseTip[static_cast<std::size_t>(side)];
    m.addEllipsoid(ellipsoidAlong(tip - f.p * (0.6f * r), f.x, f.p, f.a, {0.9f * r, 0.45f * r, 0.9f * r}), 10, 6);
}

// The transverse foramen of a cervical vertebra: a ring of bone beside the body, in front of the
// articular pillar (the vertebral artery's canal), with a bar back to the pillar.
void addTransverseForamen(MeshBuilder& m, const Vertebra& v, const Frame& f, const glm::vec3& pillar, int side) {
    const glm::vec3 centre = transverseForamenOf(v, side);
    const float tube = foramenRimOf(v), radius = transverseForamenRadius(v) + tube;
    std::vector<glm::vec3> loop;
    for (int i = 0; i < 8; ++i) {
        const float t = 2.0f * glm::pi<float>() * static_cast<float>(i) / 8.0f;
        loop.push_back(centre + f.x * (radius * std::cos(t)) + f.p * (radius * std::sin(t)));
    }
    m.addRing(loop, tube, 6);
    m.addCylinder(centre + f.p * radius, pillar, tube, 1.1f * tube, 6);
}

// The spinous process of a thoracic (long, slender, sloping) or lumbar (hatchet: thin, straight
// back, tallest toward its free end) vertebra, ending in the same tubercle at its tip as before.
void addLongSpinous(MeshBuilder& m, const Vertebra& v, const Frame& f, Region region, float r) {
    const float h = 0.5f * v.spinousThickness;
    const bool lumbar = region == Region::Lumbar;
    const std::vector<float> side = lumbar ? std::vector<float>{0.75f * r, 0.6f * r, 0.7f * r, 0.9f * r}
                                           : std::vector<float>{0.8f * r, 0.65f * r, 0.55f * r, 0.6f * r};
    const std::vector<float> height = lumbar ? std::vector<float>{1.0f * h, 1.1f * h, 1.3f * h, 1.25f * h}
                                             : std::vector<float>{1.5f * h, 1.05f * h, 0.85f * h, 0.9f * h};
    const glm::vec3 out = glm::normalize(v.spinousTip - v.spinousBase);
    const glm::vec3 up = glm::normalize(glm::cross(f.x, out));
    std::vector<glm::vec3> path;
    for (int i = 0; i < 4; ++i) path.push_back(v.spinousBase + (v.spinousTip - v.spinousBase) * (0.92f * static_cast<float>(i) / 3.0f));
    m.addTube(path, side, height, up, 10);
    m.addEllipsoid(ellipsoidAlong(v.spinousTip, f.x, glm::vec3(0, 1, 0), glm::vec3(0, 0, 1), {r * 1.1f, r * 1.2f, v.spinousThickness * 0.55f}), 10, 6);
}

// Pedicles, laminae, articular and transverse processes, each side, by region.
void addArch(MeshBuilder& m, const Vertebra& v, const Frame& f, Region region, float r) {
    const float W = v.bodyHalfWidth, D = v.bodyHalfDepth, H = v.bodyHeight;
    const bool cervical = region == Region::Cervical, lumbar = region == Region::Lumbar;
    for (int side = 0; side < 2; ++side) {
        const float s = sideSign(side);
        const float pillarX = cervical ? s * transverseForamenOf(v, side).x : (lumbar ? 0.8f : 0.75f) * W;
        const glm::vec3 pillar = f.at(s * pillarX, D + 0.42f * v.archDepth, 0.0f);
        const glm::vec3 root = f.at(s * 0.68f * W, 0.55f * D, 0.0f);
        const float pedicleSide = (lumbar ? 1.3f : cervical ? 0.8f : 0.9f) * r;
        const float pedicleHeight = (cervical ? 0.25f : 0.3f) * H;
        addStrut(m, f, root, pillar, {pedicleSide, 0.85f * pedicleSide, pedicleSide}, {pedicleHeight, 0.85f * pedicleHeight, pedicleHeight});
        const float laminaHeight = (lumbar ? 0.42f : 0.38f) * H;
        addStrut(m, f, pillar, v.spinousBase, {0.7f * r, 0.6f * r, 0.7f * r}, {laminaHeight, 0.9f * laminaHeight, laminaHeight});
        // Articular processes: the superior rising above the pedicle, the inferior hanging below it.
        if (lumbar) {
            // Upright plates facing each other across the midline; the mammillary process on the
            // superior one's back edge.
            const glm::vec3 sup = pillar + f.a * (0.55f * H) + f.x * (s * 0.15f * r);
            m.addTube({pillar, sup}, {1.4f * r, 1.3f * r}, {0.55f * r, 0.5f * r}, f.x, 10);
            m.addEllipsoid(ellipsoidAlong(sup + f.p * (1.2f * r) - f.a * (0.1f * H), f.x, f.p, f.a, {0.6f * r, 0.7f * r, 0.8f * r}), 8, 5);
            const glm::vec3 inf = pillar - f.a * (0.6f * H) - f.x * (s * 0.25f * W);
            m.addTube({pillar + f.p * (0.5f * r), inf}, {1.1f * r, 1.0f * r}, {0.55f * r, 0.5f * r}, f.x, 10);
        } else {
            // A column: thoracic facets face back (coronal), cervical ones sit on a lateral mass.
            const float reach = cervical ? 0.6f : 0.55f, half = (cervical ? 1.2f : 0.7f) * r;
            m.addTube({pillar - f.a * (reach * H), pillar + f.a * (reach * H)}, {1.1f * r, 1.1f * r}, {half, half}, f.p, 8);
        }
        const glm::vec3 tip = v.transverseTip[static_cast<std::size_t>(side)];
        if (lumbar) addStrut(m, f, pillar, tip, {0.7f * r, 0.45f * r}, {1.0f * r, 0.8f * r});
        else m.addCylinder(pillar, tip, 1.1f * r, (cervical ? 0.8f : 1.15f) * r, 8);
        if (region == Region::Thoracic) addCostalFacets(m, v, f, side, r);
        if (cervical) addTransverseForamen(m, v, f, pillar, side);
    }
}

}  // namespace

MeshBuilder vertebraMesh(const Vertebra& v) {
    MeshBuilder m;
    const glm::vec3 X(1, 0, 0);
    const float r = archRadius(v);
    if (v.label == "C1") {
        // The atlas is a ring round the dens of C2: anterior arch, lateral masses, posterior arch.
        std::vector<glm::vec3> loop;
        const glm::vec3 front = v.center - v.posterior * v.bodyHalfDepth;
        const glm::vec3 mid = 0.5f * (front + v.spinousBase);
        const float a = v.bodyHalfWidth * 1.6f, b = 0.5f * glm::length(v.spinousBase - front);
        for (int i = 0; i < 16; ++i) {
            float t = 2.0f * glm::pi<float>() * static_cast<float>(i) / 16.0f;
            loop.push_back(mid + X * (a * std::sin(t)) - v.posterior * (b * std::cos(t)));
        }
        m.addRing(loop, r * 1.2f);
        addSpinous(m, v, r);
        return m;
    }
    const Frame f{v.center, X, v.posterior, v.axis};
    const Region region = regionOf(v);
    addBody(m, v, f, region);
    addArch(m, v, f, region, r);
    if (v.densHeight > 0.0f) addDens(m, v);
    if (region == Region::Cervical) addSpinous(m, v, r);
    else addLongSpinous(m, v, f, region, r);
    return m;
}

// About 5.5 mm across at C3-C6 (docs/sources.md, "Transverse foramen"), scaled with the body.
float transverseForamenRadius(const Vertebra& v) { return 0.23f * v.bodyHalfWidth; }

glm::vec3 transverseForamenOf(const Vertebra& v, int side) {
    const float rim = foramenRimOf(v), ring = transverseForamenRadius(v) + rim;
    return v.center + glm::vec3(sideSign(side) * (v.bodyHalfWidth + ring - 0.5f * rim), 0, 0) + v.posterior * (0.15f * v.bodyHalfDepth);
}

}  // namespace backrub
