// The front of the rib cage on both generated bodies (docs/sources.md, "Sternum and costal
// cartilages"): the sternum on the midline in front of the thoracic bodies, as long as CT
// series measure it, inside the skin; the cartilages of ribs 1-7 reach its edge, ribs 11-12
// float free; the sternum and cartilages together stay under 2,000 triangles.
#include "GeneratedBody.h"

#include "core/bodygen/BodyProportions.h"
#include "core/bodygen/Skeleton.h"
#include "core/bodygen/SkeletonMeshes.h"
#include "core/bodygen/SkinField.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

using namespace backrub;
using namespace backrub::test;

namespace {

constexpr float kMm = 1000.0f;

struct PublishedSternum {
    float manubriumAndBodyMm, sdMm;  // PMID 29345718 (MDCT): F 133.1, M 154.1 +- 13.1
    float totalMm;                   // with the xiphoid (CT, orthogonal planes): F 162.8, M 191.8
};

PublishedSternum published(BodySize size) {
    return size == BodySize::Female ? PublishedSternum{133.1f, 13.1f, 162.8f} : PublishedSternum{154.1f, 13.1f, 191.8f};
}

std::string ribNode(int side, int n) { return "rib" + std::string(sideSuffix(side)) + std::to_string(n); }

std::size_t triangleCount(const MeshBuilder& m) { return m.build(0).indices.size() / 3; }

}  // namespace

TEST_CASE("The sternum lies on the midline in front of the thoracic bodies, as long as measured", "[body]") {
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        INFO(bodySizeName(size));
        const Skeleton sk = buildSkeleton(bodyProportions(size));
        const std::vector<glm::vec3>& tris = cachedNodeTriangles(size, "sternum");
        REQUIRE(tris.size() > 30);

        glm::vec3 centre(0.0f);
        for (const glm::vec3& q : tris) centre += q;
        centre /= static_cast<float>(tris.size());
        INFO("centre x " << centre.x * kMm << " mm");
        CHECK(std::abs(centre.x) < 0.005f);

        // In front of the body of the thoracic vertebra nearest in height, every vertex.
        float closest = std::numeric_limits<float>::max();
        for (const glm::vec3& q : tris) {
            const Vertebra* nearest = nullptr;
            for (int n = 1; n <= kThoracicCount; ++n) {
                const Vertebra& v = sk.vertebrae[static_cast<std::size_t>(thoracicIndex(n))];
                if (!nearest || std::abs(v.center.z - q.z) < std::abs(nearest->center.z - q.z)) nearest = &v;
            }
            closest = std::min(closest, nearest->center.y - nearest->bodyHalfDepth - q.y);
        }
        INFO("nearest approach to a thoracic body's front " << closest * kMm << " mm");
        CHECK(closest > 0.01f);

        // Length: the mesh's extent along its long axis, the jugular notch to the xiphoid's tip.
        const glm::vec3 axis = glm::normalize(sk.sternum.xiphoidTip - sk.sternum.jugularNotch);
        float lo = std::numeric_limits<float>::max(), hi = -lo;
        for (const glm::vec3& q : tris) {
            lo = std::min(lo, glm::dot(q, axis));
            hi = std::max(hi, glm::dot(q, axis));
        }
        const PublishedSternum pub = published(size);
        const float totalMm = (hi - lo) * kMm;
        const float withoutXiphoidMm = glm::length(sk.sternum.xiphisternalJunction - sk.sternum.jugularNotch) * kMm;
        INFO("length " << totalMm << " mm with the xiphoid (published " << pub.totalMm << "), " << withoutXiphoidMm
                       << " mm without (published " << pub.manubriumAndBodyMm << " +- " << pub.sdMm << ")");
        CHECK(std::abs(withoutXiphoidMm - pub.manubriumAndBodyMm) < pub.sdMm);
        CHECK(std::abs(totalMm - pub.totalMm) < 0.1f * pub.totalMm);  // no SD published: within 10 %

        // At least 2 mm under the skin (the chest's front rests on the table).
        const SkinField field(sk, bodyProportions(size));
        float shallowest = -std::numeric_limits<float>::max();
        for (const glm::vec3& q : tris) shallowest = std::max(shallowest, field(q));
        INFO("shallowest vertex " << -shallowest * kMm << " mm under the skin");
        CHECK(shallowest < -0.002f);
    }
}

TEST_CASE("Costal cartilages join ribs 1-7 to the sternum's edge; 11-12 float free", "[body]") {
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        INFO(bodySizeName(size));
        const Skeleton sk = buildSkeleton(bodyProportions(size));
        const std::vector<glm::vec3>& sternum = cachedNodeTriangles(size, "sternum");
        std::size_t cartilageTriangles = 0;
        for (const Rib& r : sk.ribs) {
            INFO(ribNode(r.side, r.number));
            Rib bare = r;
            bare.cartilage.clear();
            cartilageTriangles += triangleCount(ribMesh(r)) - triangleCount(ribMesh(bare));
            if (r.number <= 7) {
                REQUIRE(r.cartilage.size() >= 2);
                // Outward from the cartilage's end, the sternum's edge comes within 3 mm.
                const glm::vec3 end = r.cartilage.back(), out(sideSign(r.side), 0.0f, 0.0f);
                float edge = std::numeric_limits<float>::max();
                for (float t : lineCrossings(sternum, end, out))
                    if (t >= 0.0f) edge = std::min(edge, t);
                INFO("edge " << edge * kMm << " mm out from the cartilage's end");
                CHECK(edge < 0.003f);
            } else if (r.number >= 11) {
                CHECK(r.cartilage.empty());
                float nearest = std::numeric_limits<float>::max();
                for (const glm::vec3& q : cachedNodeTriangles(size, ribNode(r.side, r.number)))
                    for (const glm::vec3& s : sternum) nearest = std::min(nearest, glm::distance(q, s));
                INFO("nearest to the sternum " << nearest * kMm << " mm");
                CHECK(nearest > 0.05f);
            } else {
                // Ribs 8-10 end on the cartilage above.
                const Rib& above = sk.ribs[static_cast<std::size_t>(r.side * kThoracicCount + r.number - 2)];
                REQUIRE(r.cartilage.size() >= 2);
                float nearest = std::numeric_limits<float>::max();
                for (const glm::vec3& q : above.cartilage) nearest = std::min(nearest, glm::distance(q, r.cartilage.back()));
                const glm::vec3 a = above.cartilage.front(), b = above.cartilage.back(), e = r.cartilage.back();
                const float along = glm::clamp(glm::dot(e - a, b - a) / glm::dot(b - a, b - a), 0.0f, 1.0f);
                INFO("off the cartilage above " << glm::distance(a + (b - a) * along, e) * kMm << " mm");
                CHECK(glm::distance(a + (b - a) * along, e) < 0.003f);
            }
        }
        const std::size_t total = cartilageTriangles + triangleCount(sternumMesh(sk.sternum));
        INFO("sternum and cartilages " << total << " triangles");
        CHECK(total < 2000);
    }
}
