#include "BodyTestScenes.h"
#include "core/body/Body.h"
#include "core/gltf/GlbWriter.h"
#include "core/gltf/GltfLoader.h"

#include <catch2/catch.hpp>

using namespace backrub;

TEST_CASE("Generated body survives GLB write, load and Body::fromScene", "[body]") {
    const SceneData& generated = test::bodyScene(BodySize::Male);
    auto loaded = loadGltfFromMemory(writeGlb(generated), "body_male.glb", "");
    INFO(formatProblems(loaded.problems));
    REQUIRE(loaded.ok());
    Problems problems;
    auto fromFile = Body::fromScene(*loaded.scene, "body_male.glb", problems);
    auto direct = Body::fromScene(generated, "generated", problems);
    INFO(formatProblems(problems));
    REQUIRE(fromFile.has_value());
    REQUIRE(direct.has_value());
    REQUIRE(fromFile->skin.positions.size() == direct->skin.positions.size());
    CHECK(fromFile->skin.indices == direct->skin.indices);
    CHECK(fromFile->skin.baseRegion == direct->skin.baseRegion);
    CHECK(fromFile->skin.overlayRegion == direct->skin.overlayRegion);
    for (std::size_t i = 0; i < direct->skin.positions.size(); i += 97)
        CHECK(glm::length(fromFile->skin.positions[i] - direct->skin.positions[i]) < 1e-6f);
    REQUIRE(fromFile->landmarks.size() == direct->landmarks.size());
    for (const Landmark& l : direct->landmarks) {
        const Landmark* other = fromFile->landmark(l.name);
        REQUIRE(other != nullptr);
        CHECK(glm::length(other->position - l.position) < 1e-5f);
    }
}

TEST_CASE("Body::fromScene names what is missing", "[body]") {
    SceneData empty;
    Problems problems;
    CHECK_FALSE(Body::fromScene(empty, "empty.glb", problems).has_value());
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].str() == "empty.glb: /nodes: no node named \"skin\": the skin mesh must be on or under a node \"skin\"");
    CHECK(problems[1].message.find("\"landmarks\"") != std::string::npos);

    SceneData noRegions = test::bodyScene(BodySize::Female);
    noRegions.meshes[noRegions.nodes[noRegions.findNode("skin")].mesh].primitives[0].custom.erase("_REGION");
    noRegions.nodes[noRegions.findNode("PSIS_L")].name = "psis_left";
    problems.clear();
    CHECK_FALSE(Body::fromScene(noRegions, "user.glb", problems).has_value());
    REQUIRE_FALSE(problems.empty());
    CHECK(problems[0].message.find("_REGION") != std::string::npos);
    CHECK(problems.back().message.find("missing landmark nodes under \"landmarks\": PSIS_L") != std::string::npos);
}
