// The care zones of the generated bodies against the anatomy they stand for:
// the spine line over the spinous tips, the flank over the floating ribs (docs/sources.md,
// "Care zones").
#include "GeneratedBody.h"

#include "core/bodygen/BodyProportions.h"
#include "core/bodygen/Skeleton.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <string>

using namespace backrub;
using namespace backrub::test;

TEST_CASE("The spine-line zone covers the spinous tips and a margin, about 2 cm wide", "[body]") {
    // Spinous tips are about 1 cm wide (docs/sources.md, "Spine and vertebrae"); the zone adds a few mm
    // each side. Thumbs placed 2 cm out, as the techniques place them (a 1.5 cm^2 pad reaches 0.7 cm
    // around its centre), stay off it.
    constexpr float kThumbPadRadiusM = 0.0069f;  // m, a 1.5 cm^2 disc
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        INFO(bodySizeName(size));
        const Body& b = generatedBody(size);
        const SkinSurface& s = b.skin;
        const float top = landmarkAt(b, "T1").z, bottom = landmarkAt(b, "L5").z;
        float widest = 0.0f, narrowestOutside = 1.0f;
        for (std::size_t i = 0; i < s.positions.size(); ++i) {
            const glm::vec3 p = s.positions[i];
            if (s.overlayRegion[i] == Region::SpineLine) widest = std::max(widest, std::abs(p.x));
            else if (p.z < top && p.z > bottom && s.normals[i].y > 0.5f) narrowestOutside = std::min(narrowestOutside, std::abs(p.x));
        }
        INFO("spine line out to " << widest * 1000.0f << " mm; other back skin from " << narrowestOutside * 1000.0f << " mm");
        CHECK(widest >= 0.008f);
        CHECK(widest <= 0.011f);
        CHECK(narrowestOutside >= 0.008f);
        CHECK(widest < 0.02f - kThumbPadRadiusM);
    }
}

TEST_CASE("The flank zone covers the floating ribs beside the spine's muscles and stays near them", "[body]") {
    // Ribs 11 and 12 are not joined at the front: the flank zone is the skin over them
    // (docs/sources.md, "Care zones"), from beside the erector spinae out to their tips.
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        INFO(bodySizeName(size));
        const Body& b = generatedBody(size);
        const SkinSurface& s = b.skin;
        const Skeleton sk = buildSkeleton(bodyProportions(size));
        const auto regionAbove = [&](const glm::vec3& bone) {
            const std::optional<float> top = skinTopAt(size, bone.x, bone.z);
            REQUIRE(top.has_value());
            const glm::vec3 onSkin(bone.x, *top, bone.z);
            std::size_t best = 0;
            for (std::size_t i = 1; i < s.positions.size(); ++i)
                if (glm::distance(s.positions[i], onSkin) < glm::distance(s.positions[best], onSkin)) best = i;
            return s.baseRegion[best];
        };
        int points = 0, covered = 0;
        for (const Rib& rib : sk.ribs) {
            if (rib.number < 11) continue;
            const Region flank = rib.side == 0 ? Region::FlankL : Region::FlankR;
            for (const glm::vec3& p : rib.path) {
                if (std::abs(p.x) < 0.05f) continue;  // the rib's neck, under the erector spinae
                ++points;
                covered += regionAbove(p) == flank;
            }
        }
        INFO(covered << " of " << points << " points of ribs 11-12 under the flank zone");
        CHECK(points >= 20);
        CHECK(covered >= points * 9 / 10);
        // And nothing far from them: the zone lies between the T9 and L3 spinous levels (the
        // spinous processes slope down: rib 11's head lies level with the T10 tip).
        const float t9 = landmarkAt(b, "T9").z, l3 = landmarkAt(b, "L3").z;
        for (std::size_t i = 0; i < s.positions.size(); ++i)
            if (s.baseRegion[i] == Region::FlankL || s.baseRegion[i] == Region::FlankR) {
                INFO("flank skin at z " << s.positions[i].z);
                REQUIRE(s.positions[i].z < t9);
                REQUIRE(s.positions[i].z > l3);
            }
    }
}
