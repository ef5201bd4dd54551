#include "core/bodygen/SkeletonMeshes.h"

#include "core/bodygen/ScapulaMesh.h"

#include <glm/gtc/constants.hpp>

#include <algorithm>
#include <cmath>

namespace backrub {
namespace {

glm::mat4 ellipsoidAt(const glm::vec3& c, const glm::vec3& radii) {
    glm::mat4 xf(1.0f);
    xf[0][0] = radii.x;
    xf[1][1] = radii.y;
    xf[2][2] = radii.z;
    xf[3] = glm::vec4(c, 1.0f);
    return xf;
}

}  // namespace

MeshBuilder ribMesh(const Rib& rib) {
    MeshBuilder m;
    std::vector<glm::vec3> path = catmullRom(rib.path, 3);
    std::vector<float> thick(path.size(), rib.halfThickness), width(path.size(), rib.halfWidth);
    width.front() = rib.halfThickness * 1.3f;  // the head is round
    m.addTube(path, thick, width, glm::vec3(0, 0, 1), 8);
    return m;
}

MeshBuilder scapulaMesh(const Scapula& s) { return scapulaBoneMesh(s); }

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
