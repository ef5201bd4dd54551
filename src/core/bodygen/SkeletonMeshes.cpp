#include "core/bodygen/SkeletonMeshes.h"

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

glm::mat4 ellipsoidAt(const glm::vec3& c, const glm::vec3& radii) {
    glm::mat4 xf(1.0f);
    xf[0][0] = radii.x;
    xf[1][1] = radii.y;
    xf[2][2] = radii.z;
    xf[3] = glm::vec4(c, 1.0f);
    return xf;
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
        m.addEllipsoid(ellipsoidAt(v.spinousTip, glm::vec3(r * 1.1f, r * 1.2f, v.spinousThickness * 0.55f)), 10, 6);
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

}  // namespace

MeshBuilder vertebraMesh(const Vertebra& v) {
    MeshBuilder m;
    const glm::vec3 X(1, 0, 0);
    const float r = 0.0035f * (v.bodyHalfWidth / 0.016f + 1.0f) * 0.5f;  // arch thickness grows with size
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
    } else {
        m.addTube({v.center - v.axis * (v.bodyHeight * 0.5f), v.center + v.axis * (v.bodyHeight * 0.5f)},
                  {v.bodyHalfWidth, v.bodyHalfWidth}, {v.bodyHalfDepth, v.bodyHalfDepth}, v.posterior, 16);
        for (int side = 0; side < 2; ++side) {
            const float s = side == 0 ? 1.0f : -1.0f;
            glm::vec3 pedicle = v.center + v.posterior * (v.bodyHalfDepth * 0.7f) + X * (s * v.bodyHalfWidth * 0.6f);
            glm::vec3 facet = v.center + v.posterior * (v.bodyHalfDepth + 0.45f * v.archDepth) + X * (s * v.bodyHalfWidth * 0.75f);
            m.addCylinder(pedicle, facet, r, r, 8);
            addBar(m, facet, v.spinousBase, v.axis, r * 2.2f, r * 0.8f);  // lamina
            m.addCylinder(facet - v.axis * (v.bodyHeight * 0.55f), facet + v.axis * (v.bodyHeight * 0.55f), r * 1.1f, r * 1.1f, 8);
            m.addCylinder(facet, v.transverseTip[side], r * 1.1f, r * 0.9f, 8);
        }
        if (v.densHeight > 0.0f) addDens(m, v);
    }
    addSpinous(m, v, r);
    return m;
}

MeshBuilder ribMesh(const Rib& rib) {
    MeshBuilder m;
    std::vector<glm::vec3> path = catmullRom(rib.path, 3);
    std::vector<float> thick(path.size(), rib.halfThickness), width(path.size(), rib.halfWidth);
    width.front() = rib.halfThickness * 1.3f;  // the head is round
    m.addTube(path, thick, width, glm::vec3(0, 0, 1), 8);
    return m;
}

MeshBuilder scapulaMesh(const Scapula& s) {
    MeshBuilder m;
    const glm::vec3 lateralBorder = s.glenoid + (s.inferiorAngle - s.glenoid) * 0.25f + s.outward * 0.004f;
    const glm::vec3 superiorBorder = 0.5f * (s.superiorAngle + s.glenoid) + glm::vec3(0, 0, 0.006f);
    std::vector<glm::vec3> outline = {s.superiorAngle, s.spineRoot, s.inferiorAngle, lateralBorder, s.glenoid, superiorBorder};
    glm::vec3 newell(0.0f);
    for (std::size_t i = 0; i < outline.size(); ++i) newell += glm::cross(outline[i], outline[(i + 1) % outline.size()]);
    m.addSlab(outline, glm::normalize(newell), 0.0025f);
    // The scapular spine rises off the blade toward the acromion.
    std::vector<glm::vec3> spine = {s.spineRoot + s.outward * 0.004f, 0.5f * (s.spineRoot + s.acromion) + s.outward * 0.012f, s.acromion};
    m.addTube(catmullRom(spine, 4), std::vector<float>(9, 0.004f), std::vector<float>(9, 0.007f), s.outward, 8);
    m.addEllipsoid(ellipsoidAt(s.acromion, {0.014f, 0.006f, 0.012f}), 12, 8);
    m.addEllipsoid(ellipsoidAt(s.glenoid, {0.008f, 0.014f, 0.018f}), 12, 8);
    return m;
}

MeshBuilder pelvisMesh(const Skeleton& sk) {
    MeshBuilder m;
    const Pelvis& pv = sk.pelvis;
    for (int side = 0; side < 2; ++side) {
        const auto& crest = pv.iliacCrest[side];
        // The crest thins toward the PSIS, which lies only a few mm under the skin dimple.
        std::vector<float> crestWidth(crest.size(), 0.007f);
        crestWidth[0] = 0.004f;
        if (crest.size() > 1) crestWidth[1] = 0.0055f;
        m.addTube(crest, crestWidth, std::vector<float>(crest.size(), 0.005f), glm::vec3(0, 0, 1), 8);
        const glm::vec3 acetabulum = pv.hipJoint[side] + glm::vec3(0, 0.012f, 0.022f);
        std::vector<glm::vec3> wing = {acetabulum};
        wing.insert(wing.end(), crest.begin(), crest.end());
        glm::vec3 newell(0.0f);
        for (std::size_t i = 0; i < wing.size(); ++i) newell += glm::cross(wing[i], wing[(i + 1) % wing.size()]);
        m.addSlab(wing, glm::normalize(newell), 0.003f);
        m.addEllipsoid(ellipsoidAt(pv.hipJoint[side], glm::vec3(0.031f)), 14, 10);
        m.addCylinder(pv.hipJoint[side], pv.ischialTuberosity[side], 0.013f, 0.011f, 10);
        m.addEllipsoid(ellipsoidAt(pv.ischialTuberosity[side], {0.013f, 0.012f, 0.018f}), 10, 8);
        m.addCylinder(pv.hipJoint[side], pv.pubicSymphysis + glm::vec3(sideSign(side) * 0.006f, 0, 0), 0.011f, 0.009f, 10);
        m.addCylinder(pv.ischialTuberosity[side], pv.pubicSymphysis + glm::vec3(sideSign(side) * 0.006f, 0, -0.01f), 0.007f, 0.007f, 8);
        // Sacroiliac joint: the ilium meets the side of the sacrum below the PSIS.
        m.addCylinder(pv.psis[side], sk.sacrum.path[1] + glm::vec3(sideSign(side) * sk.sacrum.halfWidth[1], 0, 0), 0.009f, 0.011f, 10);
    }
    return m;
}

MeshBuilder sacrumMesh(const Sacrum& s) {
    MeshBuilder m;
    // The bodies with the canal's roof behind them: one tube, its centre line moved back by
    // half the roof's depth. x cross the path's caudal direction points back.
    std::vector<glm::vec3> centre, crest;
    std::vector<float> halfDepth;
    for (std::size_t i = 0; i < s.path.size(); ++i) {
        const std::size_t a = i + 1 < s.path.size() ? i : i - 1;
        const glm::vec3 back = glm::normalize(glm::cross(glm::vec3(1, 0, 0), s.path[a + 1] - s.path[a]));
        centre.push_back(s.path[i] + back * (0.5f * s.archDepth[i]));
        halfDepth.push_back(s.halfThickness[i] + 0.5f * s.archDepth[i]);
        // Median sacral crest along the back, down to the hiatus.
        if (i + 1 < s.path.size()) crest.push_back(s.path[i] + back * (s.halfThickness[i] + s.archDepth[i]));
    }
    m.addTube(centre, s.halfWidth, halfDepth, glm::vec3(0, 1, 0), 16);
    m.addTube(crest, std::vector<float>(crest.size(), 0.003f), std::vector<float>(crest.size(), 0.005f), glm::vec3(0, 1, 0), 8);
    return m;
}

MeshBuilder coccyxMesh(const Sacrum& s) {
    MeshBuilder m;
    std::vector<float> hw, ht;
    for (std::size_t i = 0; i < s.coccyxPath.size(); ++i) {
        float t = static_cast<float>(i) / static_cast<float>(s.coccyxPath.size() - 1);
        hw.push_back(0.011f - 0.007f * t);
        ht.push_back(0.005f - 0.002f * t);
    }
    m.addTube(s.coccyxPath, hw, ht, glm::vec3(0, 1, 0), 10);
    return m;
}

MeshBuilder femurMesh(const Femur& f, const Leg& leg) {
    MeshBuilder m;
    m.addEllipsoid(ellipsoidAt(f.head, glm::vec3(f.headRadius)), 16, 10);
    m.addCylinder(f.head, f.neckEnd, f.shaftRadius * 1.05f, f.shaftRadius * 1.2f, 12);
    m.addEllipsoid(ellipsoidAt(f.greaterTrochanter, {0.012f, 0.018f, 0.026f}), 12, 8);
    m.addCylinder(f.neckEnd, f.shaftTop, f.shaftRadius * 1.3f, f.shaftRadius * 1.1f, 12);
    m.addCylinder(f.shaftTop, f.shaftEnd, f.shaftRadius * 1.1f, f.shaftRadius, 12);
    glm::vec3 lesser = f.shaftTop + glm::vec3((f.head.x - f.shaftTop.x) * 0.35f, -0.008f, -0.01f);
    m.addEllipsoid(ellipsoidAt(lesser, glm::vec3(0.008f)), 8, 6);
    // The lower end widens to the two condyles behind the kneecap.
    const float s = f.shaftRadius / 0.0145f;
    m.addCylinder(f.shaftEnd, leg.medialCondyle, f.shaftRadius, 0.012f * s, 10);
    m.addCylinder(f.shaftEnd, leg.lateralCondyle, f.shaftRadius, 0.012f * s, 10);
    m.addEllipsoid(ellipsoidAt(leg.medialCondyle, glm::vec3(0.017f * s, 0.024f * s, 0.022f * s)), 12, 8);
    m.addEllipsoid(ellipsoidAt(leg.lateralCondyle, glm::vec3(0.016f * s, 0.024f * s, 0.022f * s)), 12, 8);
    return m;
}

}  // namespace backrub
