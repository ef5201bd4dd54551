// Lying prone, the lumbar lordosis shows on the skin as a hollow between the thoracic
// curve and the sacrum (docs/sources.md, "Lumbar hollow"): measured along the midline of the
// generated bodies' skin.
#include "GeneratedBody.h"

#include "core/bodygen/BodyProportions.h"
#include "core/bodygen/Skeleton.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <string>

using namespace backrub;
using namespace backrub::test;

namespace {

float midlineAt(BodySize size, float z) {
    const std::optional<float> y = skinTopAt(size, 0.0f, z);
    REQUIRE(y.has_value());
    return *y;
}

// The skin's slope along the midline at z, in degrees: positive where it rises toward the head.
float slopeDeg(BodySize size, float z) {
    constexpr float kHalfSpanM = 0.01f;
    const float rise = midlineAt(size, z + kHalfSpanM) - midlineAt(size, z - kHalfSpanM);
    return std::atan2(rise, 2.0f * kHalfSpanM) * 57.29578f;
}

}  // namespace

TEST_CASE("The lumbar skin is a hollow deepest at the lumbosacral junction", "[body][lordosis]") {
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        const Skeleton sk = buildSkeleton(bodyProportions(size));
        auto tipZ = [&](const char* level) { return sk.vertebra(level).spinousTip.z; };
        const float zT12 = tipZ("T12"), zL1 = tipZ("L1"), zL2 = tipZ("L2"), zL5 = tipZ("L5"), zS1 = sk.sacrum.s1SpinousTip.z;
        // Concave below the thoracolumbar bend: going down the back the skin falls less and
        // less steeply from L2 to L5 (it fell 7 degrees more steeply at L5 than at L2 when the
        // hollow sat only at L5-S1).
        INFO(bodySizeName(size) << ": slope at L2 " << slopeDeg(size, zL2) << " deg, at L5 " << slopeDeg(size, zL5) << " deg");
        CHECK(slopeDeg(size, zL2) - slopeDeg(size, zL5) >= 5.0f);
        // Below the chord from the skin over L1 to the skin over S1, at L3 and L4.
        const float yL1 = midlineAt(size, zL1), yS1 = midlineAt(size, zS1);
        for (const char* level : {"L3", "L4"}) {
            const float z = tipZ(level);
            const float chord = yL1 + (yS1 - yL1) * (zL1 - z) / (zL1 - zS1);
            INFO(bodySizeName(size) << " " << level << ": " << (chord - midlineAt(size, z)) * 1000.0f << " mm below the chord");
            CHECK(chord - midlineAt(size, z) >= 0.0015f);
        }
        // The deepest point down to the PSIS level lies at the lumbosacral junction, below L4:
        // the hollow's floor runs level from S1 to the PSIS level.
        const float zPsis = landmarkAt(generatedBody(size), "PSIS_L").z;
        float lowestZ = zT12, lowestY = midlineAt(size, zT12);
        for (float z = zT12; z >= zPsis; z -= 0.002f)
            if (midlineAt(size, z) < lowestY) {
                lowestY = midlineAt(size, z);
                lowestZ = z;
            }
        INFO(bodySizeName(size) << ": deepest at z " << lowestZ * 1000.0f << " mm; L4 " << tipZ("L4") * 1000.0f << ", S1 " << zS1 * 1000.0f
                                << ", PSIS " << zPsis * 1000.0f);
        INFO(bodySizeName(size) << ": skin at the PSIS level " << (midlineAt(size, zPsis) - lowestY) * 1000.0f << " mm above the deepest point");
        CHECK(lowestZ <= tipZ("L4"));
        CHECK(midlineAt(size, zPsis) - lowestY <= 0.001f);  // a floor from S1 to the PSIS level, then the sacrum
    }
}

TEST_CASE("Every lumbar spinous tip keeps a published tissue cover", "[body][lordosis][depth]") {
    // About 10-30 mm over the lumbar spinous processes (docs/sources.md, "Soft tissue depths"),
    // and over the median sacral crest at S1, under the thickest multifidus, no more.
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        const Skeleton sk = buildSkeleton(bodyProportions(size));
        for (const char* level : {"L1", "L2", "L3", "L4", "L5", "S1"}) {
            const glm::vec3 tip = std::string(level) == "S1" ? sk.sacrum.s1SpinousTip : sk.vertebra(level).spinousTip;
            const float cover = midlineAt(size, tip.z) - tip.y;
            INFO(bodySizeName(size) << " " << level << ": " << cover * 1000.0f << " mm over the tip point");
            CHECK(cover >= 0.010f);
            CHECK(cover <= 0.030f);
        }
    }
}
