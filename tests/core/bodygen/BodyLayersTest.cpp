#include "BodyTestScenes.h"
#include "core/bodygen/BodyProportions.h"
#include "core/bodygen/Skeleton.h"
#include "core/bodygen/SkinField.h"

#include <catch2/catch.hpp>

#include <map>
#include <sstream>

using namespace backrub;

namespace {

// Vertices of every mesh below the root node `layer`, in model space, keyed by node name.
std::map<std::string, std::vector<glm::vec3>> layerVertices(const SceneData& s, const std::string& layer) {
    std::map<std::string, std::vector<glm::vec3>> out;
    std::vector<int> stack = {s.findNode(layer)};
    while (!stack.empty()) {
        const NodeData& n = s.nodes[stack.back()];
        stack.pop_back();
        for (int c : n.children) stack.push_back(c);
        if (n.mesh < 0) continue;
        for (const Primitive& prim : s.meshes[n.mesh].primitives)
            for (const glm::vec3& p : prim.positions) out[n.name].push_back(glm::vec3(n.world * glm::vec4(p, 1.0f)));
    }
    return out;
}

}  // namespace

TEST_CASE("Bones and muscles lie inside the skin", "[body]") {
    // The skin mesh follows the zero set of the skin field to well under a millimetre, so the
    // field's sign tells inside from outside; a bone or muscle vertex must lie at least 2 mm
    // under the skin, or it shows through in the renders.
    const float margin = 0.002f;
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        INFO(bodySizeName(size));
        const BodyProportions p = bodyProportions(size);
        const Skeleton sk = buildSkeleton(p);
        const SkinField field(sk, p);
        for (const char* layer : {"skeleton", "muscles"}) {
            std::size_t total = 0, outside = 0;
            std::ostringstream worst;
            for (const auto& [name, vertices] : layerVertices(test::bodyScene(size), layer)) {
                std::size_t out = 0;
                float deepest = -1.0f;
                glm::vec3 where(0.0f);
                for (const glm::vec3& v : vertices) {
                    float f = field(v);
                    if (f > -margin) ++out;
                    if (f > deepest) where = v;
                    deepest = std::max(deepest, f);
                }
                total += vertices.size();
                outside += out;
                if (out > 0) worst << name << ": " << out << " of " << vertices.size() << " (up to " << (deepest + margin) * 1000.0f << " mm out at " << where.x << ", " << where.y << ", " << where.z << "); ";
            }
            INFO(layer << " outside: " << worst.str());
            CHECK(total > 1000);
            CHECK(outside == 0);
        }
    }
}
