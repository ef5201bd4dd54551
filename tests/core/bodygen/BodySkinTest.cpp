#include "BodyTestScenes.h"
#include "GeneratedBody.h"
#include "core/body/Body.h"
#include "core/bodygen/BodyProportions.h"
#include "core/bodygen/Skeleton.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <map>

using namespace backrub;

namespace {

const Body& body(BodySize size) { return test::generatedBody(size); }

glm::vec3 at(const Body& b, const std::string& name) { return test::landmarkAt(b, name); }

float distanceToSkin(const SkinSurface& s, const glm::vec3& p) {
    // The nearest vertex bounds the distance; only triangles near it need checking.
    float nearest = 1e9f;
    for (const glm::vec3& v : s.positions) nearest = std::min(nearest, glm::length(v - p));
    float best = nearest;
    for (std::size_t t = 0; t < s.indices.size(); t += 3) {
        glm::vec3 a = s.positions[s.indices[t]], b = s.positions[s.indices[t + 1]], c = s.positions[s.indices[t + 2]];
        if (glm::length(a - p) > nearest + 0.03f) continue;
        // Distance to the triangle via its plane when inside, else to its edges.
        glm::vec3 n = glm::normalize(glm::cross(b - a, c - a));
        glm::vec3 q = p - n * glm::dot(p - a, n);
        bool inside = glm::dot(glm::cross(b - a, q - a), n) >= 0 && glm::dot(glm::cross(c - b, q - b), n) >= 0 &&
                      glm::dot(glm::cross(a - c, q - c), n) >= 0;
        float d = inside ? glm::length(p - q) : 1e9f;
        for (auto [u, v] : {std::pair{a, b}, std::pair{b, c}, std::pair{c, a}}) {
            float t = std::clamp(glm::dot(p - u, v - u) / glm::dot(v - u, v - u), 0.0f, 1.0f);
            d = std::min(d, glm::length(p - (u + (v - u) * t)));
        }
        best = std::min(best, d);
    }
    return best;
}

}  // namespace

TEST_CASE("Generated scenes load back as bodies", "[body]") {
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        Problems problems;
        auto b = Body::fromScene(test::bodyScene(size), "generated", problems);
        INFO(formatProblems(problems));
        REQUIRE(b.has_value());
        CHECK(problems.empty());
        const SceneData& s = test::bodyScene(size);
        for (const char* layer : {"skin", "muscles", "skeleton", "landmarks"}) CHECK(s.findNode(layer) >= 0);
        for (const char* bone : {"pelvis", "sacrum", "coccyx", "vertebra_C7", "vertebra_L5", "rib_L11", "rib_R12", "scapula_L", "femur_R"})
            CHECK(s.findNode(bone) >= 0);
    }
}

TEST_CASE("Skin is one closed, outward-facing, well-formed surface of at least 60k triangles", "[body]") {
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        INFO(bodySizeName(size));
        const SkinSurface& s = body(size).skin;
        const std::size_t triangles = s.indices.size() / 3;
        CHECK(triangles >= 60000);
        std::map<std::pair<std::uint32_t, std::uint32_t>, int> directed;
        double volume = 0.0;
        std::size_t degenerate = 0, disagreeing = 0;
        for (std::size_t t = 0; t < s.indices.size(); t += 3) {
            std::uint32_t i[3] = {s.indices[t], s.indices[t + 1], s.indices[t + 2]};
            for (int e = 0; e < 3; ++e) ++directed[{i[e], i[(e + 1) % 3]}];
            glm::vec3 a = s.positions[i[0]], b = s.positions[i[1]], c = s.positions[i[2]];
            glm::vec3 cr = glm::cross(b - a, c - a);
            if (glm::length(cr) * 0.5f < 1e-9f) ++degenerate;  // 0.001 mm^2
            volume += glm::dot(a, glm::cross(b, c)) / 6.0;
            for (std::uint32_t corner : i)  // each corner's normal on the triangle's side
                if (glm::dot(cr, s.normals[corner]) <= 0.0f) ++disagreeing;
        }
        // Closed and consistently wound: each edge appears once in each direction.
        std::size_t bad = 0;
        for (const auto& [edge, count] : directed) {
            auto reverse = directed.find({edge.second, edge.first});
            if (count != 1 || reverse == directed.end() || reverse->second != 1) ++bad;
        }
        CHECK(bad == 0);
        CHECK(degenerate == 0);
        CHECK(volume > 0.02);  // outward: positive volume (a back is tens of litres)
        CHECK(disagreeing == 0);
        for (const glm::vec3& n : s.normals) REQUIRE(std::abs(glm::length(n) - 1.0f) < 1e-4f);
    }
}

TEST_CASE("Every skin vertex has a base region; overlays lie where anatomy puts them", "[body]") {
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        INFO(bodySizeName(size));
        const Body& b = body(size);
        const SkinSurface& s = b.skin;
        const float t11 = at(b, "T11").z, l3 = at(b, "L3").z;
        std::map<Region, int> baseCount, overlayCount;
        for (std::size_t i = 0; i < s.positions.size(); ++i) {
            REQUIRE(s.baseRegion[i] != Region::None);
            REQUIRE_FALSE(isOverlayRegion(s.baseRegion[i]));
            ++baseCount[s.baseRegion[i]];
            ++overlayCount[s.overlayRegion[i]];
            const glm::vec3 p = s.positions[i];
            if (s.overlayRegion[i] == Region::KidneyL || s.overlayRegion[i] == Region::KidneyR) {
                CHECK(p.z <= t11 + 1e-4f);
                CHECK(p.z >= l3 - 1e-4f);
                CHECK(std::abs(p.x) >= 0.025f - 1e-4f);
                CHECK(std::abs(p.x) <= 0.095f + 1e-4f);
                CHECK((s.overlayRegion[i] == Region::KidneyL) == (p.x > 0));
            }
            if (s.overlayRegion[i] == Region::SpineLine) CHECK(std::abs(p.x) < 0.010f);
            if (s.baseRegion[i] == Region::Lumbar) {
                CHECK(p.z < at(b, "T12").z);
                CHECK(p.z > at(b, "S1").z);
            }
        }
        for (int r = 1; r < kRegionCount; ++r) {
            INFO(regionId(static_cast<Region>(r)));
            CHECK((isOverlayRegion(static_cast<Region>(r)) ? overlayCount : baseCount)[static_cast<Region>(r)] > 20);
        }
    }
}

TEST_CASE("Landmarks lie on the skin", "[body]") {
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        const Body& b = body(size);
        CHECK(b.landmarks.size() == 24 + 2 + 10);
        for (const Landmark& l : b.landmarks) {
            INFO(bodySizeName(size) << " " << l.name);
            CHECK(distanceToSkin(b.skin, l.position) < 0.001f);
        }
        // Spinous landmarks run down the midline, top to bottom.
        for (std::size_t i = 1; i < 26; ++i) CHECK(b.landmarks[i].position.z < b.landmarks[i - 1].position.z);
        for (std::size_t i = 0; i < 26; ++i) CHECK(std::abs(b.landmarks[i].position.x) < 0.002f);
    }
}

TEST_CASE("C7 to PSIS skin distance and spinous fractions match Ernst et al. 2013", "[body]") {
    // Ernst et al., BMC Res Notes 2013;6:58: C7-PSIS level 50.9 +- 3.5 cm; T4 21 %, T7 39 %, T10 54.1 %,
    // L1 70.9 %, L4 86.1 %; 95 % CIs at most 2.8 points wide in 22 subjects, so the spread between
    // people is about 3.3 points (SD). We accept positions within 2 SD (6 points) of the means.
    const std::pair<const char*, float> fractions[] = {{"T4", 0.21f}, {"T7", 0.39f}, {"T10", 0.541f}, {"L1", 0.709f}, {"L4", 0.861f}};
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        const Body& b = body(size);
        const auto line = test::spineMidline(size);
        const float psisZ = 0.5f * (at(b, "PSIS_L").z + at(b, "PSIS_R").z);
        const float start = test::arcLengthTo(line, at(b, "C7").z);
        const float total = test::arcLengthTo(line, psisZ) - start;
        // The study's figure is for its whole sample; the female trunk is the male one scaled by the
        // ANSUR II female-to-male C7-to-iliac-crest ratio (400 / 455 mm), so her reference scales too.
        const float scale = size == BodySize::Female ? 0.400f / 0.455f : 1.0f;
        INFO(bodySizeName(size) << " C7-PSIS " << total * 100.0f << " cm, reference " << 50.9f * scale << " cm");
        CHECK(std::abs(total - 0.509f * scale) < 2.0f * 0.035f * scale);
        for (auto [name, expected] : fractions) {
            float f = (test::arcLengthTo(line, at(b, name).z) - start) / total;
            INFO(name << " at " << f * 100.0f << " %");
            CHECK(std::abs(f - expected) < 0.06f);
        }
    }
}

TEST_CASE("Shoulder and hip widths and trunk height follow ANSUR II", "[body]") {
    struct Ansur {
        BodySize size;
        float biacromial, biacromialSd, bideltoid, hip, c7ToCrest;
    };
    // ANSUR II 2012 (US Army): biacromial 416 +- 19 / 365 +- 18 mm, deltoid-to-deltoid 510 / 450 mm,
    // hip breadth 346 / 354 mm, C7 to iliac crest vertical about 455 / 400 mm.
    for (const Ansur& a : {Ansur{BodySize::Male, 0.416f, 0.019f, 0.510f, 0.346f, 0.455f}, Ansur{BodySize::Female, 0.365f, 0.018f, 0.450f, 0.354f, 0.400f}}) {
        INFO(bodySizeName(a.size));
        const Skeleton sk = buildSkeleton(bodyProportions(a.size));
        CHECK(std::abs(sk.scapulae[0].acromion.x - sk.scapulae[1].acromion.x - a.biacromial) < a.biacromialSd);
        const Body& b = body(a.size);
        // Hip breadth across the greater trochanters: from the midline out to the first skin met,
        // so the hands resting beside the thighs do not count.
        const glm::vec3 troch = sk.femora[0].greaterTrochanter;
        float hipHalf = 0.0f, shoulderHalf = 0.0f;
        for (float dir : {-1.0f, 1.0f}) {
            const auto ts = test::lineCrossings(test::skinTriangles(a.size), glm::vec3(0.0f, troch.y, troch.z), glm::vec3(dir, 0, 0));
            const auto out = std::find_if(ts.begin(), ts.end(), [](float t) { return t > 0.0f; });
            REQUIRE(out != ts.end());
            hipHalf += 0.5f * *out;
        }
        for (const glm::vec3& p : b.skin.positions)
            if (p.z > at(b, "T4").z) shoulderHalf = std::max(shoulderHalf, std::abs(p.x));
        INFO("hip " << hipHalf * 2000.0f << " mm, bideltoid " << shoulderHalf * 2000.0f << " mm");
        CHECK(std::abs(2.0f * hipHalf - a.hip) < 0.02f);
        CHECK(std::abs(2.0f * shoulderHalf - a.bideltoid) < 0.07f * a.bideltoid);
        const float c7ToCrest = at(b, "C7").z - 0.5f * (at(b, "iliac_crest_L").z + at(b, "iliac_crest_R").z);
        INFO("C7 to iliac crest " << c7ToCrest * 1000.0f << " mm");
        CHECK(std::abs(c7ToCrest - a.c7ToCrest) < 0.1f * a.c7ToCrest);
    }
}
