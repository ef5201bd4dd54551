#pragma once
// Small numeric helpers every domain uses, defined once.
#include <algorithm>

#include <glm/glm.hpp>

namespace backrub {

constexpr float kPi = 3.14159265358979f;
constexpr double kPiD = 3.14159265358979323846;
constexpr float kDegToRad = kPi / 180.0f;

// Hermite ease from 0 at edge0 to 1 at edge1 (GLSL's smoothstep); clamped outside.
inline float smoothstep(float edge0, float edge1, float x) {
    const float t = std::clamp((x - edge0) / (edge1 - edge0), 0.0f, 1.0f);
    return t * t * (3.0f - 2.0f * t);
}

// The rotation nearest a linear map that is almost one (a blend of rotations): its third
// column's direction kept, the first made perpendicular to it, the second completing a
// right-handed frame.
inline glm::mat3 orthonormalized(const glm::mat3& m) {
    const glm::vec3 z = glm::normalize(m[2]);
    const glm::vec3 x = glm::normalize(m[0] - z * glm::dot(m[0], z));
    return glm::mat3(x, glm::cross(z, x), z);
}

}  // namespace backrub
