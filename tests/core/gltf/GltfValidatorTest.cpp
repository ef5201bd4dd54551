// The strict validator (core/gltf/GltfValidator.h): one small malformed file per
// glTF 2.0 rule, each reported at its JSON pointer with a plain message. The same
// files are written for tests/tools/compare_with_khronos.js, which fails if the
// Khronos glTF Validator reports errors for a file we call valid.
#include "core/gltf/GltfValidator.h"

#include "GltfTestFiles.h"

#include <catch2/catch.hpp>

#include <cctype>
#include <functional>
#include <limits>
#include <random>

using namespace backrub;
using namespace backrub::test;
using nlohmann::json;

namespace {

struct Rule {
    const char* name;  // also the sample's file name
    std::function<void(GltfTestFile&)> edit;
    std::string location;
    std::string phrase;
    bool byteOrderMark = false;
};

// The triangle with what the specification asks of it that the loader does not
// need: POSITION min and max.
GltfTestFile validTriangle() {
    GltfTestFile f = triangleFile();
    f.json["accessors"][0]["min"] = {0, 0, 0};
    f.json["accessors"][0]["max"] = {1, 1, 0};
    return f;
}

Bytes packed(const GltfTestFile& f, bool byteOrderMark = false) {
    return packGlb((byteOrderMark ? "\xEF\xBB\xBF" : "") + f.json.dump(), f.bin);
}

// Animation 0 with one sampler over `times` (min and max declared unless `bounds` is
// false) and `values`, and one channel to node 0's `path`.
void addAnimation(GltfTestFile& f, std::vector<float> times, std::vector<float> values, const char* type = "VEC3",
                  const char* path = "translation", bool bounds = true) {
    const int input = f.addData(times, kFloat, "SCALAR", 1);
    if (bounds) {
        f.json["accessors"][input]["min"] = {*std::min_element(times.begin(), times.end())};
        f.json["accessors"][input]["max"] = {*std::max_element(times.begin(), times.end())};
    }
    const int components = std::string(type) == "VEC4" ? 4 : std::string(type) == "VEC3" ? 3 : 1;
    const int output = f.addData(values, kFloat, type, components);
    const json sampler = {{"input", input}, {"output", output}};
    const json channel = {{"sampler", 0}, {"target", {{"node", 0}, {"path", path}}}};
    f.json["animations"] = {{{"samplers", {sampler}}, {"channels", {channel}}}};
}

void addMorphTarget(GltfTestFile& f) {
    f.primitive()["targets"] = {{{"POSITION", 0}}};
}

json matrix(std::vector<double> m) { return json(m); }

const std::vector<Rule>& rules() {
    static const std::vector<Rule> list = {
        // Empty arrays and attribute maps
        {"empty-scene-nodes", [](GltfTestFile& f) { f.json["scenes"][0]["nodes"] = json::array(); }, "/scenes/0/nodes",
         "nodes is an empty array"},
        {"empty-animations", [](GltfTestFile& f) { f.json["animations"] = json::array(); }, "/animations",
         "animations is an empty array"},
        {"empty-children", [](GltfTestFile& f) { f.json["nodes"][0]["children"] = json::array(); }, "/nodes/0/children",
         "children is an empty array"},
        {"empty-morph-target", [](GltfTestFile& f) { f.primitive()["targets"] = {json::object()}; },
         "/meshes/0/primitives/0/targets/0", "no attributes"},
        // Accessor bounds
        {"position-without-bounds", [](GltfTestFile& f) { f.json["accessors"][0].erase("min"); },
         "/meshes/0/primitives/0/attributes/POSITION", "POSITION accessor 0 must declare min and max"},
        {"position-max-mismatch", [](GltfTestFile& f) { f.json["accessors"][0]["max"][0] = 2; }, "/accessors/0/max/0",
         "max[0] is 2 but the greatest value of that component is 1"},
        {"position-min-mismatch", [](GltfTestFile& f) { f.json["accessors"][0]["min"][1] = 0.5; }, "/accessors/0/min/1",
         "min[1] is 0.5 but the least value of that component is 0"},
        {"indices-min-mismatch", [](GltfTestFile& f) { f.json["accessors"][1]["min"] = {1}; f.json["accessors"][1]["max"] = {2}; },
         "/accessors/1/min/0", "min[0] is 1 but the least value of that component is 0"},
        // Elements out of their declared bounds
        {"points-index-out-of-range", [](GltfTestFile& f) { f.primitive()["mode"] = 0; f.bin[f.viewOffset(1) + 2] = 7; },
         "/meshes/0/primitives/0/indices", "index 7 at position 1 is not less than the vertex count 3"},
        {"primitive-restart-index",
         [](GltfTestFile& f) { f.primitive()["mode"] = 0; f.bin[f.viewOffset(1) + 4] = 0xFF; f.bin[f.viewOffset(1) + 5] = 0xFF; },
         "/meshes/0/primitives/0/indices", "index 65535 at position 2 is the primitive restart value"},
        {"triangle-index-out-of-range", [](GltfTestFile& f) { f.bin[f.viewOffset(1) + 2] = 7; },
         "/meshes/0/primitives/0/indices", "index 7 at position 1 is not less than the vertex count 3"},
        {"accessor-past-its-view", [](GltfTestFile& f) { f.json["accessors"][0]["count"] = 4; }, "/accessors/0/count",
         "accessor 0 needs 48 bytes at offset 0 but bufferView 0 has 36"},
        {"view-past-its-buffer", [](GltfTestFile& f) { f.json["bufferViews"][1]["byteOffset"] = 40; },
         "/bufferViews/1/byteLength", "bufferView 1 needs 6 bytes at offset 40 but buffer 0 has 42"},
        {"indices-view-with-stride",
         [](GltfTestFile& f) {
             f.primitive()["mode"] = 0;
             f.json["accessors"][1]["count"] = 1;
             f.json["bufferViews"][1]["byteStride"] = 4;
         },
         "/meshes/0/primitives/0/indices", "indices are in bufferView 1, which has a byteStride"},
        {"index-view-target-with-stride",
         [](GltfTestFile& f) {
             f.primitive()["mode"] = 0;
             f.json["accessors"][1]["count"] = 1;
             f.json["bufferViews"][1]["byteStride"] = 4;
             f.json["bufferViews"][1]["target"] = 34963;
         },
         "/bufferViews/1/byteStride", "a bufferView for indices (target ELEMENT_ARRAY_BUFFER) has no byteStride"},
        {"interleaved-view-without-stride",
         [](GltfTestFile& f) {
             f.json["accessors"].push_back({{"bufferView", 0}, {"componentType", kFloat}, {"type", "VEC3"}, {"count", 3}});
             f.primitive()["attributes"]["NORMAL"] = 2;
         },
         "/meshes/0/primitives/0/attributes/NORMAL", "bufferView 0 holds 2 vertex attribute accessors but has no byteStride"},
        {"one-view-for-indices-and-vertices", [](GltfTestFile& f) { f.json["accessors"][1]["bufferView"] = 0; },
         "/meshes/0/primitives/0/indices", "bufferView 0 holds indices here and vertex attributes at"},
        {"vertices-in-an-index-view", [](GltfTestFile& f) { f.json["bufferViews"][0]["target"] = 34963; },
         "/meshes/0/primitives/0/attributes/POSITION", "bufferView 0, whose target 34963 is for indices"},
        // Normals and tangents
        {"normal-not-unit",
         [](GltfTestFile& f) { f.primitive()["attributes"]["NORMAL"] = f.addData(std::vector<float>{0, 0, 1.1f, 0, 0, 1, 0, 0, 1}, kFloat, "VEC3", 3); },
         "/meshes/0/primitives/0/attributes/NORMAL", "vector 0 has length 1.10000002, expected 1 (unit)"},
        {"tangent-without-handedness",
         [](GltfTestFile& f) {
             f.primitive()["attributes"]["NORMAL"] = f.addData(std::vector<float>{0, 0, 1, 0, 0, 1, 0, 0, 1}, kFloat, "VEC3", 3);
             f.primitive()["attributes"]["TANGENT"] =
                 f.addData(std::vector<float>{1, 0, 0, 0.5f, 1, 0, 0, 1, 1, 0, 0, 1}, kFloat, "VEC4", 4);
         },
         "/meshes/0/primitives/0/attributes/TANGENT", "tangent 0 has w 0.5, expected 1 or -1"},
        // Vertex attributes and float data
        {"attribute-unsigned-int", [](GltfTestFile& f) { f.primitive()["attributes"]["_X"] = f.addData(std::vector<std::uint32_t>{1, 2, 3}, kUnsignedInt, "SCALAR", 1); },
         "/meshes/0/primitives/0/attributes/_X", "vertex attributes cannot use UNSIGNED_INT components"},
        {"attribute-not-4-byte-aligned", [](GltfTestFile& f) { f.primitive()["attributes"]["_X"] = f.addData(std::vector<std::uint8_t>{1, 2, 3}, kUnsignedByte, "SCALAR", 1); },
         "/meshes/0/primitives/0/attributes/_X", "must start on 4-byte boundaries; accessor 2 starts at byte 44 of its buffer with a stride of 1"},
        {"texcoord-sets-with-a-gap", [](GltfTestFile& f) { f.primitive()["attributes"]["TEXCOORD_1"] = f.addData(std::vector<float>{0, 0, 1, 0, 0, 1}, kFloat, "VEC2", 2); },
         "/meshes/0/primitives/0/attributes", "TEXCOORD_n attributes must be numbered from 0 without gaps"},
        {"color-outside-0-1", [](GltfTestFile& f) { f.primitive()["attributes"]["COLOR_0"] = f.addData(std::vector<float>{1.5f, 0, 0, 0, 0, 0, 0, 0, 0}, kFloat, "VEC3", 3); },
         "/meshes/0/primitives/0/attributes/COLOR_0", "color component 1.5 of vertex 0 is outside 0 to 1"},
        {"nan-in-an-unused-accessor",
         [](GltfTestFile& f) { f.addData(std::vector<float>{std::numeric_limits<float>::quiet_NaN()}, kFloat, "SCALAR", 1); },
         "/accessors/2", "component 0 is NaN"},
        {"keyframes-with-a-stride",
         [](GltfTestFile& f) { addAnimation(f, {0, 1}, {0, 0, 0, 1, 1, 1}); f.json["bufferViews"][2]["byteStride"] = 4; },
         "/animations/0/samplers/0/input", "keyframe times are in bufferView 2, which has a byteStride"},
        {"cubic-spline-with-one-keyframe",
         [](GltfTestFile& f) { addAnimation(f, {0}, {0, 0, 0, 1, 1, 1, 0, 0, 0}); f.json["animations"][0]["samplers"][0]["interpolation"] = "CUBICSPLINE"; },
         "/animations/0/samplers/0/input", "a CUBICSPLINE sampler needs at least 2 keyframes"},
        // Materials, textures and samplers
        {"png-cut-short",
         [](GltfTestFile& f) { addImage(f, pngHeader(4, 4)); f.json["textures"][0]["sampler"] = 0; f.json["samplers"] = {json::object()}; },
         "/images/0", "the PNG stream ends inside"},
        {"occlusion-strength-out-of-range",
         [](GltfTestFile& f) { addImage(f, pngHeader(4, 4)); f.json["materials"][0]["occlusionTexture"] = {{"index", 0}, {"strength", 2}}; },
         "/materials/0/occlusionTexture/strength", "strength must be a finite number from 0 to 1"},
        {"texture-without-texcoord",
         [](GltfTestFile& f) { addImage(f, pngHeader(4, 4)); f.json["materials"][0]["pbrMetallicRoughness"]["baseColorTexture"] = {{"index", 0}}; },
         "/meshes/0/primitives/0/material",
         "material 0 reads TEXCOORD_0 at /materials/0/pbrMetallicRoughness/baseColorTexture but the primitive has no TEXCOORD_0"},
        {"sampler-bad-filter", [](GltfTestFile& f) { f.json["samplers"] = {{{"magFilter", 9984}}}; }, "/samplers/0/magFilter",
         "magFilter is 9984, expected 9728 or 9729"},
        {"sampler-wrap-not-a-number", [](GltfTestFile& f) { f.json["samplers"] = {{{"wrapS", "REPEAT"}}}; }, "/samplers/0/wrapS",
         "wrapS is \"REPEAT\", expected 33071, 33648 or 10497"},
        // Skins
        {"skin-joint-twice",
         [](GltfTestFile& f) {
             addSkin(f);
             f.json["nodes"].push_back({{"name", "joint2"}});
             f.json["nodes"][0]["children"] = {1, 2};
             f.json["skins"][0]["joints"] = {1, 1};
         },
         "/skins/0/joints/1", "node 1 is listed twice as a joint"},
        {"skin-weights-not-normalized", [](GltfTestFile& f) { addSkin(f, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, {0.5f, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0}); },
         "/meshes/0/primitives/0/attributes/WEIGHTS_0", "the weights of vertex 0 sum to 0.5, expected 1"},
        {"skin-joint-index-out-of-range", [](GltfTestFile& f) { addSkin(f, {0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0}); },
         "/meshes/0/primitives/0/attributes/JOINTS_0", "vertex 1 names joint 3, but skin 0 has 1 joints"},
        {"skin-negative-weight", [](GltfTestFile& f) { addSkin(f, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, {1.5f, -0.5f, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0}); },
         "/meshes/0/primitives/0/attributes/WEIGHTS_0", "vertex 0 has a negative weight -0.5"},
        {"skin-nan-weight", [](GltfTestFile& f) { addSkin(f, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, {1, 0, 0, 0, std::numeric_limits<float>::quiet_NaN(), 0, 0, 0, 1, 0, 0, 0}); },
         "/meshes/0/primitives/0/attributes/WEIGHTS_0", "vertex 1 has a weight that is not a number (NaN)"},
        {"skin-joint-twice-for-a-vertex",
         [](GltfTestFile& f) { addSkin(f, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, {0.5f, 0.5f, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0}); },
         "/meshes/0/primitives/0/attributes/JOINTS_0", "vertex 0 names joint 0 twice with a non-zero weight"},
        {"skin-inverse-bind-matrix-not-affine",
         [](GltfTestFile& f) {
             addSkin(f);
             const int ibm = addMat4s(f, 1);
             f.json["skins"][0]["inverseBindMatrices"] = ibm;
             const float projective = 0.5f;
             std::memcpy(&f.bin[f.viewOffset(f.json["accessors"][ibm]["bufferView"].get<int>()) + 3 * 4], &projective, 4);
         },
         "/skins/0/inverseBindMatrices", "inverse bind matrix 0 is not affine"},
        {"skin-joints-without-common-root",
         [](GltfTestFile& f) {
             addSkin(f);
             f.json["nodes"].push_back({{"name", "joint2"}});
             f.json["scenes"][0]["nodes"].push_back(2);
             f.json["skins"][0]["joints"] = {1, 2};
         },
         "/skins/0/joints", "joint nodes 1 and 2 are in different node trees"},
        {"skin-skeleton-not-above-joints",
         [](GltfTestFile& f) {
             addSkin(f);
             f.json["nodes"].push_back({{"name", "elsewhere"}});
             f.json["scenes"][0]["nodes"].push_back(2);
             f.json["skins"][0]["skeleton"] = 2;
         },
         "/skins/0/skeleton", "skeleton node 2 is not above joint node 1"},
        {"skin-joints-not-in-the-scene",
         [](GltfTestFile& f) { addSkin(f); f.json["nodes"][0].erase("children"); },
         "/nodes/0", "scene 0 shows this skinned node but not its joint node 1"},
        {"skin-inverse-bind-matrices-not-mat4", [](GltfTestFile& f) { addSkin(f); f.json["skins"][0]["inverseBindMatrices"] = 0; },
         "/skins/0/inverseBindMatrices", "inverse bind matrices must be MAT4 of FLOAT, accessor 0 is VEC3"},
        {"skin-too-few-inverse-bind-matrices",
         [](GltfTestFile& f) {
             addSkin(f);
             f.json["nodes"].push_back({{"name", "joint2"}});
             f.json["nodes"][0]["children"] = {1, 2};
             f.json["skins"][0]["joints"] = {1, 2};
             f.json["skins"][0]["inverseBindMatrices"] = addMat4s(f, 1);
         },
         "/skins/0/inverseBindMatrices", "has 1 matrices for 2 joints"},
        {"skin-without-joint-attributes",
         [](GltfTestFile& f) {
             f.json["nodes"].push_back({{"name", "joint"}});
             f.json["nodes"][0]["children"] = {1};
             f.json["nodes"][0]["skin"] = 0;
             f.json["skins"] = {{{"joints", {1}}}};
         },
         "/nodes/0/skin", "mesh 0 has no JOINTS_0 and WEIGHTS_0 attributes"},
        {"skin-on-a-node-without-mesh",
         [](GltfTestFile& f) { addSkin(f); f.json["nodes"].push_back({{"skin", 0}}); f.json["nodes"][0]["children"] = {1, 2}; },
         "/nodes/2/skin", "a node with a skin needs a mesh"},
        {"weights-as-vec3",
         [](GltfTestFile& f) { addSkin(f); f.primitive()["attributes"]["WEIGHTS_0"] = f.addData(std::vector<float>(9, 1.0f / 3), kFloat, "VEC3", 3); },
         "/meshes/0/primitives/0/attributes/WEIGHTS_0", "WEIGHTS_0 must be VEC4"},
        // Morph targets
        {"morph-target-unknown-attribute", [](GltfTestFile& f) { f.primitive()["targets"] = {{{"FOO", 0}}}; },
         "/meshes/0/primitives/0/targets/0/FOO", "attribute FOO cannot be a morph target"},
        {"morph-target-without-base-attribute", [](GltfTestFile& f) { f.primitive()["targets"] = {{{"NORMAL", 0}}}; },
         "/meshes/0/primitives/0/targets/0/NORMAL", "the primitive has no NORMAL attribute"},
        {"morph-target-count-differs",
         [](GltfTestFile& f) {
             f.json["accessors"].push_back({{"bufferView", 0}, {"componentType", kFloat}, {"type", "VEC3"}, {"count", 2},
                                            {"min", {0, 0, 0}}, {"max", {1, 0, 0}}});
             f.primitive()["targets"] = {{{"POSITION", 2}}};
         },
         "/meshes/0/primitives/0/targets/0/POSITION", "POSITION target has 2 elements but the primitive has 3 vertices"},
        {"morph-weights-count", [](GltfTestFile& f) { addMorphTarget(f); f.json["meshes"][0]["weights"] = {0, 0}; },
         "/meshes/0/weights", "weights has 2 values for 1 morph targets"},
        {"node-weights-without-morph-targets", [](GltfTestFile& f) { f.json["nodes"][0]["weights"] = {1}; },
         "/nodes/0/weights", "weights has 1 values for 0 morph targets"},
        {"morph-target-counts-differ-between-primitives",
         [](GltfTestFile& f) {
             addMorphTarget(f);
             json second = f.primitive();
             second.erase("targets");
             f.json["meshes"][0]["primitives"].push_back(second);
         },
         "/meshes/0/primitives/1", "primitive has 0 morph targets but primitive 0 has 1"},
        // Animations
        {"image-mime-type-mismatch", [](GltfTestFile& f) { addImage(f, pngHeader(4, 4), "image/jpeg"); },
         "/images/0/mimeType", "mimeType is \"image/jpeg\" but the bytes are image/png"},
        // One accessor, one use
        {"accessor-animation-times-and-values",
         [](GltfTestFile& f) {
             addMorphTarget(f);
             f.json["nodes"][0]["weights"] = {0};
             addAnimation(f, {0, 1, 2}, {0, 0, 0}, "SCALAR", "weights");
             f.json["animations"][0]["samplers"][0]["output"] = f.json["animations"][0]["samplers"][0]["input"];
         },
         "/animations/0/samplers/0/output", "is read as animation keyframe values here and as animation keyframe times"},
        {"accessor-vertex-attribute-and-animation-values",
         [](GltfTestFile& f) {
             addAnimation(f, {0, 1, 2}, {0, 0, 0, 1, 1, 1, 2, 2, 2});
             f.json["animations"][0]["samplers"][0]["output"] = 0;  // the triangle's POSITION
         },
         "/animations/0/samplers/0/output", "is read as animation keyframe values here and as a vertex attribute"},
        {"view-vertex-attributes-and-animation-values",
         [](GltfTestFile& f) {
             addAnimation(f, {0, 1, 2}, {0, 0, 0, 1, 1, 1, 2, 2, 2});
             const int output = f.json["animations"][0]["samplers"][0]["output"].get<int>();
             f.json["accessors"][output]["bufferView"] = 0;  // beside the triangle's POSITION
         },
         "/animations/0/samplers/0/output", "bufferView 0 holds animation or skin data here and vertex attributes"},
        {"animation-times-decreasing", [](GltfTestFile& f) { addAnimation(f, {1, 0}, {0, 0, 0, 1, 1, 1}); },
         "/animations/0/samplers/0/input", "keyframe time 0 at index 1 is not greater than the one before (1)"},
        {"animation-negative-time", [](GltfTestFile& f) { addAnimation(f, {-1, 0}, {0, 0, 0, 1, 1, 1}); },
         "/animations/0/samplers/0/input", "keyframe time -1 at index 0 is negative"},
        {"animation-times-without-bounds", [](GltfTestFile& f) { addAnimation(f, {0, 1}, {0, 0, 0, 1, 1, 1}, "VEC3", "translation", false); },
         "/animations/0/samplers/0/input", "must declare min and max"},
        {"animation-bad-interpolation",
         [](GltfTestFile& f) { addAnimation(f, {0, 1}, {0, 0, 0, 1, 1, 1}); f.json["animations"][0]["samplers"][0]["interpolation"] = "CUBIC"; },
         "/animations/0/samplers/0/interpolation", "interpolation \"CUBIC\" is not LINEAR, STEP or CUBICSPLINE"},
        {"animation-bad-path", [](GltfTestFile& f) { addAnimation(f, {0, 1}, {0, 0, 0, 1, 1, 1}, "VEC3", "color"); },
         "/animations/0/channels/0/target/path", "path \"color\" is not translation, rotation, scale or weights"},
        {"animation-output-count", [](GltfTestFile& f) { addAnimation(f, {0, 1}, {0, 0, 0, 1, 1, 1, 2, 2, 2}); },
         "/animations/0/channels/0/sampler", "has 3 elements, expected 2 for 2 keyframes"},
        {"animation-cubic-output-count",
         [](GltfTestFile& f) { addAnimation(f, {0, 1}, {0, 0, 0, 1, 1, 1}); f.json["animations"][0]["samplers"][0]["interpolation"] = "CUBICSPLINE"; },
         "/animations/0/channels/0/sampler", "has 2 elements, expected 6 for 2 keyframes"},
        {"animation-output-format", [](GltfTestFile& f) { addAnimation(f, {0, 1}, {0, 0, 0, 1, 1, 1, 1, 1}, "VEC4"); },
         "/animations/0/channels/0/sampler", "not a format for translation"},
        {"animation-rotation-not-unit", [](GltfTestFile& f) { addAnimation(f, {0, 1}, {0, 0, 0, 2, 0, 0, 0, 1}, "VEC4", "rotation"); },
         "/animations/0/channels/0/sampler", "rotation output 0 has length 2, expected 1"},
        {"animation-duplicate-target",
         [](GltfTestFile& f) {
             addAnimation(f, {0, 1}, {0, 0, 0, 1, 1, 1});
             f.json["animations"][0]["channels"].push_back(f.json["animations"][0]["channels"][0]);
         },
         "/animations/0/channels/1/target", "another channel of this animation already targets translation of node 0"},
        {"animation-of-a-matrix-node",
         [](GltfTestFile& f) { addAnimation(f, {0, 1}, {0, 0, 0, 1, 1, 1}); f.json["nodes"][0]["matrix"] = matrix({1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1}); },
         "/animations/0/channels/0/target", "node 0 has a matrix; its translation cannot be animated"},
        {"animation-weights-without-morph-targets", [](GltfTestFile& f) { addAnimation(f, {0, 1}, {0, 1}, "SCALAR", "weights"); },
         "/animations/0/channels/0/target", "has no mesh with morph targets"},
        // Cameras
        {"camera-yfov-zero", [](GltfTestFile& f) { f.json["cameras"] = {{{"type", "perspective"}, {"perspective", {{"yfov", 0}, {"znear", 0.1}}}}}; },
         "/cameras/0/perspective/yfov", "yfov is 0, expected more than 0"},
        {"camera-znear-zero", [](GltfTestFile& f) { f.json["cameras"] = {{{"type", "perspective"}, {"perspective", {{"yfov", 1}, {"znear", 0}}}}}; },
         "/cameras/0/perspective/znear", "znear is 0, expected more than 0"},
        {"camera-zfar-before-znear",
         [](GltfTestFile& f) { f.json["cameras"] = {{{"type", "perspective"}, {"perspective", {{"yfov", 1}, {"znear", 1}, {"zfar", 0.5}}}}}; },
         "/cameras/0/perspective/zfar", "zfar 0.5 is not greater than znear 1"},
        {"camera-perspective-empty", [](GltfTestFile& f) { f.json["cameras"] = {{{"type", "perspective"}, {"perspective", json::object()}}}; },
         "/cameras/0/perspective/yfov", "yfov is required"},
        {"camera-orthographic-xmag-zero",
         [](GltfTestFile& f) {
             f.json["cameras"] = {{{"type", "orthographic"}, {"orthographic", {{"xmag", 0}, {"ymag", 1}, {"znear", 0}, {"zfar", 1}}}}};
         },
         "/cameras/0/orthographic/xmag", "xmag is 0; it must not be zero"},
        {"camera-orthographic-zfar-before-znear",
         [](GltfTestFile& f) {
             f.json["cameras"] = {{{"type", "orthographic"}, {"orthographic", {{"xmag", 1}, {"ymag", 1}, {"znear", 1}, {"zfar", 0.5}}}}};
         },
         "/cameras/0/orthographic/zfar", "zfar 0.5 is not greater than znear 1"},
        {"camera-both-projections",
         [](GltfTestFile& f) {
             f.json["cameras"] = {{{"type", "perspective"}, {"perspective", {{"yfov", 1}, {"znear", 0.1}}},
                                   {"orthographic", {{"xmag", 1}, {"ymag", 1}, {"znear", 0}, {"zfar", 1}}}}};
         },
         "/cameras/0/orthographic", "a perspective camera has no orthographic object"},
        // Node transforms
        {"rotation-not-unit", [](GltfTestFile& f) { f.json["nodes"][0]["rotation"] = {0, 0, 0, 0.5}; }, "/nodes/0/rotation",
         "rotation quaternion has length 0.5, expected 1"},
        {"matrix-with-shear", [](GltfTestFile& f) { f.json["nodes"][0]["matrix"] = matrix({1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1}); },
         "/nodes/0/matrix", "axes 0 and 1 are not orthogonal"},
        {"matrix-with-projection", [](GltfTestFile& f) { f.json["nodes"][0]["matrix"] = matrix({1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0, 0, 0, 1}); },
         "/nodes/0/matrix", "its last row is not (0, 0, 0, 1)"},
        {"matrix-with-zero-scale", [](GltfTestFile& f) { f.json["nodes"][0]["matrix"] = matrix({0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1}); },
         "/nodes/0/matrix", "axis 0 has zero length"},
        {"matrix-and-trs",
         [](GltfTestFile& f) { f.json["nodes"][0]["matrix"] = matrix({1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1}); f.json["nodes"][0]["scale"] = {1, 1, 1}; },
         "/nodes/0/matrix", "either matrix or translation/rotation/scale, not both"},
        // The JSON text and extensions
        {"byte-order-mark", nullptr, "JSON", "byte order mark", true},
        {"name-not-a-string", [](GltfTestFile& f) { f.json["nodes"][0]["name"] = 7; }, "/nodes/0/name", "name must be a string"},
        {"extension-not-an-object",
         [](GltfTestFile& f) {
             f.json["extensionsUsed"] = {"KHR_materials_unlit"};
             f.json["materials"][0]["extensions"] = {{"KHR_materials_unlit", 1}};
         },
         "/materials/0/extensions/KHR_materials_unlit", "extension \"KHR_materials_unlit\" must be an object"},
        {"undeclared-extension", [](GltfTestFile& f) { f.json["nodes"][0]["extensions"] = {{"KHR_foo", json::object()}}; },
         "/nodes/0/extensions/KHR_foo", "extension \"KHR_foo\" is used here but not declared in extensionsUsed"},
        {"extension-used-twice",
         [](GltfTestFile& f) {
             f.json["extensionsUsed"] = {"KHR_materials_unlit", "KHR_materials_unlit"};
             f.json["materials"][0]["extensions"] = {{"KHR_materials_unlit", json::object()}};
         },
         "/extensionsUsed/1", "extension \"KHR_materials_unlit\" is listed twice"},
        {"empty-extensions-used", [](GltfTestFile& f) { f.json["extensionsUsed"] = json::array(); }, "/extensionsUsed",
         "extensionsUsed is an empty array"},
        {"required-extension",
         [](GltfTestFile& f) {
             f.json["extensionsUsed"] = {"KHR_draco_mesh_compression"};
             f.json["extensionsRequired"] = {"KHR_draco_mesh_compression"};
         },
         "/extensionsRequired/0", "required by the file but not supported"},
    };
    return list;
}

}  // namespace

TEST_CASE("glTF validator: a triangle with POSITION bounds is valid glTF with nothing ignored", "[gltf]") {
    const GltfValidation v = validateGltfFromMemory(packed(validTriangle()), "tri.glb", "");
    INFO(formatProblems(v.errors) << formatProblems(v.warnings));
    CHECK(v.validGltf());
    CHECK(v.warnings.empty());
    CHECK(v.scene.has_value());
}

TEST_CASE("glTF validator: each broken rule is reported at its JSON pointer", "[gltf]") {
    CHECK(rules().size() >= 50);
    for (const Rule& rule : rules()) {
        GltfTestFile f = validTriangle();
        if (rule.edit) rule.edit(f);
        const GltfValidation v = validateGltfFromMemory(packed(f, rule.byteOrderMark), "case.glb", "");
        INFO("rule: " << rule.name << "\n" << formatProblems(v.errors));
        CHECK_FALSE(v.validGltf());
        CHECK(hasProblem(v.errors, rule.location, rule.phrase));
    }
}

TEST_CASE("glTF validator: strict problems do not stop the loader's reading", "[gltf]") {
    GltfTestFile f = validTriangle();
    f.json["accessors"][0]["max"][0] = 2;
    const Bytes bytes = packed(f);
    const GltfValidation v = validateGltfFromMemory(bytes, "case.glb", "");
    CHECK_FALSE(v.validGltf());
    CHECK(v.scene.has_value());
    CHECK(loadGltfFromMemory(bytes, "case.glb", "").ok());
}

TEST_CASE("glTF validator: ignored parts are valid and reported as warnings", "[gltf]") {
    GltfTestFile f = validTriangle();
    addAnimation(f, {0, 1}, {0, 0, 0, 1, 1, 1});
    f.json["cameras"] = {{{"type", "perspective"}, {"perspective", {{"yfov", 1}, {"znear", 0.1}, {"zfar", 100}}}}};
    addMorphTarget(f);
    f.json["extensionsUsed"] = {"KHR_materials_unlit"};
    f.json["materials"][0]["extensions"] = {{"KHR_materials_unlit", json::object()}};
    const GltfValidation v = validateGltfFromMemory(packed(f), "case.glb", "");
    INFO(formatProblems(v.errors));
    CHECK(v.validGltf());
    CHECK(hasProblem(v.warnings, "/animations/0", "animations are ignored"));
    CHECK(hasProblem(v.warnings, "/cameras", "cameras are ignored"));
    CHECK(hasProblem(v.warnings, "/meshes/0/primitives/0/targets", "morph targets are ignored"));
    CHECK(hasProblem(v.warnings, "/extensionsUsed", "\"KHR_materials_unlit\" is not supported"));
}

TEST_CASE("glTF validator: a valid skin passes", "[gltf]") {
    GltfTestFile f = validTriangle();
    addSkin(f);
    f.json["skins"][0]["inverseBindMatrices"] = addMat4s(f, 1);
    const GltfValidation v = validateGltfFromMemory(packed(f), "case.glb", "");
    INFO(formatProblems(v.errors));
    CHECK(v.validGltf());
}

// Files with one number or name replaced at random: the rule files after `edit`,
// `count` variants each, the same for a given seed.
std::vector<std::pair<std::string, Bytes>> corruptedRuleFiles(int count, unsigned seed) {
    std::mt19937 random(seed);
    const std::string replacements[] = {"0", "1", "-1", "9", "4294967296", "0.5", "\"x\"", "[]", "{}", "null"};
    std::vector<std::pair<std::string, Bytes>> out;
    for (const Rule& rule : rules()) {
        GltfTestFile f = validTriangle();
        if (rule.edit) rule.edit(f);
        const std::string text = f.json.dump();
        for (int k = 0; k < count; ++k) {
            std::string corrupted = text;
            std::size_t at = std::uniform_int_distribution<std::size_t>(0, corrupted.size() - 1)(random);
            while (at < corrupted.size() && !std::isdigit(static_cast<unsigned char>(corrupted[at]))) ++at;
            if (at == corrupted.size()) continue;
            std::size_t end = at;
            while (end < corrupted.size() && std::isdigit(static_cast<unsigned char>(corrupted[end]))) ++end;
            corrupted.replace(at, end - at, replacements[random() % std::size(replacements)]);
            out.push_back({std::string(rule.name) + "-corrupted-" + std::to_string(k), packGlb(corrupted, f.bin)});
        }
    }
    return out;
}

// The strict checks trust what the pre-validation checked; corrupted numbers and
// names in every rule's file must never make them throw or crash.
TEST_CASE("glTF validator: corrupted rule files never throw", "[gltf]") {
    const auto files = corruptedRuleFiles(12, 17);
    for (const auto& [name, bytes] : files) {
        INFO(name << "\n" << std::string(bytes.begin(), bytes.end()));
        CHECK_NOTHROW(validateGltfFromMemory(bytes, "case.glb", ""));
    }
    CHECK(files.size() > 300);
}

// Writes every rule's file and our verdicts for tests/tools/compare_with_khronos.js:
// "validator" is this validator's verdict, "loader" what `validate` said before it
// (the loader accepting the file).
TEST_CASE("glTF validator: the Khronos comparison corpus is written", "[.][khronos-corpus]") {
    const std::filesystem::path dir = std::filesystem::path(BACKRUB_TEST_OUTPUT_DIR) / "khronos-corpus";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    json manifest = json::array();
    auto add = [&](const std::string& name, const Bytes& bytes) {
        const std::string file = (dir / (name + ".glb")).string();
        writeFile(file, bytes);
        manifest.push_back({{"file", file},
                            {"validator", validateGltfFromMemory(bytes, file, "").validGltf()},
                            {"loader", loadGltfFromMemory(bytes, file, "").ok()}});
    };
    add("valid-triangle", packed(validTriangle()));
    for (const Rule& rule : rules()) {
        GltfTestFile f = validTriangle();
        if (rule.edit) rule.edit(f);
        add(rule.name, packed(f, rule.byteOrderMark));
    }
    // Random variants reach combinations no rule above names.
    const auto corrupted = corruptedRuleFiles(4, 2026);
    for (const auto& [name, bytes] : corrupted) add(name, bytes);
    std::ofstream(dir / "manifest.json") << manifest.dump(1) << "\n";
    CHECK(manifest.size() == rules().size() + 1 + corrupted.size());
}
