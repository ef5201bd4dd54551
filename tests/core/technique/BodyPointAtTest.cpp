// From a point clicked on the skin back to body coordinates (the stroke editor): on both
// generated bodies, places over the back resolve back to where they were clicked.
#include "BodyTestScenes.h"
#include "GeneratedBody.h"

#include "core/body/SkinQuery.h"
#include "core/technique/BodyCoordinates.h"

#include <catch2/catch.hpp>

using namespace backrub;

TEST_CASE("A point on the back turns into body coordinates that lead back to it", "[stroke][body]") {
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        const Body& body = test::generatedBody(size);
        const SkinQuery skin(body.skin);
        const BodyCoordinates coords(body, skin);
        float worst = 0.0f;
        // From the neck to the sacrum, from the midline out over the erector and the ribs.
        for (const char* level : {"C7", "T2", "T5", "T8", "T11", "L1", "L3", "L5", "S2"}) {
            for (float lateral : {-9.0f, -5.0f, -2.0f, 0.0f, 2.5f, 6.0f, 11.0f}) {
                for (float cranial : {-1.0f, 0.0f, 1.2f}) {
                    BodyPoint placed;
                    placed.spineLevel = level;
                    placed.lateralCm = lateral;
                    placed.cranialCm = cranial;
                    const glm::vec3 clicked = coords.resolve(placed, false).position;
                    float error = 1.0f;
                    const BodyPoint named = coords.bodyPointAt(clicked, &error);
                    INFO(bodySizeName(size) << " " << level << " lateral " << lateral << " cranial " << cranial << " -> "
                                            << named.spineLevel << " " << named.lateralCm << " " << named.cranialCm);
                    CHECK(named.landmark.empty());
                    CHECK(named.fraction == 0.0f);
                    const float back = glm::length(coords.resolve(named, false).position - clicked);
                    CHECK(back == Approx(error).margin(1e-6));
                    CHECK(back < 0.003f);  // 3 mm: the offsets are rounded to 1 mm
                    worst = std::max(worst, back);
                    // Offsets read as a person would: the side and the level are right.
                    if (lateral != 0.0f) CHECK((named.lateralCm > 0.0f) == (lateral > 0.0f));
                    CHECK(std::abs(named.cranialCm) < 4.0f);  // the nearest level, not a far one
                }
            }
        }
        WARN(bodySizeName(size) << ": worst " << worst * 1000.0f << " mm");
    }
}
