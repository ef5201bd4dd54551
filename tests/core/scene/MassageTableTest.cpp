// The massage table under the generated bodies: closed pieces, real sizes (docs/sources.md,
// "Massage table"), the body resting on the top and the face on the cradle's cushion, the
// contact shade under the body, and mirror symmetry.
#include "GeneratedBody.h"
#include "core/bodygen/BodyProportions.h"
#include "core/bodygen/Skeleton.h"
#include "core/scene/MassageTable.h"
#include "core/scene/TableDimensions.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <tuple>

using namespace backrub;

namespace {

const MassageTable& tableFor(BodySize size) {
    static const MassageTable female = massageTableFor(BodySize::Female, test::generatedBody(BodySize::Female).skin);
    static const MassageTable male = massageTableFor(BodySize::Male, test::generatedBody(BodySize::Male).skin);
    return size == BodySize::Female ? female : male;
}

using Key = std::tuple<long, long, long>;
Key keyOf(const glm::vec3& p) {  // positions welded at 0.01 mm
    return {std::lround(p.x * 1e5f), std::lround(p.y * 1e5f), std::lround(p.z * 1e5f)};
}

struct Extent {
    glm::vec3 lo{std::numeric_limits<float>::max()}, hi{-std::numeric_limits<float>::max()};
};

Extent partExtent(const TableMesh& m, const TablePart& part) {
    Extent e;
    for (std::size_t k = part.firstIndex; k < part.firstIndex + part.indexCount; ++k) {
        e.lo = glm::min(e.lo, m.positions[m.indices[k]]);
        e.hi = glm::max(e.hi, m.positions[m.indices[k]]);
    }
    return e;
}

}  // namespace

TEST_CASE("Every piece of the massage table is a closed surface", "[scene]") {
    const TableMesh& m = tableFor(BodySize::Female).mesh;
    REQUIRE(m.part("top") != nullptr);
    REQUIRE(m.part("cushion") != nullptr);
    for (const TablePart& part : m.parts) {
        INFO(part.name);
        REQUIRE(part.indexCount % 3 == 0);
        // Welded by position, every directed edge is met once and its reverse once.
        std::map<std::pair<Key, Key>, int> directed;
        for (std::size_t k = part.firstIndex; k < part.firstIndex + part.indexCount; k += 3)
            for (int e = 0; e < 3; ++e) {
                const Key a = keyOf(m.positions[m.indices[k + e]]), b = keyOf(m.positions[m.indices[k + (e + 1) % 3]]);
                REQUIRE(a != b);
                ++directed[{a, b}];
            }
        int open = 0, doubled = 0;
        for (const auto& [edge, count] : directed) {
            if (count > 1) ++doubled;
            const auto back = directed.find({edge.second, edge.first});
            if (back == directed.end() || back->second != count) ++open;
        }
        CHECK(open == 0);
        CHECK(doubled == 0);
    }
}

TEST_CASE("The massage table has the sizes of a professional table and stays cheap to draw", "[scene]") {
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        INFO(bodySizeName(size));
        const MassageTable& t = tableFor(size);
        const Extent top = partExtent(t.mesh, *t.mesh.part("top"));
        CHECK(top.hi.y == Approx(0.0f).margin(1e-5));
        CHECK(top.hi.x == Approx(-top.lo.x).margin(1e-5));
        CHECK(top.hi.x - top.lo.x >= 0.71f);
        CHECK(top.hi.x - top.lo.x <= 0.76f);
        CHECK(top.hi.z - top.lo.z >= 1.85f);
        CHECK(top.hi.z - top.lo.z <= 1.90f);
        CHECK(top.hi.y - top.lo.y >= 0.05f);
        CHECK(top.hi.y - top.lo.y <= 0.07f);
        Extent all;
        for (const glm::vec3& p : t.mesh.positions) {
            all.lo = glm::min(all.lo, p);
            all.hi = glm::max(all.hi, p);
        }
        CHECK(-all.lo.y >= 0.61f);  // floor to top: the range of height-adjustable tables
        CHECK(-all.lo.y <= 0.86f);
        // The cradle sticks out beyond the head end; nothing else does.
        CHECK(all.hi.z > t.headEndZ);
        CHECK(all.lo.z == Approx(t.footEndZ).margin(1e-4));
        CHECK(t.mesh.triangleCount() < 3000);
    }
}

TEST_CASE("The body rests on the table top and its face on the cradle cushion for both bodies", "[scene]") {
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        INFO(bodySizeName(size));
        const MassageTable& t = tableFor(size);
        const SkinSurface& skin = test::generatedBody(size).skin;
        const float halfW = 0.5f * table::kWidthM;
        const FaceCradle& c = t.cradle;
        float lowestOnTop = std::numeric_limits<float>::max();
        float deepestInCushion = std::numeric_limits<float>::max();
        float forehead = deepestInCushion, cheeks = deepestInCushion;
        for (const glm::vec3& p : skin.positions) {
            CHECK(std::abs(p.x) < halfW);  // nothing hangs over the sides
            CHECK(p.z > t.footEndZ);       // nor over the foot end
            if (p.z <= t.headEndZ) {
                lowestOnTop = std::min(lowestOnTop, p.y);
                continue;
            }
            if (p.y < 0.0f) CHECK(p.z > t.headEndZ);  // below the top only beyond its end
            const std::optional<float> top = c.topAbove(p);
            if (!top) continue;
            const float clearance = c.heightOf(p) - *top;
            deepestInCushion = std::min(deepestInCushion, clearance);
            // The forehead over the arc's middle (within 45 degrees of its apex), the cheeks beside it.
            float& part = glm::dot(p - c.centre, c.along) > std::abs(p.x) ? forehead : cheeks;
            part = std::min(part, clearance);
        }
        // The lowest skin lies on the top, sunk at most a few mm.
        CHECK(lowestOnTop > -0.003f);
        CHECK(lowestOnTop < 0.003f);
        // Nothing presses deeper than a few mm into the cushion; forehead and cheeks both rest on it.
        CHECK(deepestInCushion > -0.003f);
        CHECK(forehead < 0.003f);
        CHECK(cheeks < 0.003f);
        // Nose, mouth and chin are in the opening; the cradle sits under the face.
        const Head head = buildSkeleton(bodyProportions(size)).head;
        CHECK_FALSE(c.topAbove(head.noseTip).has_value());
        CHECK_FALSE(c.topAbove(head.menton).has_value());
        CHECK_FALSE(c.topAbove(head.nasion - head.up * 0.07f).has_value());  // the lips
        CHECK(c.centre.x == 0.0f);
        CHECK(std::abs(c.tiltDeg) < table::kMaxTiltDeg);
        CHECK(c.armEnd(0).z > t.headEndZ);
    }
    // The cradle follows the face: the taller man's face lies further toward the head end.
    CHECK(tableFor(BodySize::Male).cradle.centre.z - tableFor(BodySize::Female).cradle.centre.z > 0.01f);
}

TEST_CASE("The contact shade darkens the table under the body and leaves its free corners light", "[scene]") {
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        INFO(bodySizeName(size));
        const TableMesh& m = tableFor(size).mesh;
        const TablePart& top = *m.part("top");
        const Extent e = partExtent(m, top);
        float underPelvis = 1.0f, corners = 0.0f, cornersFound = 0.0f;
        const float cornerX = 0.5f * table::kWidthM - table::kEdgeRadiusM - 1e-3f;
        for (std::size_t k = top.firstIndex; k < top.firstIndex + top.indexCount; ++k) {
            const std::uint32_t v = m.indices[k];
            const glm::vec3& p = m.positions[v];
            if (p.y < -1e-4f) continue;  // the upper face only
            if (std::abs(p.x) < 0.05f && std::abs(p.z) < 0.08f) underPelvis = std::min(underPelvis, m.shade[v]);
            if (std::abs(p.x) > cornerX && (p.z < e.lo.z + 0.03f || p.z > e.hi.z - 0.03f)) {
                corners += m.shade[v];
                cornersFound += 1.0f;
            }
        }
        REQUIRE(cornersFound > 0.0f);
        CHECK(underPelvis < 0.6f);
        CHECK(corners / cornersFound > 0.95f);
        for (float s : m.shade) {
            CHECK(s >= 1.0f - 0.7f - 1e-4f);
            CHECK(s <= 1.0f);
        }
    }
}

TEST_CASE("The massage table is mirrored about x = 0", "[scene]") {
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        INFO(bodySizeName(size));
        const TableMesh& m = tableFor(size).mesh;
        // Vertices by position (0.1 mm) and normal (0.01): pieces share positions at sharp edges.
        using Vertex = std::tuple<long, long, long, long, long, long>;
        auto vertexKey = [](const glm::vec3& p, const glm::vec3& n) {
            return Vertex{std::lround(p.x * 1e4f), std::lround(p.y * 1e4f), std::lround(p.z * 1e4f),
                          std::lround(n.x * 1e2f), std::lround(n.y * 1e2f), std::lround(n.z * 1e2f)};
        };
        std::map<Vertex, std::size_t> at;
        for (std::size_t i = 0; i < m.positions.size(); ++i) at.emplace(vertexKey(m.positions[i], m.normals[i]), i);
        int unmatched = 0, shadeDiffers = 0;
        for (std::size_t i = 0; i < m.positions.size(); ++i) {
            const glm::vec3 p = m.positions[i], n = m.normals[i];
            const auto it = at.find(vertexKey({-p.x, p.y, p.z}, {-n.x, n.y, n.z}));
            if (it == at.end()) {
                ++unmatched;
                continue;
            }
            // The skin it is read from is mirrored to within its 6 mm mesh cells, not exactly.
            if (std::abs(m.shade[it->second] - m.shade[i]) > 0.05f) ++shadeDiffers;
        }
        CHECK(unmatched == 0);
        CHECK(shadeDiffers == 0);
    }
}
