// The sacrum reads as a sacrum: four pairs of dorsal foramina open either side of the median
// crest, the crest stands on its back, and it is as broad as measured (docs/sources.md,
// "Pelvis and sacrum").
#include "GeneratedBody.h"

#include "core/bodygen/BodyProportions.h"
#include "core/bodygen/Skeleton.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <optional>

using namespace backrub;
using namespace backrub::test;

namespace {

const std::vector<glm::vec3>& sacrumTriangles(BodySize size) { return cachedNodeTriangles(size, "sacrum"); }

// Depth from `from` along `dir` to the first sacrum surface, within `reach`; nothing: open.
std::optional<float> firstSurface(BodySize size, const glm::vec3& from, const glm::vec3& dir, float reach) {
    for (float t : lineCrossings(sacrumTriangles(size), from, dir))
        if (t > 0.0f && t <= reach) return t;
    return std::nullopt;
}

}  // namespace

TEST_CASE("Four pairs of dorsal sacral foramina open either side of the crest", "[body][sacrum]") {
    constexpr float kAboveM = 0.02f;  // m, the lines start this far behind the dorsal surface
    constexpr float kReachM = 0.08f;  // m, and run right through the bone
    constexpr float kMinPitM = 0.005f;
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        const Skeleton sk = buildSkeleton(bodyProportions(size));
        const Sacrum& s = sk.sacrum;
        const glm::vec3 cranial = glm::normalize(s.path.front() - s.path.back());
        for (int level = 0; level < 4; ++level) {
            float depth[2] = {0.0f, 0.0f};
            for (int side = 0; side < 2; ++side) {
                const SacralForamen& f = s.dorsalForamina[static_cast<std::size_t>(level)][static_cast<std::size_t>(side)];
                const glm::vec3 from = f.centre - f.axis * kAboveM;
                // Beside the foramen (toward the head, between two levels) the line meets the back of the bone.
                const glm::vec3 beside = from + cranial * (f.radius + 0.004f);
                const std::optional<float> surface = firstSurface(size, beside, f.axis, kReachM);
                const std::optional<float> hole = firstSurface(size, from, f.axis, kReachM);
                REQUIRE(surface.has_value());
                depth[side] = (hole ? *hole : kReachM) - *surface;
                INFO(bodySizeName(size) << " S" << level + 1 << sideSuffix(side) << ": "
                                        << (hole ? "a pit " + std::to_string(depth[side] * 1000.0f) + " mm deep" : std::string("open through")));
                CHECK(depth[side] >= kMinPitM);
            }
            INFO(bodySizeName(size) << " S" << level + 1 << ": left " << depth[0] * 1000.0f << " mm, right " << depth[1] * 1000.0f << " mm");
            CHECK(std::abs(depth[0] - depth[1]) <= 0.0015f);
            const glm::vec3 l = s.dorsalForamina[static_cast<std::size_t>(level)][0].centre, r = s.dorsalForamina[static_cast<std::size_t>(level)][1].centre;
            CHECK(glm::length(l - glm::vec3(-r.x, r.y, r.z)) < 1e-5f);
        }
    }
}

TEST_CASE("The median sacral crest stands above the dorsal surface beside it", "[body][sacrum]") {
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        const Skeleton sk = buildSkeleton(bodyProportions(size));
        const Sacrum& s = sk.sacrum;
        // Between the S1 and S2 foramina and between S2 and S3: the crest against the bone 12 mm aside.
        for (int level = 0; level < 2; ++level) {
            const SacralForamen& a = s.dorsalForamina[static_cast<std::size_t>(level)][0];
            const SacralForamen& b = s.dorsalForamina[static_cast<std::size_t>(level) + 1][0];
            const glm::vec3 mid = 0.5f * (a.centre + b.centre), dir = glm::normalize(a.axis + b.axis);
            const glm::vec3 from(0.0f, mid.y - dir.y * 0.04f, mid.z - dir.z * 0.04f);
            const std::optional<float> crest = firstSurface(size, from, dir, 0.1f);
            const std::optional<float> aside = firstSurface(size, from + glm::vec3(0.012f, 0, 0), dir, 0.1f);
            REQUIRE(crest.has_value());
            REQUIRE(aside.has_value());
            INFO(bodySizeName(size) << " between S" << level + 1 << " and S" << level + 2 << ": the crest stands " << (*aside - *crest) * 1000.0f
                                    << " mm above the bone 12 mm aside");
            CHECK(*aside - *crest >= 0.004f);
        }
    }
}

TEST_CASE("The sacrum is as broad as measured", "[body][sacrum]") {
    // MYM18 maximum breadth (docs/sources.md, "Pelvis and sacrum"): 99.5 +- 5.8 mm in men, 103.0 +- 6.7
    // mm in women (dry bones). An average body should lie within one standard deviation.
    struct Published {
        BodySize size;
        float meanMm, sdMm;
    };
    for (const Published& pub : {Published{BodySize::Female, 103.0f, 6.7f}, Published{BodySize::Male, 99.5f, 5.8f}}) {
        float lo = 1.0f, hi = -1.0f;
        for (const glm::vec3& v : sacrumTriangles(pub.size)) {
            lo = std::min(lo, v.x);
            hi = std::max(hi, v.x);
        }
        const float breadthMm = (hi - lo) * 1000.0f;
        INFO(bodySizeName(pub.size) << ": sacrum " << breadthMm << " mm broad, published " << pub.meanMm << " +- " << pub.sdMm);
        CHECK(std::abs(breadthMm - pub.meanMm) <= pub.sdMm);
    }
}
