#include "core/bodygen/BodyLandmarks.h"

#include "core/geometry/MeshBuilder.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace backrub {
namespace {

// Closest point on triangle abc to p (Ericson, Real-Time Collision Detection, 5.1.5).
glm::vec3 closestOnTriangle(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b, const glm::vec3& c) {
    glm::vec3 ab = b - a, ac = c - a, ap = p - a;
    float d1 = glm::dot(ab, ap), d2 = glm::dot(ac, ap);
    if (d1 <= 0 && d2 <= 0) return a;
    glm::vec3 bp = p - b;
    float d3 = glm::dot(ab, bp), d4 = glm::dot(ac, bp);
    if (d3 >= 0 && d4 <= d3) return b;
    float vc = d1 * d4 - d3 * d2;
    if (vc <= 0 && d1 >= 0 && d3 <= 0) return a + ab * (d1 / (d1 - d3));
    glm::vec3 cp = p - c;
    float d5 = glm::dot(ab, cp), d6 = glm::dot(ac, cp);
    if (d6 >= 0 && d5 <= d6) return c;
    float vb = d5 * d2 - d1 * d6;
    if (vb <= 0 && d2 >= 0 && d6 <= 0) return a + ac * (d2 / (d2 - d6));
    float va = d3 * d6 - d5 * d4;
    if (va <= 0 && (d4 - d3) >= 0 && (d5 - d6) >= 0) return b + (c - b) * ((d4 - d3) / ((d4 - d3) + (d5 - d6)));
    float denom = 1.0f / (va + vb + vc);
    return a + ab * (vb * denom) + ac * (vc * denom);
}

}  // namespace

glm::vec3 closestPointOnMesh(const IsoMesh& mesh, const glm::vec3& p) {
    // The nearest vertex bounds the answer; only triangles with a corner within that
    // distance plus the longest edge can hold a closer point.
    float nearest2 = std::numeric_limits<float>::max();
    for (const glm::vec3& v : mesh.positions) {
        glm::vec3 d = v - p;
        nearest2 = std::min(nearest2, glm::dot(d, d));
    }
    const float reach = std::sqrt(nearest2) + 0.03f, reach2 = reach * reach;
    float best = std::numeric_limits<float>::max();
    glm::vec3 bestPoint = p;
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
        const glm::vec3& a = mesh.positions[mesh.indices[t]];
        glm::vec3 d = a - p;
        if (glm::dot(d, d) > reach2) continue;
        glm::vec3 q = closestOnTriangle(p, a, mesh.positions[mesh.indices[t + 1]], mesh.positions[mesh.indices[t + 2]]);
        float dist = glm::length(q - p);
        if (dist < best) {
            best = dist;
            bestPoint = q;
        }
    }
    return bestPoint;
}

BodyLandmarks placeLandmarks(const Skeleton& sk, const SkinField& field, const IsoMesh& skin) {
    BodyLandmarks out;
    const glm::vec3 up(0, 1, 0);
    auto place = [&](const std::string& name, const glm::vec3& inside, const glm::vec3& dir) {
        out.points.push_back({name, closestPointOnMesh(skin, field.surfaceAlong(inside, dir))});
    };
    for (const Vertebra& v : sk.vertebrae) place(v.label, v.spinousTip - up * 0.004f, up);
    place("S1", sk.sacrum.s1SpinousTip - up * 0.004f, up);
    place("coccyx", sk.sacrum.dorsalCoccyx - up * 0.004f, up);
    for (int side = 0; side < 2; ++side) {
        const std::string sfx = sideSuffix(side);
        const float s = sideSign(side);
        const Scapula& sc = sk.scapulae[side];
        place("PSIS" + sfx, sk.pelvis.psis[side], up);
        place("iliac_crest" + sfx, sk.pelvis.iliacCrestTop[side], glm::vec3(s * 0.5f, 0.85f, 0.0f));
        place("scapular_spine" + sfx, glm::mix(sc.spineRoot, sc.acromion, 0.4f), up);
        place("scapula_inferior_angle" + sfx, sc.inferiorAngle, up);
        place("greater_trochanter" + sfx, sk.femora[side].greaterTrochanter, glm::vec3(s, 0.0f, 0.0f));
    }
    // The midline: a smooth curve through the spinous landmarks, brought back onto the skin.
    std::vector<glm::vec3> spinous;
    for (std::size_t i = 0; i < sk.vertebrae.size() + 2; ++i) spinous.push_back(out.points[i].position);
    for (const glm::vec3& q : catmullRom(spinous, 4)) {
        glm::vec3 mid(0.0f, q.y, q.z);
        out.spineMidline.push_back(closestPointOnMesh(skin, field.surfaceAlong(mid - up * 0.02f, up)));
    }
    return out;
}

}  // namespace backrub
