// The generated skin is meshed mirror-symmetrically about the midline, so that the same
// stroke on the left and on the right shows the same heat (it did not: mirrored thumb
// contacts peaked up to a quarter apart, 8 % on average, over thumb circles).
#include "GeneratedBody.h"

#include "core/geometry/VertexGrid.h"
#include "core/pressure/PressureField.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

using namespace backrub;
using namespace backrub::test;

TEST_CASE("Nearly every skin vertex of the back has a mirror image across the midline", "[body][symmetry]") {
    // The mesher's grid is centred on the (symmetric) body, so its points mirror exactly.
    // Gaps thinner than a grid cell (the natal cleft, between fingers) are closed one cell
    // at a time in a fixed order, which moves a few vertices near them off their images.
    constexpr float kToleranceM = 0.00005f;
    constexpr float kBackHalfWidthM = 0.2f, kBackBottomZM = 0.0f;  // the trunk above the hip joints
    constexpr double kMirroredShare = 0.97;  // 0.974 / 0.974; an eighth of all vertices with a grid anchored at one side
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        const std::vector<glm::vec3>& positions = generatedBody(size).skin.positions;
        const VertexGrid grid(positions, 0.01f);
        std::size_t back = 0, mirrored = 0;
        for (const glm::vec3& p : positions) {
            if (std::abs(p.x) >= kBackHalfWidthM || p.z <= kBackBottomZM) continue;
            ++back;
            bool found = false;
            grid.forEachInSphere({-p.x, p.y, p.z}, kToleranceM, [&](std::uint32_t, const glm::vec3&, float) { found = true; });
            if (found) ++mirrored;
        }
        INFO(bodySizeName(size) << ": " << mirrored << " of " << back << " vertices of the back mirrored");
        CHECK(double(mirrored) >= kMirroredShare * double(back));
    }
}

TEST_CASE("Mirrored thumb contacts peak alike on the left and the right", "[body][symmetry][pressure]") {
    const Body& body = generatedBody(BodySize::Female);
    PressureField field(body.skin);
    const Landmark* l3 = body.landmark("L3");
    REQUIRE(l3 != nullptr);
    // A firm thumb 2 cm beside the L3 tip and its mirror image, stepped up the back.
    for (float up = -0.04f; up <= 0.04f; up += 0.005f) {
        float peak[2] = {0.0f, 0.0f};
        for (int side = 0; side < 2; ++side) {
            const float x = side == 0 ? 0.02f : -0.02f;
            const std::optional<float> y = skinTopAt(BodySize::Female, x, l3->position.z + up);
            REQUIRE(y.has_value());
            Contact c;
            c.position = {x, *y, l3->position.z + up};
            c.normal = {0.0f, 1.0f, 0.0f};
            c.forceN = 40.0f;
            c.kind = ContactKind::ThumbPad;
            field.setContacts({c});
            peak[side] = *std::max_element(field.live().begin(), field.live().end());
        }
        INFO("at " << up * 100.0f << " cm from L3: " << peak[0] << " / " << peak[1] << " kPa");
        CHECK(peak[0] == Approx(peak[1]).epsilon(0.01));
    }
}
