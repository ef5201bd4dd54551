#pragma once
// Bones built as signed distance shapes (negative inside, about one unit per metre) and meshed
// with surface nets: the pieces a bone is made of blend into one smooth surface, with no seams
// where a ball meets a stick. Used by the hip bones and the sacrum.
#include "core/geometry/MeshBuilder.h"
#include "core/geometry/SmoothUnion.h"
#include "core/geometry/SkinMesher.h"

#include <glm/glm.hpp>

#include <algorithm>
#include <vector>

namespace backrub {

// A capsule from `a` to `b` whose radius runs linearly from `ra` to `rb` (m); signed distance
// (exact for equal radii, close when they differ little over its length).
inline float capsuleDistance(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b, float ra, float rb) {
    const glm::vec3 ab = b - a;
    const float len2 = glm::dot(ab, ab);
    const float t = len2 > 0.0f ? std::clamp(glm::dot(p - a, ab) / len2, 0.0f, 1.0f) : 0.0f;
    return glm::length(p - (a + ab * t)) - (ra + (rb - ra) * t);
}

// A tube along the open polyline `path` with radius `radii[i]` at each point: the union of its
// capsules. Needs at least two points.
float tubeDistance(const glm::vec3& p, const std::vector<glm::vec3>& path, const std::vector<float>& radii);

// Meshes the shape in the box [lo, hi] with grid step `cell` (m), simplified to at most
// `maxTriangles` (quadric collapses keep the surface where it is; the viewer's x-ray frame rate
// depends on triangle counts), and adds it to `out`: a closed mesh whose normals are the field's
// outward gradient.
void addBoneField(MeshBuilder& out, const ScalarField& field, const glm::vec3& lo, const glm::vec3& hi, float cell, std::size_t maxTriangles);

}  // namespace backrub
