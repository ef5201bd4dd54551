#include "core/gltf/GlbWriter.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstring>

using namespace backrub;

namespace {

nlohmann::json glbJson(const std::vector<std::uint8_t>& glb) {
    std::uint32_t len = 0;
    std::memcpy(&len, glb.data() + 12, 4);
    return nlohmann::json::parse(std::string(glb.begin() + 20, glb.begin() + 20 + len));
}

SceneData oneTriangle() {
    SceneData s;
    Primitive p;
    p.positions = {{0, 0, 0}, {1, 0, 0}, {0, 1, 0}};
    p.normals = {{0, 0, 2}, {0, 0, 1}, {0, 0, 1}};
    p.indices = {0, 1, 2};
    p.custom["_REGION"] = {1, {3, 4, 5}};
    p.custom["_WEIGHT"] = {1, {0.5f, 1.0f, 2.0f}};
    s.meshes.push_back({"tri", {p}});
    NodeData n;
    n.name = "skin";
    n.mesh = 0;
    n.local[3] = glm::vec4(1, 2, 3, 1);
    s.nodes.push_back(n);
    s.roots = {0};
    s.extrasJson = R"({"regions":[]})";
    return s;
}

}  // namespace

TEST_CASE("GLB writer: header, chunks and alignment", "[body]") {
    auto glb = writeGlb(oneTriangle());
    REQUIRE(glb.size() >= 28);
    std::uint32_t header[3];
    std::memcpy(header, glb.data(), 12);
    CHECK(header[0] == 0x46546C67u);
    CHECK(header[1] == 2u);
    CHECK(header[2] == glb.size());
    CHECK(glb.size() % 4 == 0);
    auto j = glbJson(glb);
    CHECK(j["asset"]["version"] == "2.0");
    CHECK(j["nodes"][0]["translation"] == nlohmann::json::array({1.0, 2.0, 3.0}));
    CHECK(j["scenes"][0]["extras"]["regions"].is_array());
    auto attrs = j["meshes"][0]["primitives"][0]["attributes"];
    // Whole-number ids become bytes with a 4-byte stride; other values stay float.
    auto region = j["accessors"][attrs["_REGION"].get<int>()];
    CHECK(region["componentType"] == 5121);
    CHECK(j["bufferViews"][region["bufferView"].get<int>()]["byteStride"] == 4);
    CHECK(j["accessors"][attrs["_WEIGHT"].get<int>()]["componentType"] == 5126);
    auto pos = j["accessors"][attrs["POSITION"].get<int>()];
    CHECK(pos["min"] == nlohmann::json::array({0.0, 0.0, 0.0}));
    CHECK(pos["max"] == nlohmann::json::array({1.0, 1.0, 0.0}));
    for (const auto& v : j["bufferViews"]) CHECK(v["byteOffset"].get<std::size_t>() % 4 == 0);
}

TEST_CASE("GLB writer is deterministic", "[body]") { CHECK(writeGlb(oneTriangle()) == writeGlb(oneTriangle())); }
