// The care zones of the generated bodies against the anatomy they stand for:
// the spine line over the spinous tips (docs/sources.md, "Care zones").
#include "GeneratedBody.h"

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
