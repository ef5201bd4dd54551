// The generated body rigged as docs/model-format.md ("Skinning") describes and as
// `backrub model` writes it: the skin mesh on the root node "skin", skinned to the
// skeleton's nodes. GlbWriter's output for it stays valid glTF (ours and, through
// tests/tools/validate_gltf.js, Khronos') and a usable body, and reads back unchanged.
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

// The body as `backrub model` writes it.
SceneData riggedBody(BodySize size) {
    SceneData s = bodyScene(size);
    unbindNestedMeshes(s);
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
