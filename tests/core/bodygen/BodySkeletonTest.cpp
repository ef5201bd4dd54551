#include "BodyTestScenes.h"
#include "core/bodygen/BodyProportions.h"
#include "core/bodygen/Skeleton.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

using namespace backrub;

TEST_CASE("The spine has 7 cervical, 12 thoracic and 5 lumbar vertebrae, top to bottom", "[body]") {
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        const Skeleton sk = buildSkeleton(bodyProportions(size));
        REQUIRE(sk.vertebrae.size() == 24);
        const auto& labels = vertebraLabels();
        for (std::size_t i = 0; i < 24; ++i) CHECK(sk.vertebrae[i].label == labels[i]);
        CHECK(labels.front() == "C1");
        CHECK(labels[6] == "C7");
        CHECK(labels[7] == "T1");
        CHECK(labels[18] == "T12");
        CHECK(labels.back() == "L5");
        // The named indices of Skeleton.h.
        CHECK(kVertebraCount == 24);
        for (auto [index, label] : {std::pair{kC1, "C1"}, {kC2, "C2"}, {kC7, "C7"}, {kT1, "T1"}, {kT7, "T7"}, {kT8, "T8"},
                                    {kT11, "T11"}, {kT12, "T12"}, {kL1, "L1"}, {kL3, "L3"}, {kL4, "L4"}, {kL5, "L5"}})
            CHECK(labels[static_cast<std::size_t>(index)] == label);
        for (std::size_t i = 1; i < 24; ++i) CHECK(sk.vertebrae[i].center.z < sk.vertebrae[i - 1].center.z);
        // Every vertebra sits above the sacrum.
        CHECK(sk.vertebrae.back().center.z > sk.sacrum.path.front().z);
        CHECK(sk.ribs.size() == 24);
    }
}

TEST_CASE("Vertebral body heights grow down the spine within published ranges", "[body]") {
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        INFO(bodySizeName(size));
        const Skeleton sk = buildSkeleton(bodyProportions(size));
        // From C2 down (the atlas has no body), heights never shrink.
        for (std::size_t i = 2; i < 24; ++i) CHECK(sk.vertebrae[i].bodyHeight >= sk.vertebrae[i - 1].bodyHeight);
        for (const Vertebra& v : sk.vertebrae) {
            INFO(v.label << " " << v.bodyHeight * 1000.0f << " mm");
            if (v.label[0] == 'T') {
                // Egwu 2019: 16.9 mm (T2, anterior) to 20.5 mm (posterior); 5 % below for smaller bodies.
                CHECK(v.bodyHeight >= 0.95f * 0.0169f - 0.0008f);
                CHECK(v.bodyHeight <= 0.0205f);
            }
            if (v.label[0] == 'L') {
                CHECK(v.bodyHeight >= 0.020f);  // lumbar ~20-30 mm
                CHECK(v.bodyHeight <= 0.030f);
            }
        }
    }
}

TEST_CASE("Spine segment lengths follow Gray's Anatomy and the curves match a prone body", "[body]") {
    const BodyProportions p = bodyProportions(BodySize::Male);
    const Skeleton sk = buildSkeleton(p);
    auto pathLength = [&](int from, int to) {
        float len = 0.0f;
        for (int i = from; i < to; ++i) len += glm::length(sk.vertebrae[i + 1].center - sk.vertebrae[i].center);
        return len;
    };
    // Thoracic T1..T12 centres span 11 of the 12 thoracic pitches (~2.3 cm each).
    CHECK(pathLength(7, 18) == Approx(p.thoracicLength * 11.0f / 12.0f).epsilon(0.05));
    CHECK(pathLength(18, 23) == Approx(p.lumbarLength).epsilon(0.15));
    // Lordosis: the lumbar spine sags toward the table between T12 and S1.
    const Vertebra& l3 = sk.vertebra("L3");
    const Vertebra& t12 = sk.vertebra("T12");
    const float chord = 0.5f * (t12.center.y + sk.sacrum.path.front().y);
    CHECK(l3.center.y < chord);
    // Kyphosis: the mid thoracic spine bulges up between T1 and T12.
    const Vertebra& t7 = sk.vertebra("T7");
    CHECK(t7.center.y > 0.5f * (sk.vertebra("T1").center.y + t12.center.y));
    // Mid thoracic spinous processes point steeply down: the T6 tip lies below the T7 body centre.
    CHECK(sk.vertebra("T6").spinousTip.z < t7.center.z + 0.005f);
    // Lumbar ones point almost straight back (measured along the vertebra's own axis).
    const Vertebra& l2 = sk.vertebra("L2");
    CHECK(std::abs(glm::dot(l2.spinousTip - l2.center, l2.axis)) < 0.008f);
}

TEST_CASE("The median sacral crest stands on the back of the sacrum", "[body]") {
    // It was drawn on the front (pelvic) surface, out of sight from the back.
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        const Skeleton sk = buildSkeleton(bodyProportions(size));
        const Sacrum& s = sk.sacrum;
        const SceneData& scene = test::bodyScene(size);
        const int node = scene.findNode("sacrum");
        REQUIRE(node >= 0);
        const NodeData& nd = scene.nodes[static_cast<std::size_t>(node)];
        REQUIRE(nd.mesh >= 0);
        // At S2 (the second path point): the crest rises above the dorsal surface there. Measured
        // across the bone's own section (the sacrum is tilted: a level slice would cut it obliquely).
        const glm::vec3 s2 = s.path[1];
        const glm::vec3 axis = glm::normalize(s.path[0] - s.path[2]);
        const glm::vec3 dorsal = glm::normalize(glm::cross(axis, glm::vec3(1, 0, 0)));
        float back = -1.0f, front = 1.0f;
        for (const Primitive& prim : scene.meshes[static_cast<std::size_t>(nd.mesh)].primitives)
            for (const glm::vec3& q : prim.positions) {
                const glm::vec3 p = glm::vec3(nd.world * glm::vec4(q, 1.0f));
                if (std::abs(glm::dot(p - s2, axis)) > 0.004f || std::abs(p.x) > 0.004f) continue;
                back = std::max(back, glm::dot(p - s2, dorsal));
                front = std::min(front, glm::dot(p - s2, dorsal));
            }
        INFO(bodySizeName(size) << ": bone " << back * 1000.0f << " mm behind and " << -front * 1000.0f << " mm before the S2 path point, half thickness "
                                << s.halfThickness[1] * 1000.0f << " mm, roof " << s.archDepth[1] * 1000.0f << " mm");
        CHECK(back >= s.halfThickness[1] + s.archDepth[1] + 0.003f);
        CHECK(-front <= s.halfThickness[1] + 0.0015f);
    }
}
