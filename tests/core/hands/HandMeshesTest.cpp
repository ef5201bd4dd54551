// The parts of a hand a renderer draws apart: hand, nails, forearm and ball.
#include "core/hands/ForearmMesh.h"
#include "core/hands/HandMesh.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

using namespace backrub;

namespace {

HandPose restingPose(ContactKind kind, HandSide side) {
    HandPose p;
    p.side = side;
    p.inUse = true;
    p.touching = true;
    p.contact = kind;
    const glm::vec3 n(0, 1, 0), fingers = glm::normalize(glm::vec3(side == HandSide::Left ? 0.3f : -0.3f, 0, 1));
    p.basis = glm::mat3(glm::cross(n, fingers), n, fingers);
    p.contactPoint = glm::vec3(0.05f, 0.2f, 0.3f);
    p.wrist = p.contactPoint - 0.08f * fingers + 0.04f * n;
    p.fingerCurl = 0.2f;
    p.thumbCurl = 0.2f;
    return p;
}

bool finiteVec(const glm::vec3& v) { return std::isfinite(v.x) && std::isfinite(v.y) && std::isfinite(v.z); }

// Every directed edge once and its reverse once: closed and consistently wound.
bool closed(const MeshGeometry& m) {
    std::map<std::pair<std::uint32_t, std::uint32_t>, int> edges;
    for (std::size_t t = 0; t < m.indices.size(); t += 3)
        for (std::size_t k = 0; k < 3; ++k) ++edges[{m.indices[t + k], m.indices[t + (k + 1) % 3]}];
    return std::all_of(edges.begin(), edges.end(), [&](const auto& e) {
        const auto r = edges.find({e.first.second, e.first.first});
        return e.second == 1 && r != edges.end() && r->second == 1;
    });
}

double signedVolume(const MeshGeometry& m) {
    double v = 0.0;
    for (std::size_t t = 0; t < m.indices.size(); t += 3) {
        const glm::dvec3 a(m.positions[m.indices[t]]), b(m.positions[m.indices[t + 1]]), c(m.positions[m.indices[t + 2]]);
        v += glm::dot(a, glm::cross(b, c)) / 6.0;
    }
    return v;
}

}  // namespace

TEST_CASE("The forearm is closed, outward, and fades from the wrist toward the elbow", "[hands]") {
    const HandDimensions dims = HandDimensions::adult();
    for (HandSide side : {HandSide::Left, HandSide::Right}) {
        for (ContactKind kind : {ContactKind::ThumbPad, ContactKind::Palm, ContactKind::HeelOfHand, ContactKind::Knuckles}) {
            const HandPose pose = restingPose(kind, side);
            HandMeshes parts;
            appendHandMeshes(pose, dims, parts);
            const MeshGeometry& arm = parts.forearm;
            INFO(static_cast<int>(kind) << (side == HandSide::Left ? " left" : " right"));
            REQUIRE(arm.positions.size() == 146);
            REQUIRE(parts.forearmOpacity.size() == arm.positions.size());
            CHECK(std::all_of(arm.positions.begin(), arm.positions.end(), finiteVec));
            CHECK(closed(arm));
            CHECK(signedVolume(arm) > 0.0);
            CHECK(closed(parts.nails));
            CHECK(signedVolume(parts.nails) > 0.0);
            // It rises from the skin behind the hand and keeps clear of it.
            HandRig rig;
            REQUIRE(solveHandRig(pose, dims, rig));
            const glm::vec3 d = forearmDirection(rig);
            CHECK(d.y > 0.4f);
            CHECK(glm::dot(d, pose.basis[2]) < 0.0f);
            for (const glm::vec3& p : arm.positions) CHECK(p.y > pose.contactPoint.y - 0.002f);
            // Solid at the wrist, gone at the far end, never rising on the way.
            CHECK(parts.forearmOpacity.front() == 1.0f);
            CHECK(parts.forearmOpacity.back() == 0.0f);
            for (std::size_t i = 1; i + 1 < parts.forearmOpacity.size(); i += 16)
                CHECK(parts.forearmOpacity[i + 16] <= parts.forearmOpacity[i]);
            // Reaches back most of the way to the elbow.
            float reach = 0.0f;
            for (const glm::vec3& p : arm.positions) reach = std::max(reach, glm::dot(p - rig.origin, d));
            CHECK(reach > 0.6f * dims.forearmLengthM);
        }
    }
}

TEST_CASE("Building the hands again into cleared parts reuses their storage", "[hands]") {
    const HandDimensions dims = HandDimensions::adult();
    HandMeshes parts;
    const HandPose left = restingPose(ContactKind::ThumbPad, HandSide::Left);
    const HandPose right = restingPose(ContactKind::TennisBall, HandSide::Right);
    appendHandMeshes(left, dims, parts);
    appendHandMeshes(right, dims, parts);
    const glm::vec3* hand = parts.hand.positions.data();
    const glm::vec3* arm = parts.forearm.positions.data();
    const std::uint32_t* nails = parts.nails.indices.data();
    const float* fade = parts.forearmOpacity.data();
    const std::size_t handSize = parts.hand.positions.size();
    parts.clear();
    appendHandMeshes(left, dims, parts);
    appendHandMeshes(right, dims, parts);
    CHECK(parts.hand.positions.size() == handSize);
    CHECK(parts.hand.positions.data() == hand);
    CHECK(parts.forearm.positions.data() == arm);
    CHECK(parts.nails.indices.data() == nails);
    CHECK(parts.forearmOpacity.data() == fade);
    CHECK(!parts.ball.positions.empty());
}
