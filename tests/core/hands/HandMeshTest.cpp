#include "core/hands/HandMesh.h"
#include "core/hands/HandSkeleton.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <utility>

using namespace backrub;

namespace {

constexpr std::array<ContactKind, 7> kKinds{ContactKind::ThumbPad, ContactKind::FingerPads, ContactKind::Fingertips,
                                            ContactKind::Palm,     ContactKind::HeelOfHand, ContactKind::Knuckles,
                                            ContactKind::TennisBall};

const char* kindName(ContactKind k) {
    constexpr const char* names[] = {"ThumbPad", "FingerPads", "Fingertips", "Palm", "HeelOfHand", "Knuckles", "TennisBall"};
    return names[static_cast<int>(k)];
}

// A pose as the stroke engine places it (wrist behind and above the contact,
// its curls) on a flat skin through `centre` with outward normal `normal`.
HandPose enginePose(ContactKind kind, HandSide side, glm::vec3 normal = glm::vec3(0, 1, 0),
                    glm::vec3 centre = glm::vec3(0.05f, 0.2f, 0.3f)) {
    struct Shape {
        float backM, heightM, fingerCurl, thumbCurl;
    };
    constexpr Shape shapes[] = {{0.06f, 0.04f, 0.3f, 0.2f},  {0.15f, 0.045f, 0.25f, 0.3f}, {0.15f, 0.07f, 0.55f, 0.4f},
                                {0.09f, 0.025f, 0.1f, 0.15f}, {0.02f, 0.04f, 0.05f, 0.1f},  {0.06f, 0.06f, 1.0f, 0.8f},
                                {0.05f, 0.10f, 0.7f, 0.6f}};
    const Shape& s = shapes[static_cast<int>(kind)];
    const glm::vec3 n = glm::normalize(normal);
    const glm::vec3 lateral = glm::normalize(glm::vec3(1, 0, 0) - n.x * n);
    const glm::vec3 cranial = glm::normalize(glm::cross(lateral, n));
    const float sideSign = side == HandSide::Left ? 1.0f : -1.0f;
    const glm::vec3 fingers =
        kind == ContactKind::ThumbPad ? sideSign * lateral : glm::normalize(cranial + 0.35f * sideSign * lateral);
    HandPose p;
    p.side = side;
    p.inUse = true;
    p.touching = true;
    p.contact = kind;
    p.basis = glm::mat3(glm::normalize(glm::cross(n, fingers)), n, fingers);
    p.contactPoint = centre;
    p.fingerCurl = s.fingerCurl;
    p.thumbCurl = s.thumbCurl;
    p.wrist = kind == ContactKind::ThumbPad ? centre + fingers * 0.03f - cranial * 0.06f + n * s.heightM
                                            : centre - fingers * s.backM + n * s.heightM;
    return p;
}

MeshGeometry handMesh(const HandPose& pose) {
    MeshGeometry m;
    appendHandMesh(pose, HandDimensions::adult(), m);
    return m;
}

float signedVolume(const MeshGeometry& m, const std::vector<std::size_t>& triangles) {
    double v = 0.0;
    for (std::size_t t : triangles) {
        const glm::dvec3 a(m.positions[m.indices[3 * t]]), b(m.positions[m.indices[3 * t + 1]]),
            c(m.positions[m.indices[3 * t + 2]]);
        v += glm::dot(a, glm::cross(b, c)) / 6.0;
    }
    return static_cast<float>(v);
}

// Every directed edge appears once and its reverse once (closed, consistently
// wound); returns the triangles of each connected part.
std::vector<std::vector<std::size_t>> checkClosedParts(const MeshGeometry& m) {
    std::map<std::pair<std::uint32_t, std::uint32_t>, int> edges;
    const std::size_t triangles = m.indices.size() / 3;
    for (std::size_t t = 0; t < triangles; ++t)
        for (int k = 0; k < 3; ++k) ++edges[{m.indices[3 * t + k], m.indices[3 * t + (k + 1) % 3]}];
    std::size_t bad = 0;
    for (const auto& [edge, count] : edges) {
        const auto reverse = edges.find({edge.second, edge.first});
        if (count != 1 || reverse == edges.end() || reverse->second != 1) ++bad;
    }
    CHECK(bad == 0);

    std::vector<std::uint32_t> parent(m.positions.size());
    std::iota(parent.begin(), parent.end(), 0u);
    auto root = [&](std::uint32_t v) {
        while (parent[v] != v) v = parent[v] = parent[parent[v]];
        return v;
    };
    for (std::size_t t = 0; t < triangles; ++t)
        for (int k = 1; k < 3; ++k) parent[root(m.indices[3 * t + k])] = root(m.indices[3 * t]);
    std::map<std::uint32_t, std::vector<std::size_t>> parts;
    for (std::size_t t = 0; t < triangles; ++t) parts[root(m.indices[3 * t])].push_back(t);
    std::vector<std::vector<std::size_t>> out;
    for (auto& [r, list] : parts) out.push_back(std::move(list));
    return out;
}

bool allFinite(const MeshGeometry& m) {
    auto ok = [](const glm::vec3& v) { return std::isfinite(v.x) && std::isfinite(v.y) && std::isfinite(v.z); };
    return std::all_of(m.positions.begin(), m.positions.end(), ok) &&
           std::all_of(m.normals.begin(), m.normals.end(), ok);
}

}  // namespace

TEST_CASE("Hand meshes are closed, wound outward, with normals agreeing with the winding", "[hands]") {
    for (ContactKind kind : kKinds) {
        for (HandSide side : {HandSide::Left, HandSide::Right}) {
            for (float curl : {0.0f, 0.5f, 1.0f}) {
                HandPose pose = enginePose(kind, side);
                pose.fingerCurl = curl;
                pose.thumbCurl = curl;
                INFO(kindName(kind) << (side == HandSide::Left ? " left" : " right") << " curl " << curl);
                const MeshGeometry m = handMesh(pose);
                REQUIRE(m.normals.size() == m.positions.size());
                REQUIRE(m.indices.size() % 3 == 0);
                REQUIRE(allFinite(m));
                const auto parts = checkClosedParts(m);
                // Palm + 15 phalanges + 2 palm pads + 4 knuckles + 5 nails (+ ball sphere and seam).
                CHECK(parts.size() == (kind == ContactKind::TennisBall ? 29u : 27u));
                for (const auto& part : parts) CHECK(signedVolume(m, part) > 0.0f);
                std::size_t disagree = 0;
                for (std::size_t t = 0; t < m.indices.size(); t += 3) {
                    const glm::vec3 a = m.positions[m.indices[t]], b = m.positions[m.indices[t + 1]],
                                    c = m.positions[m.indices[t + 2]];
                    const glm::vec3 n = m.normals[m.indices[t]] + m.normals[m.indices[t + 1]] + m.normals[m.indices[t + 2]];
                    if (glm::dot(glm::cross(b - a, c - a), n) <= 0.0f) ++disagree;
                }
                CHECK(disagree == 0);
                for (const glm::vec3& n : m.normals) CHECK(std::abs(glm::length(n) - 1.0f) < 1e-3f);
            }
        }
    }
}

TEST_CASE("Hand and ball stay within the triangle budget", "[hands]") {
    const MeshGeometry hand = handMesh(enginePose(ContactKind::Palm, HandSide::Right));
    CHECK(hand.positions.size() == 1424 + 310);  // hand, nails
    CHECK(hand.indices.size() / 3 == 2760 + 600);
    const MeshGeometry withBall = handMesh(enginePose(ContactKind::TennisBall, HandSide::Right));
    CHECK(withBall.indices.size() / 3 <= 5000);
    MeshGeometry ball;
    appendTennisBall(glm::vec3(0.0f), glm::vec3(0, 1, 0), ball);
    CHECK(withBall.positions.size() == hand.positions.size() + ball.positions.size());
}

TEST_CASE("Each contact part rests on the skin at the contact point", "[hands]") {
    for (const glm::vec3 normal : {glm::vec3(0, 1, 0), glm::vec3(0.5f, 0.8f, -0.3f)}) {
        for (ContactKind kind : kKinds) {
            for (HandSide side : {HandSide::Left, HandSide::Right}) {
                const HandPose pose = enginePose(kind, side, normal);
                const glm::vec3 n = glm::normalize(normal);
                INFO(kindName(kind) << (side == HandSide::Left ? " left" : " right") << " normal " << normal.x << ","
                                    << normal.y << "," << normal.z);
                const glm::vec3 surface = handContactSurfacePoint(pose, HandDimensions::adult());
                CHECK(glm::length(surface - pose.contactPoint) < 0.003f);

                // The mesh reaches the skin plane there: no gap, nothing sunk deep.
                const MeshGeometry m = handMesh(pose);
                float lowest = std::numeric_limits<float>::max(), nearest = lowest;
                for (const glm::vec3& p : m.positions) {
                    lowest = std::min(lowest, glm::dot(p - pose.contactPoint, n));
                    nearest = std::min(nearest, glm::length(p - pose.contactPoint));
                }
                CHECK(lowest > -0.003f);
                CHECK(lowest < 0.001f);
                // Several knuckles or fingers share the contact: its centre lies between them.
                const bool spread = kind == ContactKind::Knuckles || kind == ContactKind::FingerPads ||
                                    kind == ContactKind::Fingertips;
                CHECK(nearest < (spread ? 0.012f : 0.006f));
            }
        }
    }
}

TEST_CASE("A lifted hand hovers its contact part above the skin", "[hands]") {
    HandPose pose = enginePose(ContactKind::Fingertips, HandSide::Right);
    pose.liftM = 0.04f;
    const glm::vec3 surface = handContactSurfacePoint(pose, HandDimensions::adult());
    CHECK(glm::length(surface - (pose.contactPoint + glm::vec3(0, 0.04f, 0))) < 0.003f);
    float lowest = std::numeric_limits<float>::max();
    for (const glm::vec3& p : handMesh(pose).positions) lowest = std::min(lowest, p.y - pose.contactPoint.y);
    CHECK(lowest > 0.035f);
}

TEST_CASE("Left and right hands in mirrored poses are mirror images", "[hands]") {
    for (ContactKind kind : kKinds) {
        INFO(kindName(kind));
        HandPose right = enginePose(kind, HandSide::Right, glm::vec3(0.2f, 1.0f, 0.1f));
        right.contactPoint = right.wrist + right.basis * glm::vec3(0.02f, -0.05f, 0.08f);
        const glm::vec3 across = glm::normalize(right.basis[0]);
        auto mirror = [&](const glm::vec3& p) { return p - 2.0f * glm::dot(p - right.wrist, across) * across; };
        HandPose left = right;
        left.side = HandSide::Left;
        left.contactPoint = mirror(right.contactPoint);
        const MeshGeometry r = handMesh(right), l = handMesh(left);
        REQUIRE(r.positions.size() == l.positions.size());
        float worst = 0.0f;
        for (std::size_t i = 0; i < r.positions.size(); ++i)
            worst = std::max(worst, glm::length(mirror(r.positions[i]) - l.positions[i]));
        CHECK(worst < 1e-4f);
        // The thumb sits on opposite sides of the across axis.
        HandRig rigR, rigL;
        REQUIRE(solveHandRig(right, HandDimensions::adult(), rigR));
        REQUIRE(solveHandRig(left, HandDimensions::adult(), rigL));
        const glm::vec3 thumbR = rigR.toModelPoint(rigR.digits[0].joints[3]);
        const glm::vec3 thumbL = rigL.toModelPoint(rigL.digits[0].joints[3]);
        const glm::vec3 palmR = rigR.toModelPoint(glm::vec3(0, 0, 0.05f));
        const glm::vec3 palmL = rigL.toModelPoint(glm::vec3(0, 0, 0.05f));
        CHECK(glm::dot(thumbR - palmR, across) > 0.0f);  // right thumb: +across, the hand's left seen palm down
        CHECK(glm::dot(thumbL - palmL, across) < 0.0f);
    }
}

TEST_CASE("Curling brings the fingertips toward the palm", "[hands]") {
    for (HandSide side : {HandSide::Left, HandSide::Right}) {
        HandPose pose = enginePose(ContactKind::Palm, side);
        pose.liftM = 0.2f;  // clear of the skin, nothing flattens the fingers
        auto tipDistance = [&](float curl) {
            pose.fingerCurl = curl;
            HandRig rig;
            REQUIRE(solveHandRig(pose, HandDimensions::adult(), rig));
            float sum = 0.0f;
            for (int d = 1; d < kDigitCount; ++d)
                sum += glm::length(rig.digits[static_cast<std::size_t>(d)].joints[3] - glm::vec3(0, 0, 0.05f));
            return sum;
        };
        const float open = tipDistance(0.0f), half = tipDistance(0.5f), fist = tipDistance(1.0f);
        CHECK(half < open);
        CHECK(fist < half);
        CHECK(fist < 0.5f * open);
    }
}

TEST_CASE("Fingers resting on the skin flatten instead of sinking into it", "[hands]") {
    HandPose pose = enginePose(ContactKind::Palm, HandSide::Right);
    pose.fingerCurl = 1.0f;
    float lowest = std::numeric_limits<float>::max();
    for (const glm::vec3& p : handMesh(pose).positions) lowest = std::min(lowest, p.y - pose.contactPoint.y);
    CHECK(lowest > -0.003f);
}

TEST_CASE("An unused hand adds nothing", "[hands]") {
    MeshGeometry m;
    appendTennisBall(glm::vec3(0.0f), glm::vec3(0, 1, 0), m);
    const MeshGeometry before = m;
    HandPose pose = enginePose(ContactKind::TennisBall, HandSide::Left);
    pose.inUse = false;
    appendHandMesh(pose, HandDimensions::adult(), m);
    CHECK(m.positions.size() == before.positions.size());
    CHECK(m.indices.size() == before.indices.size());
    // A hand appended after other geometry indexes its own vertices.
    pose.inUse = true;
    appendHandMesh(pose, HandDimensions::adult(), m);
    const auto first = static_cast<std::uint32_t>(before.positions.size());
    for (std::size_t i = before.indices.size(); i < m.indices.size(); ++i) {
        CHECK(m.indices[i] >= first);
        CHECK(m.indices[i] < m.positions.size());
    }
}

TEST_CASE("The tennis ball is 6.7 cm across and rests on the skin at the contact", "[hands]") {
    const glm::vec3 contact(0.1f, 0.25f, -0.2f);
    const glm::vec3 n = glm::normalize(glm::vec3(0.3f, 1.0f, 0.2f));
    MeshGeometry ball;
    appendTennisBall(contact, n * 3.0f, ball);  // any length of normal
    REQUIRE(allFinite(ball));
    const auto parts = checkClosedParts(ball);
    CHECK(parts.size() == 2);  // felt and seam
    for (const auto& part : parts) CHECK(signedVolume(ball, part) > 0.0f);
    const glm::vec3 centre = contact + n * (0.5f * kTennisBallDiameterM - kTennisBallSinkM);
    // The sphere's vertices (before the seam's) lie on the 6.7 cm sphere.
    const std::size_t sphereVertices = ball.positions.size() - 64 * 5;
    float rMin = 1.0f, rMax = 0.0f, lowest = 1.0f;
    for (std::size_t i = 0; i < ball.positions.size(); ++i) {
        const float r = glm::length(ball.positions[i] - centre);
        if (i < sphereVertices) {
            rMin = std::min(rMin, r);
            rMax = std::max(rMax, r);
        }
        CHECK(r < 0.5f * kTennisBallDiameterM + 0.001f);  // the seam stands less than a millimetre proud
        lowest = std::min(lowest, glm::dot(ball.positions[i] - contact, n));
    }
    CHECK(rMin == Approx(0.0335f).margin(1e-5f));
    CHECK(rMax == Approx(0.0335f).margin(1e-5f));
    CHECK(kTennisBallDiameterM >= 0.0654f);  // 6.54-6.86 cm: docs/sources.md, "Tennis ball"
    CHECK(kTennisBallDiameterM <= 0.0686f);
    CHECK(lowest > -0.003f);
    CHECK(lowest < 0.0f);

    // Held by a hand: the ball sits on the contact, the hand on the ball, not in it.
    const HandPose pose = enginePose(ContactKind::TennisBall, HandSide::Right);
    const MeshGeometry m = handMesh(pose);
    const glm::vec3 heldCentre = pose.contactPoint + glm::vec3(0, 0.0335f - kTennisBallSinkM, 0);
    const std::size_t handVertices = m.positions.size() - ball.positions.size();
    float deepest = 1.0f, ballLowest = 1.0f;
    for (std::size_t i = 0; i < m.positions.size(); ++i) {
        if (i < handVertices)
            deepest = std::min(deepest, glm::length(m.positions[i] - heldCentre) - 0.0335f);
        else
            ballLowest = std::min(ballLowest, m.positions[i].y - pose.contactPoint.y);
    }
    CHECK(deepest > -0.003f);
    CHECK(deepest < 0.002f);  // the palm touches the ball
    CHECK(ballLowest == Approx(-kTennisBallSinkM).margin(0.001f));
}

TEST_CASE("Degenerate or non-orthonormal bases give finite hands", "[hands]") {
    const glm::mat3 bases[] = {
        glm::mat3(0.0f),
        glm::mat3(glm::vec3(2, 0, 0), glm::vec3(0.3f, 3, 0), glm::vec3(0.5f, 0.5f, 0.2f)),
        glm::mat3(glm::vec3(1, 0, 0), glm::vec3(0, 1, 0), glm::vec3(0, 1, 0)),  // fingers along the back axis
        glm::mat3(glm::vec3(std::nanf("")), glm::vec3(0, 1, 0), glm::vec3(0, 0, 1)),
        glm::mat3(glm::vec3(std::numeric_limits<float>::infinity()), glm::vec3(std::nanf("")), glm::vec3(0, 0, 1)),
    };
    for (ContactKind kind : kKinds) {
        for (const glm::mat3& basis : bases) {
            HandPose pose = enginePose(kind, HandSide::Left);
            pose.basis = basis;
            pose.fingerCurl = std::nanf("");
            pose.thumbCurl = 7.0f;
            const MeshGeometry m = handMesh(pose);
            INFO(kindName(kind));
            CHECK(m.positions.size() >= 1052);
            CHECK(allFinite(m));
            const glm::vec3 surface = handContactSurfacePoint(pose, HandDimensions::adult());
            CHECK(glm::length(surface - pose.contactPoint) < 0.003f);
        }
    }
    HandPose broken = enginePose(ContactKind::Palm, HandSide::Right);
    broken.wrist.x = std::nanf("");
    CHECK(handMesh(broken).positions.empty());
    MeshGeometry ball;
    appendTennisBall(glm::vec3(0.0f), glm::vec3(0.0f), ball);
    CHECK(allFinite(ball));
    appendTennisBall(glm::vec3(std::nanf("")), glm::vec3(0, 1, 0), ball);
    CHECK(ball.positions.size() == 682);
}
