// The hip bones read as hip bones: the obturator foramen is a hole, the acetabulum a cup round
// the femoral head as large as measured (docs/sources.md, "Pelvis and sacrum"), the iliac wing flares
// out under its crest, and no part shows through the skin.
#include "GeneratedBody.h"

#include "core/bodygen/BodyProportions.h"
#include "core/bodygen/Skeleton.h"
#include "core/bodygen/SkinField.h"
#include "core/geometry/MeshBuilder.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <optional>
#include <string>

using namespace backrub;
using namespace backrub::test;

namespace {

const std::vector<glm::vec3>& hipBoneTriangles(BodySize size) { return cachedNodeTriangles(size, "pelvis"); }

// Does the line origin + t dir (|t| <= reach) meet the hip bones?
bool meetsBone(BodySize size, const glm::vec3& origin, const glm::vec3& dir, float reach) {
    for (float t : lineCrossings(hipBoneTriangles(size), origin, dir))
        if (std::abs(t) <= reach) return true;
    return false;
}

// The first crossing with the hip bones at t > 0.
std::optional<float> firstHit(BodySize size, const glm::vec3& origin, const glm::vec3& dir) {
    for (float t : lineCrossings(hipBoneTriangles(size), origin, dir))
        if (t > 0.0f) return t;
    return std::nullopt;
}

// Two unit vectors across `n`.
std::pair<glm::vec3, glm::vec3> across(const glm::vec3& n) {
    const glm::vec3 a = glm::normalize(anyPerpendicular(n));
    return {a, glm::cross(n, a)};
}

}  // namespace

TEST_CASE("The obturator foramen is a hole between ischium and pubis", "[body][pelvis]") {
    constexpr float kReachM = 0.04f;    // m, either side of the foramen: through the hip bone, not beyond
    constexpr float kAsideM = 0.032f;   // m, lines this far off the centre meet the rim of bone
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        const Skeleton sk = buildSkeleton(bodyProportions(size));
        for (int side = 0; side < 2; ++side) {
            const auto& rim = sk.pelvis.obturatorRim[static_cast<std::size_t>(side)];
            glm::vec3 centre(0.0f), newell(0.0f);
            for (std::size_t i = 0; i < rim.size(); ++i) {
                centre += rim[i] / static_cast<float>(rim.size());
                newell += glm::cross(rim[i], rim[(i + 1) % rim.size()]);
            }
            const glm::vec3 n = glm::normalize(newell);
            const auto [a, b] = across(n);
            // The clear opening: how far the line may move off the centre before it meets bone.
            float narrowest = 1.0f;
            int rimHits = 0;
            std::string offsets;
            for (int k = 0; k < 8; ++k) {
                const float ang = 0.785398f * static_cast<float>(k);
                const glm::vec3 d = a * std::cos(ang) + b * std::sin(ang);
                float off = 0.0f;
                while (off < kAsideM && !meetsBone(size, centre + d * off, n, kReachM)) off += 0.001f;
                narrowest = std::min(narrowest, off);
                offsets += " " + std::to_string(static_cast<int>(std::lround(off * 1000.0f)));
                if (off < kAsideM) ++rimHits;
            }
            INFO(bodySizeName(size) << sideSuffix(side) << ": centre " << centre.x << ", " << centre.y << ", " << centre.z << " axis " << n.x << ", "
                                    << n.y << ", " << n.z << "; clear " << narrowest * 1000.0f << " mm round the centre, rim met in " << rimHits
                                    << " of 8 directions (clear to" << offsets << " mm)");
            CHECK_FALSE(meetsBone(size, centre, n, kReachM));
            CHECK(narrowest >= 0.008f);  // a hole at least 16 mm across
            CHECK(rimHits == 8);         // closed all round by bone
            CHECK(std::abs(n.y) > 0.4f);  // roughly front to back through the hip bone
        }
    }
}

TEST_CASE("The acetabulum is a cup round the femoral head, as large as measured", "[body][pelvis]") {
    // GOLD acetabulum height (docs/sources.md, "Pelvis and sacrum"): 52.5 +- 3.2 mm in men, 46.9 +- 2.5 mm
    // in women. The generated bodies stand for the average adult, so their cup's diameter at the
    // rim should lie within one standard deviation of the mean.
    struct Published {
        BodySize size;
        float meanMm, sdMm;
    };
    for (const Published& pub : {Published{BodySize::Female, 46.9f, 2.5f}, Published{BodySize::Male, 52.5f, 3.2f}}) {
        const Skeleton sk = buildSkeleton(bodyProportions(pub.size));
        for (int side = 0; side < 2; ++side) {
            const glm::vec3 hip = sk.pelvis.hipJoint[static_cast<std::size_t>(side)];
            const glm::vec3 into = -sk.pelvis.acetabulumAxis[static_cast<std::size_t>(side)];
            const float head = sk.femora[static_cast<std::size_t>(side)].headRadius;
            const auto [a, b] = across(into);
            float sum = 0.0f, lo = 1.0f, hi = 0.0f;
            int rays = 0, missed = 0;
            // A cone of directions up to 70 degrees off the cup's axis, and the rim near its equator.
            for (float polar : {0.0f, 0.35f, 0.7f, 1.05f, 1.22f}) {
                for (int k = 0; k < (polar == 0.0f ? 1 : 12); ++k) {
                    const float az = 0.5236f * static_cast<float>(k);
                    const glm::vec3 d = into * std::cos(polar) + (a * std::cos(az) + b * std::sin(az)) * std::sin(polar);
                    const std::optional<float> t = firstHit(pub.size, hip, d);
                    ++rays;
                    if (!t) {
                        ++missed;
                        continue;
                    }
                    sum += *t;
                    lo = std::min(lo, *t);
                    hi = std::max(hi, *t);
                }
            }
            const float mean = sum / static_cast<float>(rays - missed), heightMm = 2.0f * mean * 1000.0f;
            INFO(bodySizeName(pub.size) << sideSuffix(side) << ": head radius " << head * 1000.0f << " mm, cup met at " << lo * 1000.0f << "-"
                                        << hi * 1000.0f << " mm (" << missed << " of " << rays << " rays missed); rim diameter " << heightMm
                                        << " mm, published " << pub.meanMm << " +- " << pub.sdMm);
            CHECK(missed == 0);
            CHECK(lo >= head + 0.0005f);  // clear of the head (the cartilage between)
            CHECK(hi <= head + 0.004f);  // and close round it
            CHECK(std::abs(heightMm - pub.meanMm) <= pub.sdMm);
        }
    }
}

TEST_CASE("The iliac wing flares out under its crest", "[body][pelvis]") {
    // Seen from the side at mid-wing, the bone's outer (gluteal) surface faces out, not back, and
    // lies inside the crest's lateral reach: the wing slopes in from the crest to the body of the ilium.
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        const Skeleton sk = buildSkeleton(bodyProportions(size));
        for (int side = 0; side < 2; ++side) {
            const float s = sideSign(side);
            const glm::vec3 top = sk.pelvis.iliacCrestTop[static_cast<std::size_t>(side)];
            const glm::vec3 hip = sk.pelvis.hipJoint[static_cast<std::size_t>(side)];
            const glm::vec3 origin(top.x + s * 0.05f, top.y - 0.01f, 0.5f * (top.z + hip.z) + 0.01f);
            const glm::vec3 dir(-s, 0.0f, 0.0f);
            const auto& tris = hipBoneTriangles(size);
            float best = 1.0f;
            glm::vec3 normal(0.0f);
            for (std::size_t k = 0; k + 2 < tris.size(); k += 3) {
                const std::vector<glm::vec3> one = {tris[k], tris[k + 1], tris[k + 2]};
                for (float t : lineCrossings(one, origin, dir))
                    if (t > 0.0f && t < best) {
                        best = t;
                        normal = glm::normalize(glm::cross(tris[k + 1] - tris[k], tris[k + 2] - tris[k]));
                    }
            }
            REQUIRE(best < 1.0f);
            const float wingX = origin.x + dir.x * best;
            INFO(bodySizeName(size) << sideSuffix(side) << ": wing surface at x " << wingX * 1000.0f << " mm, crest top at " << top.x * 1000.0f
                                    << " mm; its normal " << normal.x << ", " << normal.y << ", " << normal.z);
            CHECK(s * (top.x - wingX) >= 0.008f);            // the crest overhangs the wing below it
            CHECK(std::abs(normal.x) > std::abs(normal.y));  // facing out more than back
        }
    }
}

TEST_CASE("The hip bones and the sacrum lie inside the skin", "[body][pelvis]") {
    // As for every bone (BodyLayersTest): at least 2 mm under the skin, or they show through.
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        const BodyProportions p = bodyProportions(size);
        const Skeleton sk = buildSkeleton(p);
        const SkinField field(sk, p);
        for (const char* node : {"pelvis", "sacrum", "coccyx"}) {
            float worst = -1.0f;
            for (const glm::vec3& v : nodeTriangles(bodyScene(size), node)) worst = std::max(worst, field(v));
            INFO(bodySizeName(size) << " " << node << ": the vertex nearest the skin lies " << -worst * 1000.0f << " mm under it");
            CHECK(worst <= -0.002f);
        }
    }
}
