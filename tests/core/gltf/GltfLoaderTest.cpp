// Valid glTF/GLB inputs load into the expected SceneData.
#include "core/gltf/GltfLoader.h"

#include "GltfTestFiles.h"

#include <catch2/catch.hpp>
#include <glm/gtc/matrix_transform.hpp>

#include <cmath>

using namespace backrub;
using namespace backrub::test;

namespace {

SceneData loadOk(const Bytes& bytes, const std::string& name = "model.glb", const std::string& baseDir = "") {
    GltfLoadResult r = loadGltfFromMemory(bytes, name, baseDir);
    INFO(formatProblems(r.problems));
    REQUIRE(r.ok());
    return *r.scene;
}

void checkTriangle(const SceneData& s) {
    REQUIRE(s.meshes.size() == 1);
    REQUIRE(s.meshes[0].primitives.size() == 1);
    const Primitive& p = s.meshes[0].primitives[0];
    REQUIRE(p.positions.size() == 3);
    CHECK(p.positions[1] == glm::vec3(1, 0, 0));
    CHECK(p.indices == std::vector<std::uint32_t>{0, 1, 2});
    REQUIRE(p.normals.size() == 3);
    for (const glm::vec3& n : p.normals) CHECK(glm::length(n - glm::vec3(0, 0, 1)) < 1e-6f);
    CHECK(p.material == 0);
    CHECK(s.roots == std::vector<int>{0});
    CHECK(s.nodes[0].name == "root");
    CHECK(s.triangleCount() == 1);
}

bool near(const glm::vec3& a, const glm::vec3& b) { return glm::length(a - b) < 1e-5f; }

}  // namespace

TEST_CASE("glTF: a GLB triangle loads with computed normals facing its front side", "[gltf]") {
    checkTriangle(loadOk(triangleFile().glb()));
}

TEST_CASE("glTF: a .gltf with a data: URI buffer loads", "[gltf]") {
    checkTriangle(loadOk(triangleFile().gltfDataUri(), "model.gltf"));
}

TEST_CASE("glTF: a .gltf with an external .bin next to it loads from disk", "[gltf]") {
    TempFolder dir("gltf-external");
    writeFile(dir.path / "model.gltf", triangleFile().gltfExternal(dir.path, "model data.bin"));
    GltfLoadResult r = loadGltfFile((dir.path / "model.gltf").string());
    INFO(formatProblems(r.problems));
    REQUIRE(r.ok());
    checkTriangle(*r.scene);
}

TEST_CASE("glTF: a percent-encoded URI names a file in the model's folder", "[gltf]") {
    TempFolder dir("gltf-percent");
    GltfTestFile f = triangleFile();
    f.json["buffers"][0]["uri"] = "model%20data.bin";
    checkTriangle(loadOk(f.gltfExternal(dir.path, "model data.bin"), "model.gltf", dir.path.string()));
}

TEST_CASE("glTF: a GLB that refers to an external .bin loads when a folder is given", "[gltf]") {
    TempFolder dir("gltf-glb-external");
    GltfTestFile f = triangleFile();
    writeFile(dir.path / "tri.bin", f.bin);
    f.json["buffers"][0]["uri"] = "tri.bin";
    checkTriangle(loadOk(packGlb(f.json.dump(), {}), "model.glb", dir.path.string()));
}

TEST_CASE("glTF: a non-indexed primitive gets indices 0..n-1", "[gltf]") {
    GltfTestFile f = triangleFile();
    f.primitive().erase("indices");
    const SceneData s = loadOk(f.glb());
    CHECK(s.meshes[0].primitives[0].indices == std::vector<std::uint32_t>{0, 1, 2});
}

TEST_CASE("glTF: triangle strips and fans become triangle lists", "[gltf]") {
    GltfTestFile f = triangleFile();
    const std::vector<float> quad = {0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 0};
    const int pos = f.addData(quad, kFloat, "VEC3", 3);
    f.primitive()["attributes"]["POSITION"] = pos;
    f.primitive().erase("indices");
    SECTION("strip") {
        f.primitive()["mode"] = 5;
        const SceneData s = loadOk(f.glb());
        CHECK(s.meshes[0].primitives[0].indices == std::vector<std::uint32_t>{0, 1, 2, 1, 3, 2});
        for (const glm::vec3& n : s.meshes[0].primitives[0].normals) CHECK(near(n, {0, 0, 1}));
    }
    SECTION("fan") {
        f.primitive()["mode"] = 6;
        const SceneData s = loadOk(f.glb());
        CHECK(s.meshes[0].primitives[0].indices == std::vector<std::uint32_t>{1, 2, 0, 2, 3, 0});
    }
}

TEST_CASE("glTF: points and lines primitives are skipped without error", "[gltf]") {
    GltfTestFile f = triangleFile();
    nlohmann::json points = f.primitive();
    points["mode"] = 0;
    points.erase("indices");
    nlohmann::json lines = points;
    lines["mode"] = 1;
    f.json["meshes"][0]["primitives"].push_back(points);
    f.json["meshes"][0]["primitives"].push_back(lines);
    const SceneData s = loadOk(f.glb());
    CHECK(s.meshes[0].primitives.size() == 1);
}

TEST_CASE("glTF: TRS and matrix nodes give the right world transforms", "[gltf]") {
    GltfTestFile f = triangleFile();
    const double s = std::sqrt(0.5);
    // parent: translate (1,2,3), rotate 90 degrees about +Z, scale 2; child: matrix translating (1,0,0).
    f.json["nodes"] = {{{"name", "parent"},
                        {"translation", {1, 2, 3}},
                        {"rotation", {0, 0, s, s}},
                        {"scale", {2, 2, 2}},
                        {"children", {1}}},
                       {{"name", "child"},
                        {"mesh", 0},
                        {"matrix", {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 1, 0, 0, 1}}}};
    const SceneData scene = loadOk(f.glb());
    REQUIRE(scene.nodes.size() == 2);
    CHECK(scene.nodes[1].parent == 0);
    CHECK(scene.nodes[0].children == std::vector<int>{1});
    CHECK(scene.findNode("child") == 1);
    const glm::vec3 childOrigin = glm::vec3(scene.nodes[1].world * glm::vec4(0, 0, 0, 1));
    CHECK(near(childOrigin, {1, 4, 3}));  // (1,2,3) + Rz(90) * 2 * (1,0,0)
    const glm::vec3 xAxis = glm::vec3(scene.nodes[1].world * glm::vec4(1, 0, 0, 0));
    CHECK(near(xAxis, {0, 2, 0}));
    glm::vec3 lo, hi;
    REQUIRE(scene.worldBounds(lo, hi));
    CHECK(near(lo, {-1, 4, 3}));
    CHECK(near(hi, {1, 6, 3}));
}

TEST_CASE("glTF: node names and extras, scene extras and materials are kept", "[gltf]") {
    GltfTestFile f = triangleFile();
    f.json["nodes"][0]["extras"] = {{"layer", "skin"}, {"order", 2}};
    f.json["scenes"][0]["extras"] = {{"units", "m"}};
    f.json["materials"][0]["pbrMetallicRoughness"]["metallicFactor"] = 0.25;
    f.json["materials"][0]["pbrMetallicRoughness"]["roughnessFactor"] = 0.5;
    f.json["materials"][0]["doubleSided"] = true;
    f.json["materials"][0]["alphaMode"] = "BLEND";
    const SceneData s = loadOk(f.gltfDataUri(), "model.gltf");
    CHECK(s.nodes[0].extrasJson == R"({"layer":"skin","order":2})");
    CHECK(s.extrasJson == R"({"units":"m"})");
    REQUIRE(s.materials.size() == 1);
    const MaterialData& m = s.materials[0];
    CHECK(m.name == "skin");
    CHECK(near(glm::vec3(m.baseColor), {0.9f, 0.7f, 0.6f}));
    CHECK(m.metallic == Approx(0.25f));
    CHECK(m.roughness == Approx(0.5f));
    CHECK(m.doubleSided);
    CHECK(m.blend);
}

TEST_CASE("glTF: custom _REGION attributes widen to float from any component type", "[gltf]") {
    GltfTestFile f = triangleFile();
    const std::vector<std::uint8_t> u8 = {4, 5, 6, 0};  // padded to 4 bytes; the accessor reads 3
    const std::vector<std::uint16_t> u16 = {300, 7, 19};
    const std::vector<float> f32 = {1.5f, 2.5f, 3.5f};
    const int v8 = f.addView(u8.data(), u8.size());
    const int a8 = f.addAccessor(v8, kUnsignedByte, "SCALAR", 3);
    f.primitive()["attributes"]["_REGION"] = a8;
    f.primitive()["attributes"]["_REGION_OVERLAY"] = f.addData(u16, kUnsignedShort, "SCALAR", 1);
    f.primitive()["attributes"]["_WEIGHT"] = f.addData(f32, kFloat, "SCALAR", 1);
    const std::vector<std::uint8_t> unorm = {255, 0, 51, 0};
    const int vn = f.addView(unorm.data(), unorm.size());
    f.primitive()["attributes"]["_UNORM"] = f.addAccessor(vn, kUnsignedByte, "SCALAR", 3, true);
    const std::vector<std::int8_t> snorm = {-128, 127, 0, 0};
    const int vs = f.addView(snorm.data(), snorm.size());
    f.primitive()["attributes"]["_SNORM"] = f.addAccessor(vs, kByte, "SCALAR", 3, true);
    const SceneData s = loadOk(f.glb());
    const auto& custom = s.meshes[0].primitives[0].custom;
    REQUIRE(custom.count("_REGION") == 1);
    CHECK(custom.at("_REGION").components == 1);
    CHECK(custom.at("_REGION").values == std::vector<float>{4, 5, 6});
    CHECK(custom.at("_REGION_OVERLAY").values == std::vector<float>{300, 7, 19});
    CHECK(custom.at("_WEIGHT").values == std::vector<float>{1.5f, 2.5f, 3.5f});
    CHECK(custom.at("_UNORM").values == std::vector<float>{1.0f, 0.0f, 0.2f});
    CHECK(custom.at("_SNORM").values == std::vector<float>{-1.0f, 1.0f, 0.0f});
}

TEST_CASE("glTF: normals from the file are used as they are", "[gltf]") {
    GltfTestFile f = triangleFile();
    const std::vector<float> normals = {0, 0, -1, 0, 0, -1, 0, 0, -1};
    f.primitive()["attributes"]["NORMAL"] = f.addData(normals, kFloat, "VEC3", 3);
    const SceneData s = loadOk(f.glb());
    for (const glm::vec3& n : s.meshes[0].primitives[0].normals) CHECK(n == glm::vec3(0, 0, -1));
}

TEST_CASE("glTF: interleaved attributes with a byteStride decode", "[gltf]") {
    GltfTestFile f = triangleFile();
    // position xyz + normal xyz per vertex, 24-byte stride
    const std::vector<float> interleaved = {0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 1};
    const int view = f.addView(interleaved.data(), interleaved.size() * sizeof(float), 24);
    f.primitive()["attributes"]["POSITION"] = f.addAccessor(view, kFloat, "VEC3", 3);
    const int normal = f.addAccessor(view, kFloat, "VEC3", 3);
    f.json["accessors"][normal]["byteOffset"] = 12;
    f.primitive()["attributes"]["NORMAL"] = normal;
    const SceneData s = loadOk(f.glb());
    const Primitive& p = s.meshes[0].primitives[0];
    CHECK(p.positions[2] == glm::vec3(0, 1, 0));
    CHECK(p.normals[2] == glm::vec3(0, 0, 1));
}

TEST_CASE("glTF: a PNG texture within the pixel cap is accepted without decoding", "[gltf]") {
    GltfTestFile f = triangleFile();
    addImage(f, pngHeader(64, 32));
    f.json["materials"][0]["pbrMetallicRoughness"]["baseColorTexture"] = {{"index", 0}};
    loadOk(f.glb());
}

TEST_CASE("glTF: loadGltfFile explains a missing file and a directory", "[gltf]") {
    TempFolder dir("gltf-missing");
    const std::string missing = (dir.path / "nope.glb").string();
    GltfLoadResult r = loadGltfFile(missing);
    CHECK_FALSE(r.scene);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].str() == missing + ": file: file not found");

    r = loadGltfFile(dir.path.string());
    CHECK_FALSE(r.scene);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].location == "file");
    CHECK(r.problems[0].message == "is a directory, expected a glTF or GLB file");
}

TEST_CASE("glTF: JPEG, data: URI and external images are checked by their headers", "[gltf]") {
    TempFolder dir("gltf-images");
    GltfTestFile f = triangleFile();
    SECTION("JPEG in a bufferView") {
        addImage(f, jpegHeader(640, 480), "image/jpeg");
        loadOk(f.glb());
    }
    SECTION("JPEG over the pixel cap") {
        addImage(f, jpegHeader(60000, 60000), "image/jpeg");
        const GltfLoadResult r = loadGltfFromMemory(f.glb(), "big.glb", "");
        CHECK_FALSE(r.scene);
        REQUIRE_FALSE(r.problems.empty());
        CHECK(r.problems[0].str() == "big.glb: /images/0: image 0 is 60000x60000 pixels, more than the limit of 16777216");
    }
    SECTION("PNG as a data: URI") {
        f.json["images"] = {{{"uri", "data:image/png;base64," + base64(pngHeader(8, 8))}}};
        loadOk(f.glb());
    }
    SECTION("PNG file next to the model") {
        writeFile(dir.path / "skin.png", pngHeader(16, 16));
        f.json["images"] = {{{"uri", "skin.png"}}};
        loadOk(f.glb(), "model.glb", dir.path.string());
    }
    SECTION("a text file named .png next to the model") {
        writeFile(dir.path / "skin.png", textBytes("not an image at all"));
        f.json["images"] = {{{"uri", "skin.png"}}};
        const GltfLoadResult r = loadGltfFromMemory(f.glb(), "model.glb", dir.path.string());
        CHECK_FALSE(r.scene);
        REQUIRE_FALSE(r.problems.empty());
        CHECK(r.problems[0].location == "/images/0");
        CHECK(r.problems[0].message.find("not a PNG or JPEG") != std::string::npos);
    }
}

TEST_CASE("glTF: an external .bin longer than byteLength is read up to byteLength", "[gltf]") {
    TempFolder dir("gltf-long-bin");
    GltfTestFile f = triangleFile();
    Bytes padded = f.bin;
    padded.resize(padded.size() + 100, 0xAB);
    writeFile(dir.path / "tri.bin", padded);
    f.json["buffers"][0]["uri"] = "tri.bin";
    checkTriangle(loadOk(textBytes(f.json.dump()), "model.gltf", dir.path.string()));
}
