// A generated body rigged the way docs/model-format.md ("Skinning") describes: the
// skin mesh on the root node "skin", skinned to the skeleton's nodes. Until the body
// generator rigs the body itself, this stands in for it: GlbWriter's output for such a
// body must stay valid glTF (ours and, through tests/tools/validate_gltf.js, Khronos')
// and a usable body, and read back unchanged.
#include "core/body/Body.h"
#include "core/gltf/GlbWriter.h"
#include "core/gltf/GltfLoader.h"
#include "core/gltf/GltfValidator.h"

#include "BodyTestScenes.h"
#include "GltfTestFiles.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace backrub;
using namespace backrub::test;

namespace {

// Every node below "skeleton" (parents before children).
std::vector<int> skeletonJoints(const SceneData& s) {
    std::vector<int> joints, open = {s.findNode("skeleton")};
    while (!open.empty()) {
        const int n = open.back();
        open.pop_back();
        for (int child : s.nodes[std::size_t(n)].children) {
            joints.push_back(child);
            open.push_back(child);
        }
    }
    return joints;
}

// The body with each skin vertex weighted to its two nearest joints (inverse distance).
SceneData riggedBody(BodySize size) {
    SceneData s = bodyScene(size);
    s.updateWorldTransforms();
    SkinData skin{"body", skeletonJoints(s), {}};
    std::vector<glm::vec3> at;
    for (int j : skin.joints) {
        skin.inverseBind.push_back(glm::inverse(s.nodes[std::size_t(j)].world));
        at.push_back(glm::vec3(s.nodes[std::size_t(j)].world[3]));
    }
    NodeData& skinNode = s.nodes[std::size_t(s.findNode("skin"))];
    skinNode.skin = 0;
    for (Primitive& p : s.meshes[std::size_t(skinNode.mesh)].primitives)
        for (const glm::vec3& v : p.positions) {
            std::uint16_t best[2] = {0, 1};
            float dist[2] = {1e30f, 1e30f};
            for (std::size_t j = 0; j < at.size(); ++j) {
                const float d = glm::distance(v, at[j]);
                if (d < dist[0]) {
                    best[1] = best[0], dist[1] = dist[0];
                    best[0] = std::uint16_t(j), dist[0] = d;
                } else if (d < dist[1]) {
                    best[1] = std::uint16_t(j), dist[1] = d;
                }
            }
            const float w0 = dist[1] / (dist[0] + dist[1]);
            p.joints.push_back({best[0], best[1], 0, 0});
            p.weights.push_back({w0, 1.0f - w0, 0, 0});
        }
    s.skins.push_back(skin);
    return s;
}

}  // namespace

TEST_CASE("glTF skins: a rigged generated body is valid glTF, a usable body, and reads back unchanged", "[gltf][body]") {
    const SceneData rigged = riggedBody(BodySize::Female);
    const Bytes glb = writeGlb(rigged);
    const GltfValidation v = validateGltfFromMemory(glb, "body.glb", "");
    INFO(formatProblems(v.errors) << formatProblems(v.warnings));
    CHECK(v.validGltf());
    CHECK(v.warnings.empty());
    // What the viewer opens: the loader's scene, as a body.
    const GltfLoadResult loaded = loadGltfFromMemory(glb, "body.glb", "");
    REQUIRE(loaded.ok());
    Problems bodyProblems;
    const bool usable = Body::fromScene(*loaded.scene, "body.glb", bodyProblems).has_value();
    INFO(formatProblems(bodyProblems));
    CHECK(usable);
    const int skin = rigged.findNode("skin");
    const Primitive& in = rigged.meshes[std::size_t(rigged.nodes[std::size_t(skin)].mesh)].primitives[0];
    const Primitive& out = loaded.scene->meshes[std::size_t(loaded.scene->nodes[std::size_t(skin)].mesh)].primitives[0];
    CHECK(out.joints == in.joints);
    CHECK(out.weights == in.weights);
    CHECK(loaded.scene->skins[0].joints == rigged.skins[0].joints);
    CHECK(loaded.scene->skins[0].inverseBind == rigged.skins[0].inverseBind);
}

// For the Khronos glTF Validator (tests/tools/validate_gltf.js).
TEST_CASE("glTF skins: a rigged generated body is written", "[.][skin-export]") {
    const std::filesystem::path dir(BACKRUB_TEST_OUTPUT_DIR);
    std::filesystem::create_directories(dir);
    writeFile(dir / "body_female_rigged.glb", writeGlb(riggedBody(BodySize::Female)));
    CHECK(std::filesystem::exists(dir / "body_female_rigged.glb"));
}
