// glTF skins in Backrub's files: GlbWriter writes JOINTS_0, WEIGHTS_0, skins and
// node.skin; the loader reads them back unchanged and refuses broken skins with a
// problem at the JSON pointer; the validator holds the written files valid.
#include "core/gltf/GlbWriter.h"
#include "core/gltf/GltfLoader.h"
#include "core/gltf/GltfValidator.h"

#include "GltfTestFiles.h"

#include <catch2/catch.hpp>
#include <glm/gtc/matrix_transform.hpp>

#include <cmath>
#include <cstring>
#include <functional>
#include <limits>

using namespace backrub;
using namespace backrub::test;
using nlohmann::json;

namespace {

json glbJson(const Bytes& glb) {
    std::uint32_t length = 0;
    std::memcpy(&length, glb.data() + 12, 4);
    return json::parse(std::string(glb.begin() + 20, glb.begin() + 20 + length));
}

NodeData node(const std::string& name, int parent, const glm::mat4& local = glm::mat4(1.0f)) {
    NodeData n;
    n.name = name;
    n.parent = parent;
    n.local = local;
    return n;
}

// A body in miniature: node 0 "skin" (a root, identity transform) holds a quad skinned
// to "pelvis" and the `extraJoints` + 2 joints under it, each joint's inverse bind
// matrix the inverse of its world transform. Weights are floats that sum to 1 only
// within float rounding (0.1 + 0.2 + 0.7), and a weightless slot names joint 0.
SceneData skinnedScene(int extraJoints = 0) {
    SceneData s;
    Primitive p;
    p.positions = {{-0.2f, 0.9f, 0}, {0.2f, 0.9f, 0}, {0.2f, 1.3f, 0}, {-0.2f, 1.3f, 0}};
    p.normals = {{0, 0, 1}, {0, 0, 1}, {0, 0, 1}, {0, 0, 1}};
    p.indices = {0, 1, 2, 0, 2, 3};
    p.joints = {{0, 1, 2, 0}, {1, 0, 0, 0}, {2, 1, 0, 0}, {std::uint16_t(2 + extraJoints), 0, 1, 0}};
    p.weights = {{0.1f, 0.2f, 0.7f, 0}, {1, 0, 0, 0}, {0.6f, 0.4f, 0, 0}, {0.25f, 0.5f, 0.25f, 0}};
    s.meshes.push_back({"skin", {p}});
    s.nodes.push_back(node("skin", -1));
    s.nodes[0].mesh = 0;
    s.nodes[0].skin = 0;
    s.nodes.push_back(node("pelvis", -1, glm::translate(glm::mat4(1.0f), {0, 0.95f, 0.02f})));
    s.nodes.push_back(node("vertebra_L5", 1, glm::rotate(glm::translate(glm::mat4(1.0f), {0, 0.1f, 0}), 0.1f, {1, 0, 0})));
    for (int k = 0; k <= extraJoints; ++k) s.nodes.push_back(node("femur_L" + std::to_string(k), 1));
    SkinData skin{"body", {}, {}};
    for (int i = 1; i < int(s.nodes.size()); ++i) {
        if (s.nodes[i].parent >= 0) s.nodes[s.nodes[i].parent].children.push_back(i);
        skin.joints.push_back(i);
    }
    s.roots = {0, 1};
    s.updateWorldTransforms();
    for (int j : skin.joints) skin.inverseBind.push_back(glm::inverse(s.nodes[j].world));
    s.skins.push_back(skin);
    return s;
}

SceneData roundTrip(const SceneData& in) {
    GltfLoadResult r = loadGltfFromMemory(writeGlb(in), "skin.glb", "");
    INFO(formatProblems(r.problems));
    REQUIRE(r.ok());
    return *r.scene;
}

template <typename T>
bool sameBits(const std::vector<T>& a, const std::vector<T>& b) {
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(T)) == 0;
}

void checkSameSkins(const SceneData& in, const SceneData& out) {
    REQUIRE(out.meshes.size() == in.meshes.size());
    const Primitive& a = in.meshes[0].primitives[0];
    const Primitive& b = out.meshes[0].primitives[0];
    CHECK(b.joints == a.joints);
    CHECK(sameBits(b.weights, a.weights));
    REQUIRE(out.skins.size() == in.skins.size());
    CHECK(out.skins[0].name == in.skins[0].name);
    CHECK(out.skins[0].joints == in.skins[0].joints);
    CHECK(sameBits(out.skins[0].inverseBind, in.skins[0].inverseBind));
    REQUIRE(out.nodes.size() == in.nodes.size());
    for (std::size_t i = 0; i < in.nodes.size(); ++i) CHECK(out.nodes[i].skin == in.nodes[i].skin);
}

// The triangle of GltfTestFiles.h with POSITION bounds, skinned by addSkin.
GltfTestFile skinnedTriangle() {
    GltfTestFile f = triangleFile();
    f.json["accessors"][0]["min"] = {0, 0, 0};
    f.json["accessors"][0]["max"] = {1, 1, 0};
    addSkin(f);
    return f;
}

struct BadSkin {
    const char* name;
    std::function<void(GltfTestFile&)> edit;
    std::string location;
    std::string phrase;
};

// Adds node 2, a second joint under the root, to skin 0.
void addSecondJoint(GltfTestFile& f) {
    f.json["nodes"].push_back({{"name", "joint2"}});
    f.json["nodes"][0]["children"] = {1, 2};
    f.json["skins"][0]["joints"] = {1, 2};
}

void setWeights(GltfTestFile& f, const std::vector<float>& weights) {
    f.primitive()["attributes"]["WEIGHTS_0"] = f.addData(weights, kFloat, "VEC4", 4);
}

const std::vector<BadSkin>& badSkins() {
    const float nan = std::numeric_limits<float>::quiet_NaN();
    static const std::vector<BadSkin> list = {
        {"joint index outside the skin",
         [](GltfTestFile& f) {
             f.primitive()["attributes"]["JOINTS_0"] =
                 f.addData(std::vector<std::uint8_t>{0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0}, kUnsignedByte, "VEC4", 4);
         },
         "/meshes/0/primitives/0/attributes/JOINTS_0", "vertex 1 names joint 1, but skin 0 has 1 joints"},
        {"weights not summing to 1", [](GltfTestFile& f) { setWeights(f, {1, 0, 0, 0, 0.5f, 0.25f, 0, 0, 1, 0, 0, 0}); },
         "/meshes/0/primitives/0/attributes/WEIGHTS_0", "the weights of vertex 1 sum to 0.75, expected 1"},
        {"a NaN weight", [nan](GltfTestFile& f) { setWeights(f, {1, 0, 0, 0, 1, 0, 0, 0, nan, 0, 0, 0}); },
         "/meshes/0/primitives/0/attributes/WEIGHTS_0", "vertex 2 has a weight that is not a number"},
        {"a negative weight", [](GltfTestFile& f) { setWeights(f, {1, 0, 0, 0, 1.25f, -0.25f, 0, 0, 1, 0, 0, 0}); },
         "/meshes/0/primitives/0/attributes/WEIGHTS_0", "vertex 1 has a negative weight -0.25"},
        {"fewer inverse bind matrices than joints",
         [](GltfTestFile& f) {
             addSecondJoint(f);
             f.json["skins"][0]["inverseBindMatrices"] = addMat4s(f, 1);
         },
         "/skins/0/inverseBindMatrices", "has 1 matrices for 2 joints"},
        {"a NaN inverse bind matrix",
         [nan](GltfTestFile& f) {
             std::vector<float> m(16, 0.0f);
             m[0] = nan;
             m[15] = 1;
             f.json["skins"][0]["inverseBindMatrices"] = f.addData(m, kFloat, "MAT4", 16);
         },
         "/skins/0/inverseBindMatrices", "inverse bind matrix 0 is not finite"},
        {"a joint that is not a node", [](GltfTestFile& f) { f.json["skins"][0]["joints"] = {1, 7}; },
         "/skins/0/joints/1", "node 7 does not exist"},
        {"a skinned mesh without JOINTS_0 and WEIGHTS_0",
         [](GltfTestFile& f) {
             f.primitive()["attributes"].erase("JOINTS_0");
             f.primitive()["attributes"].erase("WEIGHTS_0");
         },
         "/nodes/0/skin", "mesh 0 has no JOINTS_0 and WEIGHTS_0 attributes"},
        {"WEIGHTS_0 without JOINTS_0", [](GltfTestFile& f) { f.primitive()["attributes"].erase("JOINTS_0"); },
         "/meshes/0/primitives/0/attributes/WEIGHTS_0", "WEIGHTS_0 needs a matching JOINTS_0"},
        {"a skin on a node without a mesh", [](GltfTestFile& f) { f.json["nodes"][1]["skin"] = 0; }, "/nodes/1/skin", "a node with a skin needs a mesh"},
    };
    return list;
}

}  // namespace

TEST_CASE("glTF skins: joints, weights, inverse bind matrices and node skins survive writing and loading", "[gltf]") {
    const SceneData in = skinnedScene();
    const SceneData out = roundTrip(in);
    checkSameSkins(in, out);
    const json doc = glbJson(writeGlb(in));
    const json& attributes = doc["meshes"][0]["primitives"][0]["attributes"];
    CHECK(doc["accessors"][attributes["JOINTS_0"].get<int>()]["componentType"] == kUnsignedByte);
    CHECK(doc["accessors"][attributes["WEIGHTS_0"].get<int>()]["componentType"] == kFloat);
    const json& ibm = doc["accessors"][doc["skins"][0]["inverseBindMatrices"].get<int>()];
    CHECK(ibm["type"] == "MAT4");
    CHECK(ibm["count"] == 3);
    // Not a vertex attribute: no target, no stride (glTF 2.0, "Buffers and Buffer Views").
    const json& view = doc["bufferViews"][ibm["bufferView"].get<int>()];
    CHECK_FALSE(view.contains("target"));
    CHECK_FALSE(view.contains("byteStride"));
    CHECK(view["byteOffset"].get<std::size_t>() % 4 == 0);
    CHECK(doc["nodes"][0]["skin"] == 0);
    CHECK_FALSE(doc["nodes"][0].contains("translation"));
}

TEST_CASE("glTF skins: more than 256 joints are written as UNSIGNED_SHORT and read back", "[gltf]") {
    const SceneData in = skinnedScene(300);
    const SceneData out = roundTrip(in);
    checkSameSkins(in, out);
    CHECK(out.meshes[0].primitives[0].joints[3].x == 302);
    const json doc = glbJson(writeGlb(in));
    const int joints = doc["meshes"][0]["primitives"][0]["attributes"]["JOINTS_0"].get<int>();
    CHECK(doc["accessors"][joints]["componentType"] == kUnsignedShort);
}

TEST_CASE("glTF skins: a written skinned file is valid glTF without warnings", "[gltf]") {
    const GltfValidation v = validateGltfFromMemory(writeGlb(skinnedScene()), "skin.glb", "");
    INFO(formatProblems(v.errors) << formatProblems(v.warnings));
    CHECK(v.validGltf());
    CHECK(v.warnings.empty());
}

TEST_CASE("glTF skins: the writer normalizes weights, merges a joint named twice and writes weightless joints as 0",
          "[gltf]") {
    SceneData in = skinnedScene();
    Primitive& p = in.meshes[0].primitives[0];
    p.weights[0] = {2, 2, 0, 0};
    p.joints[3] = {1, 2, 1, 0};
    p.weights[1] = {0, 0, 0, 0};
    p.weights[2] = {-1, 0.5f, std::numeric_limits<float>::quiet_NaN(), 0};
    p.joints[2] = {2, 1, 2, 1};
    const SceneData out = roundTrip(in);
    const Primitive& q = out.meshes[0].primitives[0];
    CHECK(q.weights[0] == glm::vec4(0.5f, 0.5f, 0, 0));
    CHECK(q.weights[1] == glm::vec4(1, 0, 0, 0));
    CHECK(q.joints[1] == glm::u16vec4(1, 0, 0, 0));
    CHECK(q.weights[2] == glm::vec4(0, 1, 0, 0));
    CHECK(q.joints[2] == glm::u16vec4(0, 1, 0, 0));
    CHECK(q.joints[3] == glm::u16vec4(1, 2, 0, 0));
    CHECK(q.weights[3] == glm::vec4(0.5f, 0.5f, 0, 0));
    CHECK(validateGltfFromMemory(writeGlb(in), "skin.glb", "").validGltf());
}

TEST_CASE("glTF skins: normalized byte and short weights load as fractions, short joints as indices", "[gltf]") {
    for (const int type : {int(kUnsignedByte), int(kUnsignedShort)}) {
        GltfTestFile f = skinnedTriangle();
        const bool bytes = type == kUnsignedByte;
        addSecondJoint(f);
        f.primitive()["attributes"]["JOINTS_0"] =
            f.addData(std::vector<std::uint16_t>{0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0}, kUnsignedShort, "VEC4", 4);
        f.primitive()["attributes"]["WEIGHTS_0"] =
            bytes ? f.addData(std::vector<std::uint8_t>{255, 0, 0, 0, 0, 255, 0, 0, 51, 204, 0, 0}, type, "VEC4", 4, true)
                  : f.addData(std::vector<std::uint16_t>{65535, 0, 0, 0, 0, 65535, 0, 0, 13107, 52428, 0, 0}, type,
                              "VEC4", 4, true);
        GltfLoadResult r = loadGltfFromMemory(f.glb(), "skin.glb", "");
        INFO(formatProblems(r.problems));
        REQUIRE(r.ok());
        const Primitive& p = r.scene->meshes[0].primitives[0];
        REQUIRE(p.weights.size() == 3);
        CHECK(p.weights[0] == glm::vec4(1, 0, 0, 0));
        CHECK(p.weights[1] == glm::vec4(0, 1, 0, 0));
        CHECK(std::abs(p.weights[2].x - 0.2f) < 1e-6f);
        CHECK(std::abs(p.weights[2].y - 0.8f) < 1e-6f);
        CHECK(p.joints == std::vector<glm::u16vec4>{{0, 0, 0, 0}, {0, 1, 0, 0}, {0, 1, 0, 0}});
    }
}

TEST_CASE("glTF skins: a skin without inverse bind matrices gets identities", "[gltf]") {
    GltfLoadResult r = loadGltfFromMemory(skinnedTriangle().glb(), "skin.glb", "");
    INFO(formatProblems(r.problems));
    REQUIRE(r.ok());
    REQUIRE(r.scene->skins.size() == 1);
    CHECK(r.scene->skins[0].joints == std::vector<int>{1});
    CHECK(r.scene->skins[0].inverseBind == std::vector<glm::mat4>{glm::mat4(1.0f)});
    CHECK(r.scene->nodes[0].skin == 0);
    CHECK(r.scene->nodes[1].skin == -1);
}

TEST_CASE("glTF skins: joints of a mesh no skinned node shows are not read", "[gltf]") {
    GltfTestFile f = skinnedTriangle();
    f.json["nodes"][0].erase("skin");
    GltfLoadResult r = loadGltfFromMemory(f.glb(), "skin.glb", "");
    INFO(formatProblems(r.problems));
    REQUIRE(r.ok());
    CHECK(r.scene->meshes[0].primitives[0].joints.empty());
    CHECK(r.scene->meshes[0].primitives[0].weights.empty());
}

TEST_CASE("glTF skins: the loader refuses a broken skin at its JSON pointer", "[gltf]") {
    for (const BadSkin& bad : badSkins()) {
        GltfTestFile f = skinnedTriangle();
        bad.edit(f);
        const GltfLoadResult r = loadGltfFromMemory(f.glb(), "skin.glb", "");
        INFO("case: " << bad.name << "\n" << formatProblems(r.problems));
        CHECK_FALSE(r.ok());
        CHECK_FALSE(r.scene.has_value());
        CHECK(hasProblem(r.problems, bad.location, bad.phrase));
        for (const Problem& p : r.problems) CHECK(p.file == "skin.glb");
    }
}

TEST_CASE("glTF skins: the validator warns of a skinned node's transform and parent", "[gltf]") {
    SceneData in = skinnedScene();
    in.nodes[0].local = glm::translate(glm::mat4(1.0f), {0, 0, 1});
    in.nodes[0].parent = 1;
    in.nodes[1].children.push_back(0);
    in.roots = {1};
    const GltfValidation v = validateGltfFromMemory(writeGlb(in), "skin.glb", "");
    INFO(formatProblems(v.errors) << formatProblems(v.warnings));
    CHECK(v.validGltf());
    CHECK(hasProblem(v.warnings, "/nodes/0/translation", "viewers ignore a skinned node's own transform"));
    CHECK(hasProblem(v.warnings, "/nodes/0", "the skinned node has a parent"));
}

// For the Khronos glTF Validator (tests/tools/validate_gltf.js): a skinned file as
// GlbWriter writes it, in BACKRUB_TEST_OUTPUT_DIR.
TEST_CASE("glTF skins: a skinned sample file is written", "[.][skin-export]") {
    const std::filesystem::path dir(BACKRUB_TEST_OUTPUT_DIR);
    std::filesystem::create_directories(dir);
    writeFile(dir / "skinned_small.glb", writeGlb(skinnedScene()));
    writeFile(dir / "skinned_300_joints.glb", writeGlb(skinnedScene(300)));
    SceneData messy = skinnedScene();
    messy.meshes[0].primitives[0].weights = {{2, 2, 0, 0}, {0, 0, 0, 0}, {-1, 0.5f, 0, 0}, {0.3f, 0.3f, 0.3f, 0}};
    messy.meshes[0].primitives[0].joints[3] = {1, 2, 1, 0};
    writeFile(dir / "skinned_renormalized.glb", writeGlb(messy));
    CHECK(std::filesystem::file_size(dir / "skinned_small.glb") > 0);
}
