// Each step shows the receiver in its position: knees to chest on the back, the roll-over
// while the hands are away, face down for the glutes, standing for self-massage.
#include "core/session/StepPose.h"
#include "core/technique/TechniqueLibrary.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace backrub;

namespace {

bool same(const BodyPose& a, const BodyPose& b) {
    if (std::abs(std::abs(glm::dot(a.turn, b.turn)) - 1.0f) > 1e-5f || a.cranialShiftM != b.cranialShiftM ||
        a.restOnTable != b.restOnTable || a.holdKnees != b.holdKnees || a.joints.size() != b.joints.size())
        return false;
    for (const auto& [name, q] : a.joints) {
        auto it = b.joints.find(name);
        if (it == b.joints.end() || std::abs(std::abs(glm::dot(q, it->second)) - 1.0f) > 1e-5f) return false;
    }
    return true;
}

}  // namespace

TEST_CASE("Knees to chest: on the back, then the roll-over, then face down", "[session][pose]") {
    const TechniqueLibrary library = loadShippedTechniques();
    const Technique* t = library.find("knees-to-chest-glutes");
    REQUIRE(t);
    REQUIRE(t->steps.size() == 4);
    const double rollStart = t->steps[0].durationS + t->steps[1].durationS, rollLength = t->steps[2].durationS;
    CHECK(same(poseAt(*t, 1.0), namedPose(PoseId::SupineKneesToChest)));
    CHECK(same(poseAt(*t, rollStart - 0.01), namedPose(PoseId::SupineKneesToChest)));
    // The roll-over fills the step without actions, from its start to its end.
    CHECK(same(poseAt(*t, rollStart), rollOver(0.0f)));
    CHECK(same(poseAt(*t, rollStart + 0.5 * rollLength), rollOver(0.5f)));
    CHECK(same(poseAt(*t, rollStart + rollLength + 0.01), namedPose(PoseId::Prone)));
    CHECK(same(poseAt(*t, t->durationS() + 5.0), namedPose(PoseId::Prone)));
}

TEST_CASE("Self-massage stands; the prone techniques lie prone throughout", "[session][pose]") {
    const TechniqueLibrary library = loadShippedTechniques();
    for (const Technique& t : library.techniques) {
        INFO(t.id);
        const PoseId expected = t.id == "self-massage-lower-back" ? PoseId::Standing : PoseId::Prone;
        if (t.id == "knees-to-chest-glutes") continue;
        for (double s = 0.0; s < t.durationS(); s += 1.0) CHECK(same(poseAt(t, s), namedPose(expected)));
    }
}

TEST_CASE("A step with actions in a new position moves into it before the hands press", "[session][pose]") {
    Technique t;
    t.steps.resize(2);
    t.steps[0].durationS = 10.0f;
    t.steps[0].position = ReceiverPosition::Prone;
    t.steps[1].durationS = 30.0f;
    t.steps[1].position = ReceiverPosition::SupineKneesToChest;
    t.steps[1].actions.resize(1);
    CHECK(same(poseAt(t, 10.0), rollOver(1.0f)));
    CHECK(same(poseAt(t, 10.0 + 0.5 * kPoseChangeS), rollOver(0.5f)));
    CHECK(same(poseAt(t, 10.0 + kPoseChangeS), namedPose(PoseId::SupineKneesToChest)));
}
