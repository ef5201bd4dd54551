// The vertebrae of the generated bodies read by region (docs/sources.md, "Vertebrae by region"):
// lumbar bodies kidney-shaped (wider than deep, the posterior wall hollow) with hatchet-shaped
// spinous processes, thoracic costal facets under the rib heads, cervical transverse foramina
// that are real holes; every vertebra under 1,500 triangles.
#include "GeneratedBody.h"

#include "core/bodygen/BodyProportions.h"
#include "core/bodygen/Skeleton.h"
#include "core/bodygen/VertebraMesh.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

using namespace backrub;
using namespace backrub::test;

namespace {

constexpr float kMm = 1000.0f;

std::vector<glm::vec3> corners(BodySize size, const Vertebra& v) { return nodeTriangles(bodyScene(size), "vertebra_" + v.label); }

// The first surface met going from `origin` along `dir` (unit), if any within 60 mm.
std::optional<float> firstHit(const std::vector<glm::vec3>& tris, const glm::vec3& origin, const glm::vec3& dir) {
    for (float t : lineCrossings(tris, origin, dir))
        if (t > 0.0f && t < 0.06f) return t;
    return std::nullopt;
}

// Craniocaudal height of a spinous process at a share `at` of the way from its base to its tip:
// the bone's extent along the vertebra's axis there.
float spinousHeight(const std::vector<glm::vec3>& tris, const Vertebra& v, float at) {
    const glm::vec3 p = v.spinousBase + (v.spinousTip - v.spinousBase) * at;
    std::vector<float> ts;
    for (float t : lineCrossings(tris, p, v.axis))
        if (std::abs(t) < 0.03f) ts.push_back(t);
    return ts.size() < 2 ? 0.0f : ts.back() - ts.front();
}

}  // namespace

TEST_CASE("Lumbar bodies are kidney-shaped and their spinous processes hatchet-shaped", "[body]") {
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        const Skeleton sk = buildSkeleton(bodyProportions(size));
        float thoracicHeight = 0.0f;
        for (int i = thoracicIndex(4); i <= thoracicIndex(9); ++i)
            thoracicHeight += spinousHeight(corners(size, sk.vertebrae[i]), sk.vertebrae[i], 0.5f) / 6.0f;
        for (int i = kL1; i <= kL5; ++i) {
            const Vertebra& v = sk.vertebrae[i];
            INFO(bodySizeName(size) << " " << v.label);
            const auto tris = corners(size, v);
            const glm::vec3 X(1, 0, 0);
            const auto left = firstHit(tris, v.center, X), right = firstHit(tris, v.center, -X);
            const auto back = firstHit(tris, v.center, v.posterior), front = firstHit(tris, v.center, -v.posterior);
            REQUIRE((left && right && back && front));
            const float width = *left + *right, depth = *back + *front;
            INFO("body " << width * kMm << " wide, " << depth * kMm << " deep");
            CHECK(width > 1.2f * depth);
            // The posterior wall is hollow: rays a third of the way out to each side reach farther back.
            for (float s : {-1.0f, 1.0f}) {
                const auto aside = firstHit(tris, v.center + X * (s * 0.35f * 0.5f * width), v.posterior);
                REQUIRE(aside);
                INFO("posterior wall at the midline " << *back * kMm << " mm, aside " << *aside * kMm << " mm");
                CHECK(*aside > *back + 0.001f);
            }
            const float near = spinousHeight(tris, v, 0.3f), far = spinousHeight(tris, v, 0.8f);
            INFO("spinous height " << near * kMm << " mm near the base, " << far * kMm << " mm toward the tip; thoracic T4-T9 "
                                   << thoracicHeight * kMm << " mm");
            CHECK(far > near + 0.0015f);
            CHECK(far > 1.5f * thoracicHeight);
        }
    }
}

TEST_CASE("Every rib head sits on a costal facet of its vertebra", "[body]") {
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        const Skeleton sk = buildSkeleton(bodyProportions(size));
        for (const Rib& rib : sk.ribs) {
            const Vertebra& v = sk.vertebra("T" + std::to_string(rib.number));
            const glm::vec3 head = rib.path.front();
            float nearest = 1.0f;
            for (float t : lineCrossings(corners(size, v), head, glm::vec3(1, 0, 0))) nearest = std::min(nearest, std::abs(t));
            INFO(bodySizeName(size) << " rib " << rib.number << sideSuffix(rib.side) << ": facet " << nearest * kMm << " mm from the head");
            CHECK(nearest < 0.0015f);
        }
    }
}

TEST_CASE("Cervical transverse foramina are holes ringed by bone", "[body]") {
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        const Skeleton sk = buildSkeleton(bodyProportions(size));
        for (int i = kC2; i <= kC7; ++i) {
            const Vertebra& v = sk.vertebrae[i];
            const auto tris = corners(size, v);
            for (int side = 0; side < 2; ++side) {
                const glm::vec3 c = transverseForamenOf(v, side);
                const float r = transverseForamenRadius(v);
                INFO(bodySizeName(size) << " " << v.label << sideSuffix(side) << ": foramen " << 2.0f * r * kMm << " mm across");
                CHECK(lineCrossings(tris, c, v.axis).empty());
                // Bone stands round it: lines just outside the hole, on all four sides, meet it.
                const glm::vec3 X(1, 0, 0);
                for (const glm::vec3& off : {X, -X, v.posterior, -v.posterior})
                    CHECK_FALSE(lineCrossings(tris, c + off * (r + 0.0008f), v.axis).empty());
            }
        }
    }
}

TEST_CASE("Each vertebra stays under 1,500 triangles", "[body]") {
    for (BodySize size : {BodySize::Female, BodySize::Male})
        for (const Vertebra& v : buildSkeleton(bodyProportions(size)).vertebrae) {
            INFO(bodySizeName(size) << " " << v.label);
            CHECK(corners(size, v).size() / 3 < 1500);
        }
}
