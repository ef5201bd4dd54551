#include "BodyTestScenes.h"
#include "core/body/Body.h"
#include "core/gltf/GlbWriter.h"
#include "core/gltf/GltfValidator.h"
#include "core/pose/ScenePoser.h"

#include <catch2/catch.hpp>

#include <fstream>

using namespace backrub;

namespace {

// The generated body as `backrub model` writes it.
std::vector<std::uint8_t> bodyFile(BodySize size) {
    SceneData scene = test::bodyScene(size);
    unbindNestedMeshes(scene);
    return writeGlb(scene);
}

}  // namespace

// Writes the generated models for tests/tools/run_gltf_validator.sh and for inspection.
TEST_CASE("Generated bodies are written as GLB", "[body][body-export]") {
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        auto glb = bodyFile(size);
        REQUIRE(glb.size() > 1000);
        std::ofstream out(std::string(BACKRUB_TEST_OUTPUT_DIR) + "/body_" + bodySizeName(size) + ".glb", std::ios::binary);
        out.write(reinterpret_cast<const char*>(glb.data()), static_cast<std::streamsize>(glb.size()));
        CHECK(out.good());
    }
}

// A posed body as `backrub model --pose` writes it, for the same validators.
TEST_CASE("A posed generated body is written as GLB", "[body][body-export]") {
    SceneData posed = bakePose(test::bodyScene(BodySize::Female), namedPose(PoseId::SupineKneesToChest));
    const auto glb = writeGlb(posed);
    const GltfValidation v = validateGltfFromMemory(glb, "posed.glb", "");
    INFO(formatProblems(v.errors) << formatProblems(v.warnings));
    CHECK(v.validGltf());
    CHECK(v.warnings.empty());
    std::ofstream out(std::string(BACKRUB_TEST_OUTPUT_DIR) + "/body_female_supine-knees-to-chest.glb", std::ios::binary);
    out.write(reinterpret_cast<const char*>(glb.data()), static_cast<std::streamsize>(glb.size()));
    CHECK(out.good());
}

TEST_CASE("Two generations give identical GLB bytes", "[body]") {
    CHECK(writeGlb(generateBodyScene(BodySize::Female)) == writeGlb(test::bodyScene(BodySize::Female)));
}

TEST_CASE("Generated bodies are valid glTF and usable bodies to the strict validator", "[body][gltf]") {
    const GltfValidation v = validateGltfFromMemory(bodyFile(BodySize::Female), "body.glb", "");
    INFO(formatProblems(v.errors) << formatProblems(v.warnings));
    CHECK(v.validGltf());
    CHECK(v.warnings.empty());
    REQUIRE(v.scene.has_value());
    Problems problems;
    CHECK(Body::fromScene(*v.scene, "body.glb", problems).has_value());
    CHECK(problems.empty());
}
