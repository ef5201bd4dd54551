// The neck of the generated bodies against published anatomy (docs/sources.md, "Cervical
// lordosis", "Dens of the axis", "Cervical spinous tips"): the lordosis C2-C7, the dens of the
// axis inside the ring of the atlas, bifid spinous tips at C2-C6 and a single long one at C7.
#include "GeneratedBody.h"

#include "core/bodygen/BodyProportions.h"
#include "core/bodygen/Skeleton.h"
#include "core/bodygen/SkinField.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

using namespace backrub;
using namespace backrub::test;

namespace {

constexpr float kMm = 1000.0f;

// Angle from the C7 to the C2 end plates in the sagittal plane (Cobb), in degrees: positive when
// C2 is tilted back relative to C7 (a lordosis). The bodies' end plates are normal to their axes.
float cervicalLordosisDeg(const Skeleton& sk) {
    const glm::vec3 c2 = sk.vertebra("C2").axis, c7 = sk.vertebra("C7").axis;
    return std::atan2(glm::cross(c2, c7).x, glm::dot(c2, c7)) * 57.29578f;
}

std::vector<glm::vec3> vertebraCorners(BodySize size, const std::string& label) {
    return nodeTriangles(bodyScene(size), "vertebra_" + label);
}

// How far the bone of a spinous process reaches out along it (from its tip point), at a side
// offset x across the midline; very negative where the line misses the bone.
float reachAt(const std::vector<glm::vec3>& corners, const Vertebra& v, float x) {
    constexpr float kStartM = 0.03f;  // start this far beyond the tip, outside the bone
    const glm::vec3 out = glm::normalize(v.spinousTip - v.spinousBase);
    const glm::vec3 origin = v.spinousTip + out * kStartM + glm::vec3(x, 0, 0);
    for (float t : lineCrossings(corners, origin, -out))
        if (t > 0.0f) return kStartM - t;
    return -1.0f;
}

// The spinous tip seen end on, across the midline: the farthest reach on each side and at the middle;
// a tubercle's place is the middle of the stretch that reaches within 0.5 mm of its farthest.
struct TipProfile {
    float leftReach = -1.0f, rightReach = -1.0f, leftX = 0.0f, rightX = 0.0f, middleReach = -1.0f;
    float notch() const { return std::min(leftReach, rightReach) - middleReach; }
    float spread() const { return rightX - leftX; }
};

TipProfile tipProfile(BodySize size, const Vertebra& v) {
    constexpr float kHalfSpanM = 0.012f, kStepM = 0.00025f;
    const std::vector<glm::vec3> corners = vertebraCorners(size, v.label);
    TipProfile p;
    constexpr float kPlateauM = 0.0005f;
    p.middleReach = reachAt(corners, v, 0.0f);
    std::vector<float> xs, right, left;
    for (float x = kStepM; x <= kHalfSpanM; x += kStepM) {
        xs.push_back(x);
        right.push_back(reachAt(corners, v, x));
        left.push_back(reachAt(corners, v, -x));
    }
    p.rightReach = *std::max_element(right.begin(), right.end());
    p.leftReach = *std::max_element(left.begin(), left.end());
    auto plateauMiddle = [&](const std::vector<float>& reach, float peak) {
        float sum = 0.0f;
        int n = 0;
        for (std::size_t i = 0; i < xs.size(); ++i)
            if (reach[i] >= peak - kPlateauM) {
                sum += xs[i];
                ++n;
            }
        return sum / static_cast<float>(n);
    };
    p.rightX = plateauMiddle(right, p.rightReach);
    p.leftX = -plateauMiddle(left, p.leftReach);
    return p;
}

}  // namespace

TEST_CASE("The cervical lordosis C2-C7 lies in the published range", "[body][cervical]") {
    // Typically 20-40 degrees, measured between the C2 and C7 end plates (it was 12.9).
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        const Skeleton sk = buildSkeleton(bodyProportions(size));
        const float lordosis = cervicalLordosisDeg(sk);
        INFO(bodySizeName(size) << ": C2-C7 " << lordosis << " deg");
        CHECK(lordosis >= 20.0f);
        CHECK(lordosis <= 40.0f);
    }
}

TEST_CASE("The dens of C2 rises into the ring of the atlas without touching it", "[body][cervical]") {
    // Dens height 15.8 mm on dry bones; its tip near the top of the atlas's anterior arch.
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        INFO(bodySizeName(size));
        const Skeleton sk = buildSkeleton(bodyProportions(size));
        const Vertebra &c1 = sk.vertebra("C1"), &c2 = sk.vertebra("C2");
        const std::vector<glm::vec3> axis2 = vertebraCorners(size, "C2"), atlas = vertebraCorners(size, "C1");
        // The highest point of C2 along its axis, above the body's upper end plate.
        const float endPlate = glm::dot(c2.center, c2.axis) + 0.5f * c2.bodyHeight;
        glm::vec3 top = axis2.front();
        for (const glm::vec3& p : axis2)
            if (glm::dot(p, c2.axis) > glm::dot(top, c2.axis)) top = p;
        const float densHeight = glm::dot(top, c2.axis) - endPlate;
        // The anterior arch's lower and upper extents along the atlas's axis.
        auto height = [&](const glm::vec3& p) { return glm::dot(p - c1.center, c1.axis); };
        float ringLow = 1.0f, ringHigh = -1.0f;
        for (const glm::vec3& p : atlas)
            if (glm::dot(p - c1.center, c1.posterior) < 0.0f) {
                ringLow = std::min(ringLow, height(p));
                ringHigh = std::max(ringHigh, height(p));
            }
        INFO("dens " << densHeight * kMm << " mm above the body; its top " << height(top) * kMm << " mm above the atlas's plane, the anterior arch from "
                     << ringLow * kMm << " to " << ringHigh * kMm << " mm; the body's end plate at "
                     << height(c2.center + c2.axis * (0.5f * c2.bodyHeight)) * kMm << " mm");
        CHECK(densHeight >= 0.010f);
        CHECK(height(c2.center + c2.axis * (0.5f * c2.bodyHeight)) < ringLow);  // it starts below the ring,
        CHECK(height(top) > ringLow);                                            // reaches into it
        CHECK(height(top) <= ringHigh + 0.005f);                                 // and ends near its top
        // In the atlas's plane the ring surrounds the dens, a gap all round.
        const glm::vec3 base = c2.center + c2.axis * (0.5f * c2.bodyHeight);
        const glm::vec3 inPlane = base + (top - base) * (-height(base) / (height(top) - height(base)));
        std::vector<glm::vec3> densSection;
        for (const glm::vec3& p : axis2)
            if (std::abs(height(p)) < 0.0015f && glm::length(p - inPlane) < 0.010f) densSection.push_back(p);
        REQUIRE(densSection.size() >= 8);
        const glm::vec3 side(1, 0, 0);
        const glm::vec3 back = glm::normalize(glm::cross(c1.axis, side));
        for (int k = 0; k < 16; ++k) {
            const float a = 6.2831853f * static_cast<float>(k) / 16.0f;
            const glm::vec3 dir = side * std::cos(a) + back * std::sin(a);
            float ring = -1.0f, dens = 0.0f;
            for (float t : lineCrossings(atlas, inPlane, dir))
                if (t > 0.0f) {
                    ring = t;
                    break;
                }
            for (const glm::vec3& p : densSection) dens = std::max(dens, glm::dot(p - inPlane, dir));
            INFO("direction " << k << ": ring at " << ring * kMm << " mm, dens to " << dens * kMm << " mm");
            CHECK(ring > 0.0f);
            CHECK(ring - dens >= 0.0005f);
        }
    }
}

TEST_CASE("C2-C6 spinous tips are bifid and C7's is single and the longest", "[body][cervical]") {
    // Two tubercles at C2-C6 (C3-C6 typical), tips about 1 cm wide; C7, the vertebra prominens,
    // ends in one and is the longest cervical spinous process.
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        const Skeleton sk = buildSkeleton(bodyProportions(size));
        for (const char* level : {"C2", "C3", "C4", "C5", "C6"}) {
            const TipProfile p = tipProfile(size, sk.vertebra(level));
            INFO(bodySizeName(size) << " " << level << ": tubercles " << p.spread() * kMm << " mm apart, notch " << p.notch() * kMm << " mm deep");
            CHECK(p.notch() >= 0.001f);
            CHECK(p.spread() >= 0.003f);
            CHECK(p.spread() <= 0.012f);
            CHECK(std::abs(p.leftX + p.rightX) <= 0.001f);  // symmetric about the midline
        }
        const Vertebra& c7 = sk.vertebra("C7");
        const TipProfile p7 = tipProfile(size, c7);
        INFO(bodySizeName(size) << " C7: reach " << p7.middleReach * kMm << " mm at the midline, " << p7.leftReach * kMm << " / "
                                << p7.rightReach * kMm << " mm beside it");
        CHECK(p7.middleReach >= std::max(p7.leftReach, p7.rightReach) - 0.0002f);
        const float c7Length = glm::length(c7.spinousTip - c7.spinousBase);
        for (int i = kC2; i < kC7; ++i) {
            const Vertebra& v = sk.vertebrae[static_cast<std::size_t>(i)];
            INFO(bodySizeName(size) << " " << v.label << " " << glm::length(v.spinousTip - v.spinousBase) * kMm << " mm, C7 " << c7Length * kMm << " mm");
            CHECK(glm::length(v.spinousTip - v.spinousBase) < c7Length);
        }
    }
}

TEST_CASE("The neck's bones, the dens and the spinous tubercles lie under the skin", "[body][cervical]") {
    // As for every bone (BodyLayersTest): at least 2 mm under the skin field's surface.
    constexpr float kMarginM = 0.002f;
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        const BodyProportions p = bodyProportions(size);
        const Skeleton sk = buildSkeleton(p);
        const SkinField field(sk, p);
        for (int i = kC1; i <= kC7; ++i) {
            const std::string& label = sk.vertebrae[static_cast<std::size_t>(i)].label;
            float shallowest = -1.0f;
            for (const glm::vec3& q : vertebraCorners(size, label)) shallowest = std::max(shallowest, field(q));
            INFO(bodySizeName(size) << " " << label << ": " << -shallowest * kMm << " mm under the skin at its shallowest");
            CHECK(shallowest <= -kMarginM);
        }
    }
}
