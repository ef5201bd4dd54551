#include "core/hands/ForearmMesh.h"

#include "core/geometry/MeshBuilder.h"
#include "core/hands/RingSurface.h"

#include <algorithm>
#include <cmath>

namespace backrub {

namespace {

constexpr int kSlices = 16;
constexpr int kRings = 9;
constexpr int kVertexCount = kSlices * kRings + 2;
constexpr float kFadeStart = 0.3f;  // of the drawn length: solid up to here, then fading to nothing
constexpr float kElbowOut = 0.25f;  // sideways lean of the elbow, toward the little finger

const std::vector<std::uint32_t>& forearmTopology() {
    static const std::vector<std::uint32_t> topology = [] {
        std::vector<std::uint32_t> idx;
        ringSurfaceIndices(0, kRings, kSlices, idx);
        return idx;
    }();
    return topology;
}

glm::vec3 unitOr(const glm::vec3& v, const glm::vec3& fallback) {
    const float len = glm::length(v);
    return std::isfinite(len) && len > 1e-6f ? v / len : fallback;
}

float smoothstep(float e0, float e1, float x) {
    const float t = std::clamp((x - e0) / (e1 - e0), 0.0f, 1.0f);
    return t * t * (3.0f - 2.0f * t);
}

}  // namespace

glm::vec3 forearmDirection(const HandRig& rig) {
    const glm::vec3 n = rig.skinNormal;
    const glm::vec3 handAxis = rig.toModel[2];
    const glm::vec3 back = unitOr(handAxis - glm::dot(handAxis, n) * n, anyPerpendicular(n));
    // Canonical -x is the little finger's side for either hand (a left rig mirrors x).
    const glm::vec3 little = rig.toModel * glm::vec3(-1, 0, 0);
    const glm::vec3 out = little - glm::dot(little, n) * n;
    return unitOr(-back * std::cos(kForearmElevationRad) + n * std::sin(kForearmElevationRad) + kElbowOut * out, n);
}

void appendForearmMesh(const HandPose& pose, const HandRig& rig, const HandDimensions& dims, MeshGeometry& out,
                       std::vector<float>& opacity) {
    if (!pose.inUse) return;
    const glm::vec3 d = forearmDirection(rig);
    const glm::vec3 across = unitOr(rig.toModel[0] - glm::dot(rig.toModel[0], d) * d, anyPerpendicular(d));
    const glm::vec3 up = glm::cross(d, across);
    // Starts inside the palm's wrist end, above its middle so the tube clears the skin.
    const glm::vec3 start = rig.toModelPoint(glm::vec3(0.0f, 0.2f * dims.palmThicknessM, 0.012f));
    const float length = kForearmDrawnShare * dims.forearmLengthM;
    const float wristHalfWidth = 0.5f * dims.wristWidthM;

    const std::size_t first = out.positions.size();
    out.positions.resize(first + kVertexCount);
    out.normals.resize(first + kVertexCount);
    opacity.resize(first + kVertexCount);
    glm::vec3* p = out.positions.data() + first;
    glm::vec3* nrm = out.normals.data() + first;
    float* alpha = opacity.data() + first;
    auto put = [&](const glm::vec3& position, const glm::vec3& normal, float a) {
        *p++ = position;
        *nrm++ = normal;
        *alpha++ = a;
    };
    auto fade = [](float t) { return 1.0f - smoothstep(kFadeStart, 1.0f, t); };
    // Section widens from the wrist (a flat oval) toward the muscle bellies
    // (rounder): estimates, docs/sources.md, "Hands".
    auto halfWidth = [&](float t) { return wristHalfWidth * (0.92f + 0.38f * smoothstep(0.0f, 0.75f, t)); };
    auto halfThickness = [&](float t) { return wristHalfWidth * (0.62f + 0.45f * smoothstep(0.0f, 0.75f, t)); };

    put(start - d * (0.6f * halfThickness(0.0f)), -d, 1.0f);
    const auto& circle = unitCircle<kSlices>();
    for (int i = 0; i < kRings; ++i) {
        const float t = static_cast<float>(i) / static_cast<float>(kRings - 1);
        const glm::vec3 centre = start + d * (t * length);
        const float a = halfWidth(t), b = halfThickness(t);
        for (const glm::vec2& cs : circle) {
            const glm::vec3 n = glm::normalize(cs.x / a * across + cs.y / b * up);
            put(centre + cs.x * a * across + cs.y * b * up, n, fade(t));
        }
    }
    put(start + d * (length + 0.5f * halfThickness(1.0f)), d, 0.0f);

    const auto base = static_cast<std::uint32_t>(first);
    const std::size_t firstIndex = out.indices.size();
    const std::vector<std::uint32_t>& topology = forearmTopology();
    out.indices.resize(firstIndex + topology.size());
    std::transform(topology.begin(), topology.end(), out.indices.begin() + static_cast<std::ptrdiff_t>(firstIndex),
                   [base](std::uint32_t i) { return base + i; });
}

}  // namespace backrub
