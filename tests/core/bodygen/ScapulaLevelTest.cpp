// Where the shoulder blades lie on the back of the generated bodies (docs/sources.md,
// "Scapula, inferior angle" and "Scapula height").
#include "GeneratedBody.h"

#include "core/bodygen/BodyProportions.h"
#include "core/bodygen/Skeleton.h"

#include <catch2/catch.hpp>

using namespace backrub;
using namespace backrub::test;

TEST_CASE("The inferior angle of each scapula lies at the T7 to T8 spinous levels", "[body][scapula]") {
    // T7 in textbooks, T8 on average measured standing (SD 0.9 level), about one level lower prone.
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        const Body& b = generatedBody(size);
        const float t7 = landmarkAt(b, "T7").z, t8 = landmarkAt(b, "T8").z, t9 = landmarkAt(b, "T9").z;
        for (const char* name : {"scapula_inferior_angle_L", "scapula_inferior_angle_R"}) {
            const float z = landmarkAt(b, name).z;
            INFO(bodySizeName(size) << " " << name << " " << (z - t8) * 1000.0f << " mm from T8; T7 " << (t7 - t8) * 1000.0f
                                    << " mm, T9 " << (t9 - t8) * 1000.0f << " mm");
            CHECK(z <= t7);
            CHECK(z >= 0.5f * (t8 + t9));
        }
    }
}

TEST_CASE("Scapula height from the superior to the inferior angle is as published", "[body][scapula]") {
    // 139.3 +- 11.1 mm (Thai scapulae, sexes pooled): accepted within 2 SD.
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        const Skeleton sk = buildSkeleton(bodyProportions(size));
        for (const Scapula& sc : sk.scapulae) {
            const float height = glm::length(sc.superiorAngle - sc.inferiorAngle) * 1000.0f;
            INFO(bodySizeName(size) << " scapula height " << height << " mm");
            CHECK(std::abs(height - 139.3f) <= 2.0f * 11.1f);
        }
    }
}
