// Named poses, blends and the roll-over: ids round trip, the roll-over starts and ends on
// its poses and moves smoothly in between.
#include "core/pose/BodyPose.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace backrub;

namespace {

float angleBetween(const glm::quat& a, const glm::quat& b) {
    return 2.0f * std::acos(std::min(1.0f, std::abs(glm::dot(glm::normalize(a), glm::normalize(b)))));
}

float largestChange(const BodyPose& a, const BodyPose& b) {
    float worst = angleBetween(a.turn, b.turn);
    for (const auto& [name, q] : a.joints) {
        auto it = b.joints.find(name);
        if (it != b.joints.end()) worst = std::max(worst, angleBetween(q, it->second));
    }
    return worst;
}

}  // namespace

TEST_CASE("Pose ids round trip and unknown ones are refused", "[pose]") {
    for (PoseId p : {PoseId::Prone, PoseId::SupineKneesToChest, PoseId::SideLying, PoseId::Standing})
        CHECK(parsePoseId(poseId(p)) == p);
    CHECK_FALSE(parsePoseId("Prone"));
    CHECK_FALSE(parsePoseId(""));
    CHECK_FALSE(parsePoseId("supine"));
}

TEST_CASE("The roll-over starts with the knees to the chest, ends prone and never jumps", "[pose]") {
    const BodyPose start = rollOver(0.0f), end = rollOver(1.0f);
    CHECK(largestChange(start, namedPose(PoseId::SupineKneesToChest)) < 1e-3f);
    CHECK(start.holdKnees == 1.0f);
    CHECK(largestChange(end, namedPose(PoseId::Prone)) < 1e-3f);
    CHECK(end.cranialShiftM == Approx(0.0f).margin(1e-6));
    // A half-turn of the whole body in all, through lying on the side, in small steps.
    constexpr int kSteps = 200;
    float worst = 0.0f, turned = 0.0f;
    for (int i = 1; i <= kSteps; ++i) {
        const BodyPose a = rollOver(float(i - 1) / kSteps), b = rollOver(float(i) / kSteps);
        worst = std::max(worst, largestChange(a, b));
        turned += angleBetween(a.turn, b.turn);
    }
    CHECK(worst < 0.06f);  // radians per half-percent of the roll: no jump
    CHECK(turned == Approx(3.14159f).epsilon(0.02));  // never turning back and forth
    const BodyPose middle = rollOver(0.65f);
    CHECK(angleBetween(middle.turn, namedPose(PoseId::SideLying).turn) < 0.02f);
}

TEST_CASE("Blending two poses gives each at its end", "[pose]") {
    const BodyPose a = namedPose(PoseId::SupineKneesToChest), b = namedPose(PoseId::SideLying);
    CHECK(largestChange(blendPoses(a, b, 0.0f), a) < 1e-4f);
    CHECK(largestChange(blendPoses(a, b, 1.0f), b) < 1e-4f);
    CHECK(blendPoses(a, b, 0.5f).cranialShiftM == Approx(0.5f * (a.cranialShiftM + b.cranialShiftM)));
}
