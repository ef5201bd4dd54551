// The hands of every shipped technique on the generated bodies: where the
// technique rests a part of the hand on the skin, that part lies on the skin
// (no gap over a few millimetres, sunk no deeper than the tissue yields), and
// no part of the hand sinks deeper than that anywhere.
#include "BodyTestScenes.h"

#include "core/body/Body.h"
#include "core/body/SkinQuery.h"
#include "core/hands/HandMesh.h"
#include "core/hands/HandSkeleton.h"
#include "core/technique/StrokeEngine.h"
#include "core/technique/TechniqueLoader.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <limits>
#include <string>
#include <vector>

using namespace backrub;

namespace {

constexpr float kMaxGapM = 0.004f;   // a resting part hovers no more than this
constexpr float kMaxSinkM = 0.010f;  // soft tissue yields about this much under a hand
// A relaxed finger beside a working thumb rests on the skin or curls lightly
// above a back that falls away from it: its tip stays this close.
constexpr float kFingerRestM = 0.015f;

std::vector<std::string> shippedTechniqueFiles() {
    std::vector<std::string> files;
    for (const auto& e : std::filesystem::directory_iterator(std::string(BACKRUB_SOURCE_DIR) + "/assets/techniques"))
        if (e.path().extension() == ".json") files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

const Body& bodyOf(BodySize size) {
    auto load = [](BodySize s) {
        Problems problems;
        return Body::fromScene(test::bodyScene(s), bodySizeName(s), problems).value();
    };
    static const Body female = load(BodySize::Female);
    static const Body male = load(BodySize::Male);
    return size == BodySize::Female ? female : male;
}

// Height of `p` over the skin (negative: under it), as the distance to the
// nearest skin point, signed by the side of the skin's normal there.
float heightOverSkin(const SkinQuery& skin, const glm::vec3& p) {
    const SkinHit hit = skin.closest(p);
    return glm::dot(p - hit.position, hit.normal) < 0.0f ? -hit.distance : hit.distance;
}

bool flatHand(const HandPose& pose) { return pose.contact == ContactKind::Palm || pose.contact == ContactKind::HeelOfHand; }

// A hand pressing the skin, neither travelling nor bridging a hollow (the
// stroke engine lifts a flat hand off the middle of one): the technique
// rests its contact part there.
bool resting(const HandPose& pose) { return pose.inUse && pose.touching && pose.liftM <= 1e-4f; }

// Height over the skin of the part of the hand in contact: a flat hand's
// lowest point (palm or fingers), a digit's contact surface.
float contactHeight(const SkinQuery& skin, const HandPose& pose, const HandRig& rig) {
    if (!flatHand(pose)) return heightOverSkin(skin, rig.contactSurface);
    float lowest = std::numeric_limits<float>::max();
    for (std::size_t i = 0; i < rig.palm.size(); i += 2)
        lowest = std::min(lowest, heightOverSkin(skin, rig.toModelPoint(rig.palm[i])));
    for (const DigitChain& c : rig.digits)
        for (std::size_t k = 1; k < 4; ++k)
            lowest = std::min(lowest, heightOverSkin(skin, rig.toModelPoint(c.joints[k])) - c.radii[k]);
    return lowest;
}

}  // namespace

TEST_CASE("Every shipped technique rests the working part of each hand on the skin", "[hands][body]") {
    const HandDimensions dims = HandDimensions::adult();
    int total = 0;  // hand placement only ever bridges: its hands are not counted
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        const Body& body = bodyOf(size);
        const SkinQuery skin(body.skin);
        for (const std::string& file : shippedTechniqueFiles()) {
            INFO(bodySizeName(size) << " " << std::filesystem::path(file).filename().string());
            const TechniqueLoadResult r = loadTechniqueFile(file);
            REQUIRE(r.technique);
            const StrokeEngine engine(*r.technique, body);
            float worstGap = -1.0f, worstSink = 1.0f;
            double worstGapAt = 0.0, worstSinkAt = 0.0;
            int checked = 0;
            for (double t = 0.0; t <= engine.duration(); t += 0.2) {
                const StrokeEngine::Frame f = engine.evaluate(t, PressureLevel::Moderate);
                for (const HandPose& pose : f.hands) {
                    if (!resting(pose)) continue;
                    HandRig rig;
                    REQUIRE(solveHandRig(pose, dims, rig, &skin));
                    const float h = contactHeight(skin, pose, rig);
                    if (h > worstGap) worstGap = h, worstGapAt = t;
                    if (h < worstSink) worstSink = h, worstSinkAt = t;
                    ++checked;
                }
            }
            INFO("highest " << worstGap * 1000.0f << " mm at t = " << worstGapAt << ", deepest " << worstSink * 1000.0f
                            << " mm at t = " << worstSinkAt);
            total += checked;
            CHECK(worstGap <= kMaxGapM);
            CHECK(worstSink >= -kMaxSinkM);
        }
    }
    CHECK(total > 2000);
}

// The free fingers of a flat hand too, where a back or buttock curves up ahead
// of them (they sank up to 3 cm over the glutes while they followed the
// contact's tangent plane).
TEST_CASE("No part of a working hand sinks into the skin deeper than the tissue yields", "[hands][body]") {
    const HandDimensions dims = HandDimensions::adult();
    const Body& body = bodyOf(BodySize::Female);
    const SkinQuery skin(body.skin);
    MeshGeometry mesh;
    for (const std::string& file : shippedTechniqueFiles()) {
        INFO(std::filesystem::path(file).filename().string());
        const TechniqueLoadResult r = loadTechniqueFile(file);
        REQUIRE(r.technique);
        const StrokeEngine engine(*r.technique, body);
        float deepest = 1.0f;
        double deepestAt = 0.0;
        std::size_t deepestVertex = 0;
        int deepestKind = 0;
        for (double t = 0.0; t <= engine.duration(); t += 0.5) {
            const StrokeEngine::Frame f = engine.evaluate(t, PressureLevel::Moderate);
            for (const HandPose& pose : f.hands) {
                if (!pose.inUse || pose.contact == ContactKind::TennisBall) continue;  // the ball is drawn alone
                mesh.positions.clear();
                mesh.normals.clear();
                mesh.indices.clear();
                appendHandMesh(pose, dims, mesh, nullptr, &skin);
                // Every third vertex: the parts are small, a sunk part shows in its neighbours.
                for (std::size_t i = 0; i < mesh.positions.size(); i += 3) {
                    const float h = heightOverSkin(skin, mesh.positions[i]);
                    if (h < deepest) deepest = h, deepestAt = t, deepestVertex = i, deepestKind = int(pose.contact);
                }
            }
        }
        INFO("deepest " << deepest * 1000.0f << " mm at t = " << deepestAt << " vertex " << deepestVertex << " kind " << deepestKind);
        CHECK(deepest >= -kMaxSinkM);
    }
}

TEST_CASE("Beside a working thumb the fingers rest on the skin, not in the air", "[hands][body]") {
    const HandDimensions dims = HandDimensions::adult();
    const Body& body = bodyOf(BodySize::Female);
    const SkinQuery skin(body.skin);
    for (const char* id : {"thumb-circles-lumbar", "thumb-walk-down", "spine-line"}) {
        INFO(id);
        const TechniqueLoadResult r =
            loadTechniqueFile(std::string(BACKRUB_SOURCE_DIR) + "/assets/techniques/" + id + ".json");
        REQUIRE(r.technique);
        const StrokeEngine engine(*r.technique, body);
        int checked = 0, hovering = 0;
        float highest = 0.0f;
        double firstHover = -1.0;
        for (double t = 0.0; t <= engine.duration(); t += 0.2) {
            const StrokeEngine::Frame f = engine.evaluate(t, PressureLevel::Moderate);
            for (const HandPose& pose : f.hands) {
                if (!resting(pose) || pose.contact != ContactKind::ThumbPad) continue;
                HandRig rig;
                REQUIRE(solveHandRig(pose, dims, rig, &skin));
                // The lowest fingertip of the four.
                float lowest = std::numeric_limits<float>::max();
                for (std::size_t d = 1; d < kDigitCount; ++d) {
                    const DigitChain& c = rig.digits[d];
                    lowest = std::min(lowest, heightOverSkin(skin, rig.toModelPoint(c.joints[3])) - c.radii[3]);
                }
                highest = std::max(highest, lowest);
                ++checked;
                if (lowest > kFingerRestM) {
                    ++hovering;
                    if (firstHover < 0.0) firstHover = t;
                }
            }
        }
        INFO("first hovering at t = " << firstHover << ", highest " << highest * 1000.0f << " mm");
        CHECK(checked > 0);
        CHECK(hovering == 0);
    }
}
