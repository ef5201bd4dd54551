// The back's muscles as an atlas draws them: each a volume of its own, named, with its fibres
// running from origin to insertion as the textbooks describe them (docs/sources.md, "Muscle
// attachments" and "Muscle volumes"), grooved along the fibres so that they show.
#include "GeneratedBody.h"

#include "core/body/StructureInfo.h"
#include "core/bodygen/BodyProportions.h"
#include "core/bodygen/Muscles.h"
#include "core/bodygen/Skeleton.h"
#include "core/bodygen/SkinField.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <string>

using namespace backrub;
using namespace backrub::test;

namespace {

std::map<std::string, MuscleMesh> musclesOf(BodySize size) {
    const BodyProportions p = bodyProportions(size);
    const Skeleton sk = buildSkeleton(p);
    const SkinField field(sk, p);
    std::map<std::string, MuscleMesh> out;
    for (MuscleMesh& m : buildMuscles(sk, p, field)) out.emplace(m.name, std::move(m));
    return out;
}

const std::map<std::string, MuscleMesh>& muscles(BodySize size) {
    static const auto female = musclesOf(BodySize::Female);
    static const auto male = musclesOf(BodySize::Male);
    return size == BodySize::Female ? female : male;
}

// The left muscle's fibre, signed to point away from the midline: how steeply it rises
// (toward the head) as it goes out, -1 .. 1 (sin of the angle to the horizontal).
float riseGoingOut(const MuscleMesh& m) {
    glm::vec3 f = m.fibreDirection;
    if (f.x < 0.0f) f = -f;
    return f.z;
}

// Heights of the muscle's top met by vertical lines along a horizontal segment, the segment's
// middle at `centre`, `halfLength` each way along `dir`, every 0.5 mm; only where a line meets it.
std::vector<float> topProfile(const std::vector<glm::vec3>& triangles, const glm::vec3& centre, const glm::vec3& dir, float halfLength) {
    std::vector<float> heights;
    for (float s = -halfLength; s <= halfLength; s += 0.0005f) {
        const glm::vec3 q = centre + dir * s;
        const auto ts = lineCrossings(triangles, glm::vec3(q.x, 1.0f, q.z), glm::vec3(0, -1, 0));
        if (!ts.empty()) heights.push_back(1.0f - ts.front());
    }
    return heights;
}

// Root mean square of what is left of a profile once its smooth course (a parabola, least
// squares) is taken away: the ridges and grooves on it.
float roughness(const std::vector<float>& h) {
    const std::size_t n = h.size();
    double s[5] = {0, 0, 0, 0, 0}, t[3] = {0, 0, 0};
    for (std::size_t i = 0; i < n; ++i) {
        const double x = static_cast<double>(i) / static_cast<double>(n - 1) - 0.5;
        double xp = 1.0;
        for (int k = 0; k < 5; ++k, xp *= x) {
            s[k] += xp;
            if (k < 3) t[k] += xp * h[i];
        }
    }
    // Normal equations for a + b x + c x^2 (Cramer's rule).
    const double m[3][3] = {{s[0], s[1], s[2]}, {s[1], s[2], s[3]}, {s[2], s[3], s[4]}};
    auto det3 = [](const double a[3][3]) {
        return a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1]) - a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0]) +
               a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0]);
    };
    const double d = det3(m);
    double coef[3];
    for (int c = 0; c < 3; ++c) {
        double mc[3][3];
        for (int r = 0; r < 3; ++r)
            for (int k = 0; k < 3; ++k) mc[r][k] = k == c ? t[r] : m[r][k];
        coef[c] = det3(mc) / d;
    }
    double sum = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double x = static_cast<double>(i) / static_cast<double>(n - 1) - 0.5;
        const double r = h[i] - (coef[0] + coef[1] * x + coef[2] * x * x);
        sum += r * r;
    }
    return static_cast<float>(std::sqrt(sum / static_cast<double>(n)));
}

std::vector<glm::vec3> triangles(const MuscleMesh& m) {
    const Primitive prim = m.mesh.build(0);
    std::vector<glm::vec3> out;
    for (std::uint32_t i : prim.indices) out.push_back(prim.positions[i]);
    return out;
}

glm::vec3 middleOf(const MuscleMesh& m) {
    const Primitive prim = m.mesh.build(0);
    glm::vec3 mean(0.0f);
    for (const glm::vec3& q : prim.positions) mean += q;
    mean /= static_cast<float>(prim.positions.size());
    glm::vec3 nearest = prim.positions.front();
    for (const glm::vec3& q : prim.positions)
        if (glm::length(q - mean) < glm::length(nearest - mean)) nearest = q;
    return nearest;
}

// Every edge shared by exactly two triangles (corners compared by position): a closed surface.
bool closedSurface(const std::vector<glm::vec3>& corners) {
    using Corner = std::array<float, 3>;
    std::map<std::pair<Corner, Corner>, int> edges;
    for (std::size_t k = 0; k + 2 < corners.size(); k += 3)
        for (int e = 0; e < 3; ++e) {
            const glm::vec3 a = corners[k + static_cast<std::size_t>(e)], b = corners[k + static_cast<std::size_t>((e + 1) % 3)];
            Corner ca{a.x, a.y, a.z}, cb{b.x, b.y, b.z};
            if (cb < ca) std::swap(ca, cb);
            ++edges[{ca, cb}];
        }
    for (const auto& [edge, count] : edges)
        if (count != 2) return false;
    return !edges.empty();
}

}  // namespace

TEST_CASE("Every muscle the issue names is a volume of its own, on both sides, named in the hover text", "[body][muscles]") {
    const char* named[] = {"trapezius_upper", "trapezius_middle", "trapezius_lower", "latissimus_dorsi", "rhomboids",
                           "levator_scapulae", "deltoid", "infraspinatus", "teres_major", "spinalis", "longissimus",
                           "iliocostalis", "quadratus_lumborum", "external_oblique", "gluteus_maximus", "gluteus_medius",
                           "tensor_fasciae_latae", "iliotibial_band", "biceps_femoris", "semitendinosus"};
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        const SceneData& scene = bodyScene(size);
        const int layer = scene.findNode("muscles");
        REQUIRE(layer >= 0);
        for (const char* base : named)
            for (const char* side : {"_L", "_R"}) {
                const std::string name = std::string(base) + side;
                INFO(bodySizeName(size) << " " << name);
                const int node = scene.findNode(name);
                REQUIRE(node >= 0);
                CHECK(scene.nodes[static_cast<std::size_t>(node)].parent == layer);
                // Belly and tendons: each a closed volume, not a sheet.
                const NodeData& nd = scene.nodes[static_cast<std::size_t>(node)];
                REQUIRE(nd.mesh >= 0);
                for (const Primitive& prim : scene.meshes[static_cast<std::size_t>(nd.mesh)].primitives) {
                    std::vector<glm::vec3> corners;
                    for (std::uint32_t i : prim.indices) corners.push_back(prim.positions[i]);
                    CHECK(closedSurface(corners));
                }
                const StructureInfo info = describeStructure(name);
                CHECK(info.description.size() > 20);  // described, not just its node name
                CHECK_THAT(info.name, Catch::EndsWith(side[1] == 'L' ? "(left)" : "(right)"));
            }
    }
}

TEST_CASE("Fibres run from origin to insertion as the textbooks draw them", "[body][muscles]") {
    const float steep = std::sin(glm::radians(20.0f));
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        const auto& m = muscles(size);
        auto rise = [&](const char* name) {
            const float r = riseGoingOut(m.at(name));
            INFO(bodySizeName(size) << " " << name << ": fibres rise " << glm::degrees(std::asin(r)) << " deg going out");
            return r;
        };
        // Trapezius: the upper fibres fall to the collarbone, the middle ones run level to the
        // acromion, the lower ones rise to the scapular spine's root.
        CHECK(rise("trapezius_upper_L") < -steep);
        CHECK(std::abs(rise("trapezius_middle_L")) < steep);
        CHECK(rise("trapezius_lower_L") > steep);
        // Latissimus rises from the low back to the arm; rhomboids and gluteus maximus fall
        // from the spine and sacrum out to the scapula and the femur.
        CHECK(rise("latissimus_dorsi_L") > steep);
        CHECK(rise("rhomboids_L") < -steep);
        CHECK(rise("gluteus_maximus_L") < -steep);
        // The erector spinae's columns, quadratus lumborum and the hamstrings run lengthwise.
        for (const char* name : {"spinalis_L", "longissimus_L", "iliocostalis_L", "quadratus_lumborum_L", "biceps_femoris_L", "semitendinosus_L"}) {
            INFO(bodySizeName(size) << " " << name);
            CHECK(std::abs(m.at(name).fibreDirection.z) > std::cos(glm::radians(20.0f)));
        }
        // The external oblique runs down and forward from the ribs ("hands in the pockets").
        glm::vec3 oblique = m.at("external_oblique_L").fibreDirection;
        if (oblique.z > 0.0f) oblique = -oblique;
        INFO(bodySizeName(size) << " external oblique: " << oblique.x << ", " << oblique.y << ", " << oblique.z);
        CHECK(oblique.y < -0.1f);  // toward the front (the table)
        // Both sides mirror each other.
        for (const auto& [name, mesh] : m) {
            if (name.back() != 'L') continue;
            const glm::vec3 l = mesh.fibreDirection, r = m.at(name.substr(0, name.size() - 1) + "R").fibreDirection;
            INFO(name);
            CHECK(std::abs(std::abs(glm::dot(l, glm::vec3(-r.x, r.y, r.z))) - 1.0f) < 1e-3f);
        }
    }
}

TEST_CASE("Each muscle's surface is grooved across its fibres and smooth along them", "[body][muscles]") {
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        const auto& m = muscles(size);
        for (const char* name : {"trapezius_middle_L", "latissimus_dorsi_L", "gluteus_maximus_L", "longissimus_L", "infraspinatus_L"}) {
            const MuscleMesh& muscle = m.at(name);
            const std::vector<glm::vec3> tris = triangles(muscle);
            const glm::vec3 centre = middleOf(muscle);
            const glm::vec3 along = glm::normalize(glm::vec3(muscle.fibreDirection.x, 0.0f, muscle.fibreDirection.z));
            const glm::vec3 across(-along.z, 0.0f, along.x);
            const std::vector<float> alongHeights = topProfile(tris, centre, along, 0.01f);
            const std::vector<float> acrossHeights = topProfile(tris, centre, across, 0.01f);
            REQUIRE(alongHeights.size() > 35);  // of 41: the lines stay on the belly
            REQUIRE(acrossHeights.size() > 35);
            const float ridges = roughness(acrossHeights), smooth = roughness(alongHeights);
            INFO(bodySizeName(size) << " " << name << ": across the fibres " << ridges * 1000.0f << " mm RMS, along " << smooth * 1000.0f << " mm");
            CHECK(ridges >= 0.00015f);
            CHECK(smooth <= 0.5f * ridges);
        }
    }
}

TEST_CASE("The lower trapezius lies over the latissimus dorsi, apart from it, and the two trapezii meet at the spine", "[body][muscles]") {
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        const SceneData& scene = bodyScene(size);
        const Skeleton sk = buildSkeleton(bodyProportions(size));
        const std::vector<glm::vec3> trapezius = nodeTriangles(scene, "trapezius_lower_L"), latissimus = nodeTriangles(scene, "latissimus_dorsi_L");
        int overlapping = 0;
        float closest = 1.0f;
        for (float z = sk.vertebra("T11").spinousTip.z; z <= sk.vertebra("T8").spinousTip.z; z += 0.005f)
            for (float x = 0.01f; x <= 0.08f; x += 0.005f) {
                const auto t = lineCrossings(trapezius, glm::vec3(x, 1.0f, z), glm::vec3(0, -1, 0));
                const auto l = lineCrossings(latissimus, glm::vec3(x, 1.0f, z), glm::vec3(0, -1, 0));
                if (t.size() < 2 || l.empty()) continue;
                ++overlapping;
                closest = std::min(closest, l.front() - t.back());  // trapezius bottom to latissimus top
            }
        INFO(bodySizeName(size) << ": " << overlapping << " lines through both; the latissimus " << closest * 1000.0f << " mm under the trapezius at the least");
        CHECK(overlapping >= 20);  // T8-T11 medially the latissimus runs under the lower trapezius
        CHECK(closest >= 0.0f);     // apart: not merged into one sheet
        // The trapezii meet over the spinous processes: a seam of a few millimetres at most.
        for (const char* part : {"trapezius_upper_L", "trapezius_middle_L", "trapezius_lower_L"}) {
            float inner = 1.0f;
            const std::vector<glm::vec3> tris = nodeTriangles(scene, part);
            for (const glm::vec3& q : tris) inner = std::min(inner, q.x);
            INFO(bodySizeName(size) << " " << part << ": inner border " << inner * 1000.0f << " mm from the midline");
            CHECK(inner <= 0.0025f);
            CHECK(inner >= 0.0f);
        }
    }
}

TEST_CASE("Tendons and aponeuroses are pale and smooth where an atlas draws them", "[body][muscles]") {
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        const SceneData& scene = bodyScene(size);
        auto materialsOf = [&](const std::string& name) {
            std::vector<std::string> names;
            const NodeData& nd = scene.nodes[static_cast<std::size_t>(scene.findNode(name))];
            for (const Primitive& prim : scene.meshes[static_cast<std::size_t>(nd.mesh)].primitives)
                names.push_back(scene.materials[static_cast<std::size_t>(prim.material)].name);
            return names;
        };
        INFO(bodySizeName(size));
        // The middle trapezius's tendinous diamond at C7-T3, the latissimus's aponeurosis, the
        // hamstrings' tendons at the knee: belly and tendon.
        for (const char* name : {"trapezius_middle_L", "latissimus_dorsi_R", "semitendinosus_L", "biceps_femoris_R"}) {
            INFO(name);
            const auto m = materialsOf(name);
            CHECK(std::count(m.begin(), m.end(), "muscle") == 1);
            CHECK(std::count(m.begin(), m.end(), "tendon") >= 1);
        }
        // The iliotibial band is fascia through and through; the rhomboids are fleshy, of the
        // deep layer, the gluteus maximus of the superficial one.
        CHECK(materialsOf("iliotibial_band_L") == std::vector<std::string>{"tendon"});
        CHECK(materialsOf("rhomboids_R") == std::vector<std::string>{"muscle_deep"});
        CHECK(materialsOf("gluteus_maximus_L") == std::vector<std::string>{"muscle"});
        for (const char* name : {"levator_scapulae_L", "longissimus_R", "quadratus_lumborum_L"}) {
            const auto m = materialsOf(name);
            CHECK(std::count(m.begin(), m.end(), "muscle_deep") == 1);
        }
        // Tendon is paler than muscle and glossier.
        const auto material = [&](const std::string& n) {
            for (const MaterialData& m : scene.materials)
                if (m.name == n) return m;
            FAIL("no material " << n);
            return MaterialData{};
        };
        const MaterialData tendon = material("tendon"), muscle = material("muscle"), deep = material("muscle_deep");
        CHECK(tendon.baseColor.g > 3.0f * muscle.baseColor.g);
        CHECK(tendon.roughness < muscle.roughness);
        CHECK(deep.baseColor.r < muscle.baseColor.r);  // darker, the same hue
        CHECK(deep.baseColor.r > 4.0f * deep.baseColor.g);
    }
}
