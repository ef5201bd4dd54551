// What the simulation places on the body at rest is shown on the posed body: the contacts of
// the knees-to-chest technique lie on the posed skin, and the hands rest on it.
#include "GeneratedBody.h"

#include "core/body/SkinQuery.h"
#include "core/hands/HandMesh.h"
#include "core/session/PosedBody.h"
#include "core/session/StepPose.h"
#include "core/session/TechniqueSession.h"
#include "core/technique/TechniqueLibrary.h"

#include <catch2/catch.hpp>

using namespace backrub;
using namespace backrub::test;

TEST_CASE("Posed, the outer-thigh contacts lie on the posed skin and the hands as near it as at rest", "[session][pose]") {
    const SceneData& scene = bodyScene(BodySize::Female);
    const Body& body = generatedBody(BodySize::Female);
    PosedBody posed(scene, body);
    REQUIRE(posed.canPose());
    const TechniqueLibrary library = loadShippedTechniques();
    const Technique* t = library.find("knees-to-chest-glutes");
    REQUIRE(t);
    TechniqueSession session(*t, body, ThresholdTable::defaults(), PressureLevel::Moderate);
    const HandDimensions dims = HandDimensions::adult();
    const SkinQuery onRest(body.skin);
    int contacts = 0, hands = 0;
    for (double s = 2.0; s < 34.0; s += 1.5) {
        session.update(s);
        REQUIRE(posed.setPose(poseAt(*t, s)) == (s == 2.0));  // one pose for both steps: posed once
        REQUIRE_FALSE(posed.atRest());
        const SkinQuery onPosed(posed.body().skin);
        for (const Contact& c : session.frame().contacts) {
            if (c.forceN <= 0.0f) continue;
            ++contacts;
            CHECK(onPosed.closest(posed.point(c.position)).distance < 0.0015f);
        }
        for (const HandPose& h : session.frame().hands) {
            if (!h.touching) continue;
            ++hands;
            // How the hand meets the skin is the hands' own (tests/core/hands); posing the body
            // carries the hand with the skin and changes that gap by under a millimetre.
            const glm::vec3 restPoint = handContactSurfacePoint(h, dims);
            const glm::vec3 touching = glm::vec3(posed.matrixAt(h.contactPoint) * glm::vec4(restPoint, 1.0f));
            CHECK(onPosed.closest(touching).distance == Approx(onRest.closest(restPoint).distance).margin(0.001));
        }
    }
    CHECK(contacts > 20);
    CHECK(hands > 20);
    // Back at rest the body is the one the simulation uses.
    CHECK(posed.setPose(namedPose(PoseId::Prone)));
    CHECK(posed.atRest());
    CHECK(&posed.body() == &body);
}

TEST_CASE("Posed landmarks are where the posed scene puts them", "[session][pose]") {
    const SceneData& scene = bodyScene(BodySize::Male);
    const Body& body = generatedBody(BodySize::Male);
    PosedBody posed(scene, body);
    REQUIRE(posed.setPose(namedPose(PoseId::SideLying)));
    const SkinQuery onPosed(posed.body().skin);
    for (const char* name : {"T7", "L4", "PSIS_L", "greater_trochanter_R"}) {
        INFO(name);
        const Landmark* l = posed.body().landmark(name);
        REQUIRE(l);
        // Moved with the bone, it stays on (or within a few millimetres of) the posed skin.
        CHECK(onPosed.closest(l->position).distance < 0.004f);
        CHECK(glm::length(l->position - landmarkAt(body, name)) > 0.05f);
    }
}
