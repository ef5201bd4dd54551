// Soft tissue between bone and skin at the landmarks a therapist feels for, against the
// published ranges (docs/sources.md, "Soft tissue depths").
#include "GeneratedBody.h"

#include "core/bodygen/Skeleton.h"

#include <catch2/catch.hpp>

#include <optional>
#include <string>

using namespace backrub;
using namespace backrub::test;

namespace {

// From a point on the skin, inward along `inward`, to the first surface of `boneNode`.
std::optional<float> depthBelow(BodySize size, const std::string& boneNode, const glm::vec3& skinPoint, const glm::vec3& inward) {
    constexpr float kStartOutsideM = 0.01f;  // start above the skin so the landmark's own crossing counts
    const glm::vec3 dir = glm::normalize(inward);
    const glm::vec3 start = skinPoint - dir * kStartOutsideM;
    float skin = -1.0f, bone = -1.0f;
    for (float t : lineCrossings(skinTriangles(size), start, dir))
        if (t > 0.0f) { skin = t; break; }
    for (float t : lineCrossings(nodeTriangles(bodyScene(size), boneNode), start, dir))
        if (t > 0.0f) { bone = t; break; }
    if (skin < 0.0f || bone < 0.0f) return std::nullopt;
    return bone - skin;
}

struct DepthRow {
    const char* landmark;
    const char* bone;
    glm::vec3 inward;
    float lowMm, highMm;
};

}  // namespace

TEST_CASE("Bone lies under the skin as deep as published at the palpated landmarks", "[body][depth]") {
    const DepthRow rows[] = {
        {"C7", "vertebra_C7", {0, -1, 0}, 2.0f, 12.0f},        // nearly subcutaneous
        {"T4", "vertebra_T4", {0, -1, 0}, 4.0f, 12.0f},        // thoracic tips: about 5-10 mm
        {"T7", "vertebra_T7", {0, -1, 0}, 4.0f, 12.0f},
        {"T10", "vertebra_T10", {0, -1, 0}, 4.0f, 12.0f},
        {"L3", "vertebra_L3", {0, -1, 0}, 8.0f, 32.0f},        // lumbar tips: about 10-30 mm
        {"coccyx", "coccyx", {0, -1, 0}, 6.0f, 22.0f},         // the tailbone: about 10-20 mm
        {"PSIS_L", "pelvis", {0, -1, 0}, 10.0f, 30.0f},        // under the dimple: about 10-30 mm
        {"scapular_spine_L", "scapula_L", {0, -1, 0}, 1.0f, 10.0f},  // subcutaneous
        {"greater_trochanter_L", "femur_L", {-1, 0, 0}, 15.0f, 45.0f},  // about 20-40 mm
    };
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        const Body& b = generatedBody(size);
        for (const DepthRow& r : rows) {
            const std::optional<float> d = depthBelow(size, r.bone, landmarkAt(b, r.landmark), r.inward);
            INFO(bodySizeName(size) << " " << r.landmark << ": " << (d ? *d * 1000.0f : -1.0f) << " mm, published "
                                    << r.lowMm << "-" << r.highMm << " mm");
            REQUIRE(d.has_value());
            CHECK(*d * 1000.0f >= r.lowMm);
            CHECK(*d * 1000.0f <= r.highMm);
        }
    }
}
