#pragma once
// Distance from a point to a segment in the (x, z) plane: the back seen from behind
// (y, toward the viewer, is dropped).
#include <glm/glm.hpp>

#include <algorithm>

namespace backrub {

inline float segmentDistanceXZ(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b) {
    const glm::vec2 q(p.x, p.z), u(a.x, a.z), v(b.x, b.z);
    const glm::vec2 d = v - u;
    const float len2 = glm::dot(d, d);
    const float t = len2 > 0.0f ? std::clamp(glm::dot(q - u, d) / len2, 0.0f, 1.0f) : 0.0f;
    return glm::length(q - (u + d * t));
}

}  // namespace backrub
