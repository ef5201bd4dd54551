#include "core/body/WorkingArea.h"
#include "core/session/TechniqueSession.h"
#include "core/technique/TechniqueLibrary.h"

#include "GeneratedBody.h"

#include <catch2/catch.hpp>

using namespace backrub;

namespace {

bool inside(const glm::vec3& p, const glm::vec3& lo, const glm::vec3& hi, float margin) {
    return glm::all(glm::greaterThanEqual(p, lo - margin)) && glm::all(glm::lessThanEqual(p, hi + margin));
}

}  // namespace

TEST_CASE("The working area frames the back from the neck to the thighs and leaves out head and feet", "[body][camera]") {
    const TechniqueLibrary library = loadShippedTechniques();
    REQUIRE(library.problems.empty());
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        INFO(bodySizeName(size));
        const Body& body = test::generatedBody(size);
        glm::vec3 lo, hi;
        REQUIRE(workingAreaBounds(body, lo, hi));
        float skinLo = 1e9f, skinHi = -1e9f;
        for (const glm::vec3& p : body.skin.positions) {
            skinLo = std::min(skinLo, p.z);
            skinHi = std::max(skinHi, p.z);
        }
        // Much shorter than the body, yet the whole back: every landmark inside.
        CHECK(hi.z - lo.z < 0.6f * (skinHi - skinLo));
        CHECK(hi.z < skinHi - 0.05f);        // the top of the head is left out
        CHECK(lo.z > skinLo + 0.5f);         // the legs below mid-thigh are left out
        for (const Landmark& l : body.landmarks) {
            INFO(l.name);
            CHECK(inside(l.position, lo, hi, 0.0f));
        }
        // Where every shipped technique touches the body (sampled each second).
        for (const Technique& t : library.techniques) {
            INFO(t.id);
            TechniqueSession session(t, body, ThresholdTable::defaults(), PressureLevel::Moderate);
            for (double s = 0.0; s <= session.duration(); s += 1.0) {
                session.update(s);
                for (const Contact& c : session.frame().contacts) CHECK(inside(c.position, lo, hi, 0.01f));
            }
        }
    }
    // A body without the landmarks has no working area; the bounds stay as they were.
    Body bare;
    bare.skin.positions = {glm::vec3(1.0f)};
    glm::vec3 lo(-2.0f), hi(2.0f);
    CHECK_FALSE(workingAreaBounds(bare, lo, hi));
    CHECK(lo == glm::vec3(-2.0f));
    CHECK(hi == glm::vec3(2.0f));
}
