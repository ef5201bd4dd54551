#include "core/scene/FaceCradle.h"

#include "core/bodygen/LimbBones.h"
#include "core/scene/TableDimensions.h"

#include <glm/gtc/constants.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace backrub {
namespace {

using namespace table;

// The arc's centre lies this far down the face from the nasion (toward the chin), so the
// closed end of the horseshoe meets the brow and forehead (estimate).
constexpr float kArcCentreBelowNasionM = 0.035f;
constexpr float kTiltStepDeg = 0.25f;

// How far the centre line rises above the arc's apex at `sine` of the angle round the arc
// (1 at the apex under the forehead, 0 at its sides and along the arms under the cheeks).
float cheekRise(float sine) { return kCheekRiseM * (1.0f - sine); }

// The arms reach back until they stop a gap short of the table.
float armLengthFor(const FaceCradle& c, float tableHeadEndZ) {
    return std::clamp((c.centre.z - tableHeadEndZ - kCradleGapM) / c.along.z, 0.0f, kMaxArmLengthM);
}

FaceCradle posed(const glm::vec3& pivot, float tiltDeg, float tableHeadEndZ) {
    FaceCradle c;
    const float t = glm::radians(tiltDeg);
    c.tiltDeg = tiltDeg;
    c.along = {0.0f, std::sin(t), std::cos(t)};
    c.normal = {0.0f, std::cos(t), -std::sin(t)};
    c.centre = pivot;
    c.armLength = armLengthFor(c, tableHeadEndZ);
    return c;
}

}  // namespace

std::optional<float> FaceCradle::topAbove(const glm::vec3& p) const {
    const glm::vec3 d = p - centre;
    const float a = d.x, b = glm::dot(d, along);
    float offset;  // from the centre line, in the cradle's plane
    if (b >= 0.0f) offset = std::abs(std::hypot(a, b) - kCushionRadiusM);
    else if (b >= -armLength) offset = std::abs(std::abs(a) - kCushionRadiusM);
    else return std::nullopt;
    if (offset >= kCushionHalfWidthM) return std::nullopt;
    const float q = offset / kCushionHalfWidthM;
    // The section is an ellipse; the arc's sides and the arms rise toward the cheeks.
    const float r = std::hypot(a, b);
    return cheekRise(b >= 0.0f && r > 0.0f ? b / r : 0.0f) + kCushionHalfThicknessM * std::sqrt(1.0f - q * q);
}

std::vector<glm::vec3> FaceCradle::centreLine(int arcSegments) const {
    const glm::vec3 x(1, 0, 0);
    std::vector<glm::vec3> line;
    auto inPlane = [&](float a, float b) {
        const float r = std::hypot(a, b);
        return centre + x * a + along * b + normal * cheekRise(b >= 0.0f ? b / r : 0.0f);
    };
    if (armLength > 0.0f) line.push_back(inPlane(kCushionRadiusM, -armLength));
    for (int i = 0; i <= arcSegments; ++i) {
        const float angle = glm::pi<float>() * static_cast<float>(i) / static_cast<float>(arcSegments);
        line.push_back(inPlane(kCushionRadiusM * std::cos(angle), kCushionRadiusM * std::sin(angle)));
    }
    if (armLength > 0.0f) line.push_back(inPlane(-kCushionRadiusM, -armLength));
    return line;
}

glm::vec3 FaceCradle::armEnd(int side) const {
    return centre + glm::vec3(side == 0 ? kCushionRadiusM : -kCushionRadiusM, 0.0f, 0.0f) - along * armLength +
           normal * kCheekRiseM;
}

FaceCradle fitFaceCradle(const Head& head, const SkinSurface& skin, float tableHeadEndZ) {
    const glm::vec3 aim = head.nasion - head.up * kArcCentreBelowNasionM;
    const glm::vec3 pivot(0.0f, aim.y, aim.z);  // on the midline
    // The underside of the face: skin turned toward the table, near the head.
    const float reach = kCushionRadiusM + kCushionHalfWidthM + kMaxArmLengthM;
    std::vector<glm::vec3> face;
    for (std::size_t i = 0; i < skin.positions.size(); ++i) {
        const glm::vec3& p = skin.positions[i];
        if (skin.normals[i].y < 0.0f && std::abs(p.x) < reach && std::abs(p.z - pivot.z) < reach && p.y < pivot.y + 0.1f)
            face.push_back(p);
    }
    // For each tilt, the highest the cushion's centre line may sit without entering the skin,
    // under the forehead (the arc within 45 degrees of its apex) and under the cheeks (the rest
    // of the arc and the arms); the best tilt lets both touch.
    const float none = std::numeric_limits<float>::max();
    FaceCradle best = posed(pivot, 0.0f, tableHeadEndZ);
    float bestMismatch = none, bestLift = 0.0f;
    for (float tilt = -kMaxTiltDeg; tilt <= kMaxTiltDeg + 1e-3f; tilt += kTiltStepDeg) {
        const FaceCradle c = posed(pivot, tilt, tableHeadEndZ);
        float forehead = none, cheeks = none;
        for (const glm::vec3& p : face) {
            const std::optional<float> top = c.topAbove(p);
            if (!top) continue;
            float& lift = glm::dot(p - c.centre, c.along) > std::abs(p.x) ? forehead : cheeks;
            lift = std::min(lift, c.heightOf(p) - *top);
        }
        if (forehead == none || cheeks == none) continue;
        const float mismatch = std::abs(forehead - cheeks);
        if (mismatch < bestMismatch) {
            bestMismatch = mismatch;
            best = c;
            bestLift = std::min(forehead, cheeks);
        }
    }
    best.centre += best.normal * (bestLift + kCradleSinkM);
    // Raised or lowered, the cradle keeps its gap to the table; shorter arms rest on less of the face.
    best.armLength = std::min(best.armLength, armLengthFor(best, tableHeadEndZ));
    return best;
}

}  // namespace backrub
