#include "core/bodygen/SkeletonMeshes.h"


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
    if (rib.cartilage.size() >= 2) {
        // Broad face outward, like the rib's; few sides: twenty cartilages share a small budget.
        std::vector<glm::vec3> c = catmullRom(rib.cartilage, 2);
        m.addTube(c, std::vector<float>(c.size(), rib.cartilageHalfWidth), std::vector<float>(c.size(), rib.cartilageHalfThickness),
                  glm::vec3(0, -1, 0), 6);
    }
    return m;
}

MeshBuilder sternumMesh(const Sternum& s) {
    MeshBuilder m;
    m.addTube(s.path, s.halfWidth, s.halfThickness, s.anterior, 12);
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
