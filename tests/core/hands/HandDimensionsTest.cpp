// The therapist's hands measured on their rigs against the ANSUR II figures as
// docs/sources.md ("Hands") quotes them: mean +- 2 SD for each sex.
#include "core/hands/HandSkeleton.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <regex>
#include <sstream>
#include <string>

using namespace backrub;

namespace {

struct Published {
    float meanM = 0.0f, sdM = 0.0f, meanF = 0.0f, sdF = 0.0f;  // millimetres
};

// The "M ± SD / F ± SD" figures of the row of docs/sources.md's "Hands" table
// whose first cell starts with `figure`.
Published publishedFigure(const std::string& figure) {
    std::ifstream in(std::string(BACKRUB_SOURCE_DIR) + "/docs/sources.md");
    REQUIRE(in);
    std::string line;
    bool inHands = false;
    const std::regex pair(R"(([0-9.]+) ± ([0-9.]+) / ([0-9.]+) ± ([0-9.]+))");
    while (std::getline(in, line)) {
        if (line.rfind("## ", 0) == 0) inHands = line == "## Hands";
        if (!inHands || line.rfind("| " + figure, 0) != 0) continue;
        std::smatch m;
        if (!std::regex_search(line, m, pair)) continue;
        return {std::stof(m[1]), std::stof(m[2]), std::stof(m[3]), std::stof(m[4])};
    }
    FAIL("docs/sources.md has no \"" << figure << "\" row with M ± SD / F ± SD in its Hands section");
    return {};
}

struct Measured {
    float handLengthMm, handBreadthMm, palmLengthMm;
};

// Flat hand held clear of the skin: wrist crease to the middle fingertip, the
// palm's width across the knuckles, wrist crease to the middle finger's MCP joint.
Measured measure(const HandDimensions& dims) {
    HandPose pose;
    pose.inUse = true;
    pose.contact = ContactKind::Palm;
    pose.liftM = 0.3f;
    HandRig rig;
    REQUIRE(solveHandRig(pose, dims, rig));
    const DigitChain& middle = rig.digits[static_cast<std::size_t>(Digit::Middle)];
    float minX = 1.0f, maxX = -1.0f;
    for (const glm::vec3& p : rig.palm) {
        minX = std::min(minX, p.x);
        maxX = std::max(maxX, p.x);
    }
    return {1000.0f * (middle.joints[3].z + middle.radii[3]), 1000.0f * (maxX - minX), 1000.0f * middle.joints[0].z};
}

void checkWithin(float value, float mean, float sd) {
    INFO(value << " mm against " << mean << " ± " << sd);
    CHECK(value >= mean - 2.0f * sd);
    CHECK(value <= mean + 2.0f * sd);
}

}  // namespace

TEST_CASE("Female and male hands measure within the ANSUR II ranges", "[hands]") {
    const Published length = publishedFigure("Hand length");
    const Published breadth = publishedFigure("Hand breadth");
    const Published palm = publishedFigure("Palm length");
    const Measured f = measure(HandDimensions::female()), m = measure(HandDimensions::male());
    SECTION("female") {
        checkWithin(f.handLengthMm, length.meanF, length.sdF);
        checkWithin(f.handBreadthMm, breadth.meanF, breadth.sdF);
        checkWithin(f.palmLengthMm, palm.meanF, palm.sdF);
    }
    SECTION("male") {
        checkWithin(m.handLengthMm, length.meanM, length.sdM);
        checkWithin(m.handBreadthMm, breadth.meanM, breadth.sdM);
        checkWithin(m.palmLengthMm, palm.meanM, palm.sdM);
    }
    CHECK(m.handLengthMm > f.handLengthMm);
    CHECK(m.handBreadthMm > f.handBreadthMm);
}

TEST_CASE("The drawn hand is the female one", "[hands]") {
    const HandDimensions a = HandDimensions::adult(), f = HandDimensions::female();
    CHECK(a.palmLengthM == f.palmLengthM);
    CHECK(a.palmWidthM == f.palmWidthM);
    CHECK(a.fingerLengthM == f.fingerLengthM);
    CHECK(a.forearmLengthM == f.forearmLengthM);
}
