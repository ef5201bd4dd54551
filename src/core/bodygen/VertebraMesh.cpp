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

}  // namespace backrub
