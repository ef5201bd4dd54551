// A corpus of malformed glTF/GLB inputs: each must be rejected with the exact
// location and a plain message, without a crash, a hang or a giant allocation.
#include "core/gltf/GltfLoader.h"

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

enum class Form { Glb, DataUri, External, Plain };  // Plain: .gltf text as built, no uri added

struct Case {
    const char* name;
    Form form;
    std::function<void(GltfTestFile&)> edit;       // on the document and buffer 0
    std::function<void(std::string&)> editText;    // on the JSON text
    std::function<void(Bytes&)> editBytes;         // on the packaged file
    std::string location;
    std::string phrase;
    std::function<void(GltfLimits&)> limits = nullptr;
    std::string marker = {};  // text cases: the location is "line 1, column N" of this text's first byte
};

// Shortcuts so that each case stays one line-ish.
Case doc(const char* name, std::function<void(GltfTestFile&)> edit, std::string location, std::string phrase,
         Form form = Form::Glb) {
    return {name, form, std::move(edit), nullptr, nullptr, std::move(location), std::move(phrase)};
}
Case text(const char* name, std::function<void(std::string&)> edit, std::string location, std::string phrase) {
    return {name, Form::DataUri, nullptr, std::move(edit), nullptr, std::move(location), std::move(phrase)};
}
Case textAt(const char* name, std::function<void(std::string&)> edit, std::string marker, std::string phrase) {
    Case c = text(name, std::move(edit), "", std::move(phrase));
    c.marker = std::move(marker);
    return c;
}
Case bytes(const char* name, std::function<void(Bytes&)> edit, std::string location, std::string phrase) {
    return {name, Form::Glb, nullptr, nullptr, std::move(edit), std::move(location), std::move(phrase)};
}
Case limited(const char* name, std::function<void(GltfLimits&)> limits, std::function<void(GltfTestFile&)> edit,
             std::string location, std::string phrase) {
    Case c = doc(name, std::move(edit), std::move(location), std::move(phrase));
    c.limits = std::move(limits);
    return c;
}
Case external(const char* name, std::string uri, std::string phrase) {
    return doc(name, [uri](GltfTestFile& f) { f.json["buffers"][0]["uri"] = uri; }, "/buffers/0/uri",
               std::move(phrase), Form::External);
}

void setU32(Bytes& b, std::size_t at, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) b[at + i] = static_cast<std::uint8_t>(v >> (8 * i));
}
std::uint32_t u32(const Bytes& b, std::size_t at) {
    return std::uint32_t(b[at]) | std::uint32_t(b[at + 1]) << 8 | std::uint32_t(b[at + 2]) << 16 |
           std::uint32_t(b[at + 3]) << 24;
}
std::size_t binChunkAt(const Bytes& b) { return 20 + u32(b, 12); }

std::string repeated(const std::string& s, int times) {
    std::string out;
    for (int i = 0; i < times; ++i) out += s;
    return out;
}

json nested(int depth) {
    json v = 1;
    for (int i = 0; i < depth; ++i) v = json{{"a", v}};
    return v;
}

void floatAt(GltfTestFile& f, std::size_t at, float v) { std::memcpy(&f.bin[at], &v, sizeof v); }

void addNodes(GltfTestFile& f, json nodes) {
    for (auto& n : nodes) f.json["nodes"].push_back(n);
}

bool isNumberChar(char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == 'e' || c == '-'; }

// Where each number of a JSON text starts (the digits after a '"' are inside strings
// too, which is fine for corruption).
std::vector<std::size_t> numberStarts(const std::string& text) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (std::isdigit(static_cast<unsigned char>(text[i])) && (i == 0 || !isNumberChar(text[i - 1]))) out.push_back(i);
    return out;
}

std::size_t numberEnd(const std::string& text, std::size_t at) {
    while (at < text.size() && isNumberChar(text[at])) ++at;
    return at;
}

const std::vector<Case>& corpus() {
    static const std::vector<Case> cases = {
        // GLB container
        bytes("GLB shorter than its header", [](Bytes& b) { b.resize(10); }, "GLB header", "a GLB header needs 12"),
        bytes("GLB bad magic", [](Bytes& b) { b[0] = 'x'; }, "GLB header", "expected \"glTF\""),
        bytes("GLB version 1", [](Bytes& b) { setU32(b, 4, 1); }, "GLB header", "version is 1, expected 2"),
        bytes("GLB length larger than the file", [](Bytes& b) { setU32(b, 8, u32(b, 8) + 4); }, "GLB header",
              "but the file has"),
        bytes("GLB truncated file", [](Bytes& b) { b.resize(b.size() - 8); }, "GLB header", "but the file has"),
        bytes("GLB JSON chunk runs past the end",
              [](Bytes& b) { setU32(b, 12, 0x7FFFFFF0); }, "GLB chunk 0", "runs past the end of the file"),
        bytes("GLB JSON chunk length not a multiple of 4", [](Bytes& b) { setU32(b, 12, u32(b, 12) - 2); },
              "GLB chunk 0", "not a multiple of 4"),
        bytes("GLB first chunk is not JSON", [](Bytes& b) { b[16] = 'X'; }, "GLB chunk 0", "expected JSON"),
        bytes("GLB second chunk is not BIN", [](Bytes& b) { b[binChunkAt(b) + 4] = 'X'; }, "GLB chunk 1",
              "expected BIN"),
        bytes("GLB BIN chunk length past the end", [](Bytes& b) { setU32(b, binChunkAt(b), 1u << 30); },
              "GLB chunk 1", "runs past the end"),
        // JSON
        text("JSON that is not an object", [](std::string& s) { s = "[1, 2, 3]"; }, "JSON",
             "top level must be a JSON object"),
        text("garbage bytes", [](std::string& s) { s = "\x01\x02garbage"; }, "line 1, column 1",
             "invalid JSON: syntax error"),
        textAt("invalid UTF-8 in a string", [](std::string& s) { s.replace(s.find("2.0"), 3, "2.\xff"); }, "\xff",
               "invalid UTF-8 at byte"),
        text("JSON nested 10000 deep", [](std::string& s) { s = std::string(10000, '[') + std::string(10000, ']'); },
             repeated("/0", 64), "nested deeper than 64 levels"),
        doc("deeply nested extras", [](GltfTestFile& f) { f.json["nodes"][0]["extras"] = nested(200); },
            "/nodes/0/extras" + repeated("/a", 61), "nested deeper than 64 levels"),
        text("duplicate key", [](std::string& s) { s.replace(s.find("\"version\""), 0, "\"version\":\"2.0\","); },
             "/asset/version", "duplicate key"),
        doc("missing asset.version", [](GltfTestFile& f) { f.json["asset"].erase("version"); }, "/asset/version",
            "version is required"),
        doc("asset.version 3.0", [](GltfTestFile& f) { f.json["asset"]["version"] = "3.0"; }, "/asset/version",
            "\"3.0\" is not supported"),
        doc("required extension", [](GltfTestFile& f) { f.json["extensionsRequired"] = {"KHR_draco_mesh_compression"}; },
            "/extensionsRequired/0", "required by the file but not supported"),
        doc("count is a string", [](GltfTestFile& f) { f.json["accessors"][0]["count"] = "3"; }, "/accessors/0/count",
            "count is a string"),
        // buffers and bufferViews
        doc("buffer larger than the BIN chunk", [](GltfTestFile& f) { f.json["buffers"][0]["byteLength"] = 1000; },
            "/buffers/0/byteLength", "declares 1000 bytes but the GLB BIN chunk has 44"),
        doc("buffer larger than its data URI", [](GltfTestFile& f) { f.json["buffers"][0]["byteLength"] = 48; },
            "/buffers/0/byteLength", "declares 48 bytes but its data URI holds 42", Form::DataUri),
        doc("buffer larger than its external file", [](GltfTestFile& f) { f.json["buffers"][0]["byteLength"] = 48; },
            "/buffers/0/byteLength", "but file \"tri.bin\" has 42", Form::External),
        doc("data URI with bad base64", [](GltfTestFile& f) { f.json["buffers"][0]["uri"] = "data:application/octet-stream;base64,AA*A"; },
            "/buffers/0/uri", "invalid base64 character", Form::DataUri),
        doc("buffer without uri in a .gltf", nullptr, "/buffers/0/uri", "uri is required in a .gltf file", Form::Plain),
        doc("buffer uri that is not a string", [](GltfTestFile& f) { f.json["buffers"][0]["uri"] = json(); },
            "/buffers/0/uri", "uri is null, expected a string", Form::DataUri),
        doc("second GLB buffer without uri", [](GltfTestFile& f) { f.json["buffers"].push_back({{"byteLength", 4}}); },
            "/buffers/1/uri", "only buffer 0 may use the GLB BIN chunk"),
        doc("GLB without a BIN chunk", [](GltfTestFile& f) { f.bin.clear(); }, "/buffers/0",
            "the GLB has no BIN chunk"),
        doc("bufferView past its buffer", [](GltfTestFile& f) { f.json["bufferViews"][1]["byteOffset"] = 40; },
            "/bufferViews/1/byteLength", "bufferView 1 needs 6 bytes at offset 40 but buffer 0 has 42"),
        doc("bufferView offset near 2^64", [](GltfTestFile& f) { f.json["bufferViews"][0]["byteOffset"] = ~0ull; },
            "/bufferViews/0/byteLength", "needs 36 bytes at offset 18446744073709551615"),
        doc("byteStride not a multiple of 4", [](GltfTestFile& f) { f.json["bufferViews"][0]["byteStride"] = 13; },
            "/bufferViews/0/byteStride", "not a multiple of 4"),
        doc("byteStride smaller than the element", [](GltfTestFile& f) { f.json["bufferViews"][0]["byteStride"] = 4; },
            "/bufferViews/0/byteStride", "smaller than the 12-byte elements of accessor 0"),
        // accessors
        doc("accessor past its bufferView", [](GltfTestFile& f) { f.json["accessors"][0]["count"] = 4; },
            "/accessors/0/count", "accessor 0 needs 48 bytes at offset 0 but bufferView 0 has 36"),
        doc("accessor byteOffset past its bufferView", [](GltfTestFile& f) { f.json["accessors"][0]["byteOffset"] = 400; },
            "/accessors/0/count", "at offset 400 but bufferView 0 has 36"),
        doc("accessor misaligned", [](GltfTestFile& f) { f.json["accessors"][0]["byteOffset"] = 1; },
            "/accessors/0/byteOffset", "not aligned"),
        doc("componentType 5124", [](GltfTestFile& f) { f.json["accessors"][0]["componentType"] = 5124; },
            "/accessors/0/componentType", "componentType 5124 is not allowed"),
        doc("componentType 5130", [](GltfTestFile& f) { f.json["accessors"][0]["componentType"] = 5130; },
            "/accessors/0/componentType", "componentType 5130 is not allowed"),
        doc("count near 2^64", [](GltfTestFile& f) { f.json["accessors"][0]["count"] = ~0ull; }, "/accessors/0/count",
            "count 18446744073709551615 is more than the limit"),
        limited("count near 2^64 overflows the byte size",
                [](GltfLimits& l) { l.maxVertices = l.maxTriangles = std::numeric_limits<std::uint64_t>::max(); },
                [](GltfTestFile& f) { f.json["accessors"][0]["count"] = ~0ull; }, "/accessors/0/count",
                "needs more than 2^64 bytes"),
        doc("count near 2^64 without a bufferView",
            [](GltfTestFile& f) { f.json["accessors"][0].erase("bufferView"); f.json["accessors"][0]["count"] = 1ull << 62; },
            "/accessors/0/count", "is more than the limit"),
        doc("negative count", [](GltfTestFile& f) { f.json["accessors"][0]["count"] = -3; }, "/accessors/0/count",
            "count is -3"),
        doc("sparse accessor", [](GltfTestFile& f) { f.json["accessors"][0]["sparse"] = {{"count", 1}}; },
            "/accessors/0/sparse", "sparse accessors are not supported"),
        doc("unknown accessor type", [](GltfTestFile& f) { f.json["accessors"][0]["type"] = "VEC5"; },
            "/accessors/0/type", "\"VEC5\" is not"),
        doc("NaN in accessor max", [](GltfTestFile& f) { f.json["accessors"][0]["max"] = {1, "x", 1}; },
            "/accessors/0/max/1", "expected a number"),
        // meshes
        doc("POSITION as VEC2", [](GltfTestFile& f) { f.json["accessors"][0]["type"] = "VEC2"; },
            "/meshes/0/primitives/0/attributes/POSITION", "POSITION must be VEC3 of FLOAT, accessor 0 is VEC2"),
        doc("POSITION as normalized bytes",
            [](GltfTestFile& f) { f.json["accessors"][0]["componentType"] = 5121; f.json["accessors"][0]["normalized"] = true; },
            "/meshes/0/primitives/0/attributes/POSITION", "must be VEC3 of FLOAT"),
        doc("indices as FLOAT", [](GltfTestFile& f) { f.json["accessors"][1]["componentType"] = 5126; f.json["accessors"][1]["count"] = 1; },
            "/meshes/0/primitives/0/indices", "indices must be SCALAR"),
        doc("mismatched attribute counts",
            [](GltfTestFile& f) {
                f.json["accessors"].push_back({{"bufferView", 0}, {"componentType", 5126}, {"type", "VEC3"}, {"count", 2}});
                f.primitive()["attributes"]["NORMAL"] = 2;
            },
            "/meshes/0/primitives/0/attributes/NORMAL", "NORMAL has 2 elements but POSITION has 3"),
        doc("unknown attribute name", [](GltfTestFile& f) { f.primitive()["attributes"]["REGION"] = 0; },
            "/meshes/0/primitives/0/attributes/REGION", "application-specific names start with '_'"),
        doc("custom attribute as MAT4",
            [](GltfTestFile& f) {
                f.json["accessors"].push_back({{"componentType", 5126}, {"type", "MAT4"}, {"count", 3}});
                f.primitive()["attributes"]["_X"] = 2;
            },
            "/meshes/0/primitives/0/attributes/_X", "must be SCALAR, VEC2, VEC3 or VEC4"),
        doc("primitive without POSITION", [](GltfTestFile& f) { f.primitive()["attributes"] = {{"_X", 0}}; },
            "/meshes/0/primitives/0/attributes", "needs a POSITION attribute"),
        doc("primitive mode 9", [](GltfTestFile& f) { f.primitive()["mode"] = 9; }, "/meshes/0/primitives/0/mode",
            "mode is 9, expected an integer from 0 to 6"),
        doc("index count not a multiple of 3", [](GltfTestFile& f) { f.json["accessors"][1]["count"] = 2; },
            "/meshes/0/primitives/0", "index count 2 is not a multiple of 3"),
        doc("index >= vertex count", [](GltfTestFile& f) { f.bin[f.viewOffset(1) + 2] = 7; },
            "/meshes/0/primitives/0/indices", "index 7 at position 1 is not less than the vertex count 3"),
        doc("NaN in positions", [](GltfTestFile& f) { floatAt(f, 4, std::numeric_limits<float>::quiet_NaN()); },
            "/meshes/0/primitives/0/attributes/POSITION", "POSITION of vertex 0 is not finite"),
        doc("Inf in positions", [](GltfTestFile& f) { floatAt(f, 32, std::numeric_limits<float>::infinity()); },
            "/meshes/0/primitives/0/attributes/POSITION", "POSITION of vertex 2 is not finite"),
        doc("indices accessor without a bufferView", [](GltfTestFile& f) { f.json["accessors"][1].erase("bufferView"); },
            "/meshes/0/primitives/0/indices", "indices accessor 1 has no bufferView"),
        doc("mesh without primitives", [](GltfTestFile& f) { f.json["meshes"][0]["primitives"] = json::array(); },
            "/meshes/0/primitives", "at least one primitive"),
        limited("more vertices than the cap", [](GltfLimits& l) { l.maxVertices = 2; }, nullptr,
                "/meshes/0/primitives/0", "more than 2 vertices"),
        limited("more triangles than the cap", [](GltfLimits& l) { l.maxTriangles = 0; }, nullptr,
                "/meshes/0/primitives/0", "more than 0 triangles"),
        limited("more nodes than the cap", [](GltfLimits& l) { l.maxNodes = 1; },
                [](GltfTestFile& f) { addNodes(f, {{{"name", "extra"}}}); }, "/nodes", "2 nodes, more than the limit of 1"),
        // references
        doc("bad mesh index", [](GltfTestFile& f) { f.json["nodes"][0]["mesh"] = 5; }, "/nodes/0/mesh",
            "mesh 5 does not exist (valid: 0 to 0)"),
        doc("negative mesh index", [](GltfTestFile& f) { f.json["nodes"][0]["mesh"] = -1; }, "/nodes/0/mesh",
            "mesh -1 does not exist"),
        doc("bad child node index", [](GltfTestFile& f) { f.json["nodes"][0]["children"] = {9}; },
            "/nodes/0/children/0", "node 9 does not exist"),
        doc("bad accessor index", [](GltfTestFile& f) { f.primitive()["attributes"]["POSITION"] = 9; },
            "/meshes/0/primitives/0/attributes/POSITION", "accessor 9 does not exist (valid: 0 to 1)"),
        doc("bad material index", [](GltfTestFile& f) { f.primitive()["material"] = 3; },
            "/meshes/0/primitives/0/material", "material 3 does not exist"),
        doc("bad bufferView index", [](GltfTestFile& f) { f.json["accessors"][0]["bufferView"] = 7; },
            "/accessors/0/bufferView", "bufferView 7 does not exist"),
        doc("bad buffer index", [](GltfTestFile& f) { f.json["bufferViews"][0]["buffer"] = 2; },
            "/bufferViews/0/buffer", "buffer 2 does not exist"),
        doc("bad scene index", [](GltfTestFile& f) { f.json["scene"] = 4; }, "/scene", "scene 4 does not exist"),
        doc("bad scene node index", [](GltfTestFile& f) { f.json["scenes"][0]["nodes"] = {3}; }, "/scenes/0/nodes/0",
            "node 3 does not exist"),
        doc("bad texture index",
            [](GltfTestFile& f) { f.json["materials"][0]["pbrMetallicRoughness"]["baseColorTexture"] = {{"index", 2}}; },
            "/materials/0/pbrMetallicRoughness/baseColorTexture/index", "texture 2 does not exist (the file has no textures)"),
        doc("bad image index", [](GltfTestFile& f) { f.json["textures"] = {{{"source", 3}}}; }, "/textures/0/source",
            "image 3 does not exist"),
        doc("bad sampler index", [](GltfTestFile& f) { f.json["textures"] = {{{"sampler", 0}}}; }, "/textures/0/sampler",
            "sampler 0 does not exist"),
        doc("bad skin index", [](GltfTestFile& f) { f.json["nodes"][0]["skin"] = 0; }, "/nodes/0/skin",
            "skin 0 does not exist"),
        doc("bad skin joint", [](GltfTestFile& f) { f.json["skins"] = {{{"joints", {0, 8}}}}; }, "/skins/0/joints/1",
            "node 8 does not exist"),
        doc("bad animation target",
            [](GltfTestFile& f) {
                const json sampler = {{"input", 0}, {"output", 0}};
                const json channel = {{"sampler", 0}, {"target", {{"node", 6}, {"path", "translation"}}}};
                const json animation = {{"samplers", json::array({sampler})}, {"channels", json::array({channel})}};
                f.json["animations"] = json::array({animation});
            },
            "/animations/0/channels/0/target/node", "node 6 does not exist"),
        doc("index is a fraction", [](GltfTestFile& f) { f.json["nodes"][0]["mesh"] = 0.5; }, "/nodes/0/mesh",
            "expected an integer"),
        // node hierarchy and transforms
        doc("node cycle", [](GltfTestFile& f) { addNodes(f, {{{"children", {2}}}, {{"children", {1}}}}); },
            "/nodes/2/children", "node cycle: node 2 -> node 1 -> node 2"),
        doc("node is its own child", [](GltfTestFile& f) { f.json["nodes"][0]["children"] = {0}; },
            "/nodes/0/children", "node cycle: node 0 -> node 0"),
        doc("node with two parents", [](GltfTestFile& f) { addNodes(f, {{{"children", {3}}}, {{"children", {3}}}, json::object()}); },
            "/nodes/2/children/0", "node 3 already has parent node 1"),
        doc("scene node that is not a root", [](GltfTestFile& f) { addNodes(f, {{{"children", {0}}}}); },
            "/scenes/0/nodes/0", "node 0 is not a root: its parent is node 1"),
        textAt("Inf in a matrix (a number too large for a double)",
               [](std::string& s) { s.replace(s.find("\"name\":\"root\""), 0, "\"matrix\":[1e999,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1],"); },
               "1e999", "number overflow parsing '1e999'"),
        doc("matrix value too large for a float",
            [](GltfTestFile& f) { f.json["nodes"][0]["matrix"] = {1e300, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1}; },
            "/nodes/0/matrix/0", "value 1e+300 is outside -3.40282e+38 to 3.40282e+38"),
        doc("material factor out of range", [](GltfTestFile& f) { f.json["materials"][0]["pbrMetallicRoughness"]["metallicFactor"] = 2; },
            "/materials/0/pbrMetallicRoughness/metallicFactor", "must be a finite number from 0 to 1"),
        doc("matrix with 15 numbers", [](GltfTestFile& f) { f.json["nodes"][0]["matrix"] = json(std::vector<int>(15, 1)); },
            "/nodes/0/matrix", "has 15 numbers, expected 16"),
        doc("matrix together with TRS",
            [](GltfTestFile& f) { f.json["nodes"][0]["matrix"] = json(std::vector<int>(16, 0)); f.json["nodes"][0]["scale"] = {1, 1, 1}; },
            "/nodes/0/matrix", "not both"),
        doc("zero rotation quaternion", [](GltfTestFile& f) { f.json["nodes"][0]["rotation"] = {0, 0, 0, 0}; }, "/nodes/0",
            "rotation quaternion has zero length"),
        doc("world transform overflow",
            [](GltfTestFile& f) { f.json["nodes"][0]["scale"] = {1e30, 1e30, 1e30}; f.json["nodes"][0]["children"] = {1};
                                  addNodes(f, {{{"scale", {1e30, 1e30, 1e30}}}}); },
            "/nodes/1", "world transform overflows"),
        // URIs
        external("../ URI", "../tri.bin", "leaves the model's folder through \"..\""),
        external("percent-encoded ../ URI", "%2e%2e/tri.bin", "leaves the model's folder"),
        external("absolute URI", "/etc/passwd", "absolute path \"/etc/passwd\" is not allowed"),
        external("URI naming a directory", "sub", "\"sub\" names a directory, expected a file"),
        external("http URI", "http://example.com/tri.bin", "URI scheme \"http:\" is not allowed"),
        external("file URI", "file:///etc/passwd", "URI scheme \"file:\" is not allowed"),
        external("missing external file", "missing.bin", "file \"missing.bin\" not found"),
        external("URI through a link that leaves the folder", "outside/tri.bin", "outside the model's folder"),
        doc("external file without a folder", [](GltfTestFile& f) { f.json["buffers"][0]["uri"] = "tri.bin"; },
            "/buffers/0/uri", "is not allowed here", Form::DataUri),
        [] {
            Case c = external("external file over the size cap", "big.bin", "has 2000 bytes, more than the limit of 1000");
            c.limits = [](GltfLimits& l) { l.maxFileBytes = 1000; };
            return c;
        }(),
        [] {
            Case c = external("one external file referenced by many buffers", "big.bin", "together need more than 5000 bytes");
            c.limits = [](GltfLimits& l) { l.maxFileBytes = 5000; };
            c.edit = [](GltfTestFile& f) {
                for (int i = 0; i < 4; ++i) f.json["buffers"].push_back({{"uri", "big.bin"}, {"byteLength", 2000}});
            };
            c.location = "/buffers/3/byteLength";
            return c;
        }(),
        // images
        doc("image bufferView out of bounds",
            [](GltfTestFile& f) { addImage(f, pngHeader(4, 4)); f.json["bufferViews"][2]["byteLength"] = 4000; },
            "/images/0/bufferView", "image data is in bufferView 2, which is invalid"),
        doc("image that is not PNG or JPEG", [](GltfTestFile& f) { addImage(f, textBytes("GIF89a-not-a-png!")); },
            "/images/0", "not a PNG or JPEG"),
        doc("image too large per its header", [](GltfTestFile& f) { addImage(f, pngHeader(5000, 5000)); }, "/images/0",
            "5000x5000 pixels, more than the limit"),
        doc("image mime type GIF", [](GltfTestFile& f) { addImage(f, pngHeader(4, 4), "image/gif"); },
            "/images/0/mimeType", "not image/png or image/jpeg"),
        doc("image with both uri and bufferView",
            [](GltfTestFile& f) { addImage(f, pngHeader(4, 4)); f.json["images"][0]["uri"] = "a.png"; }, "/images/0",
            "exactly one of uri and bufferView"),
        doc("image URI leaving the folder", [](GltfTestFile& f) { f.json["images"] = {{{"uri", "../face.png"}}}; },
            "/images/0/uri", "leaves the model's folder"),
    };
    return cases;
}

}  // namespace

TEST_CASE("glTF: malformed inputs are rejected with a location and a plain message", "[gltf]") {
    TempFolder dir("gltf-malformed");
    std::filesystem::create_directory(dir.path / "sub");
    writeFile(dir.path / "big.bin", Bytes(2000, 0));
    TempFolder elsewhere("gltf-malformed-elsewhere");
    writeFile(elsewhere.path / "tri.bin", triangleFile().bin);
    std::filesystem::create_directory_symlink(elsewhere.path, dir.path / "outside");

    const std::vector<Case>& cases = corpus();
    CHECK(cases.size() >= 30);
    for (const Case& c : cases) {
        GltfTestFile f = triangleFile();
        if (c.edit) c.edit(f);
        Bytes input;
        std::string baseDir;
        switch (c.form) {
        case Form::Glb: input = textBytes(f.json.dump()); break;
        case Form::DataUri: input = f.gltfDataUri(); break;
        case Form::Plain: input = textBytes(f.json.dump()); break;
        case Form::External:
            input = f.gltfExternal(dir.path, "tri.bin");
            baseDir = dir.path.string();
            break;
        }
        std::string location = c.location;
        if (c.editText) {
            std::string jsonText(input.begin(), input.end());
            c.editText(jsonText);
            if (!c.marker.empty()) location = "line 1, column " + std::to_string(jsonText.find(c.marker) + 1);
            input = textBytes(jsonText);
        }
        if (c.form == Form::Glb) input = packGlb(std::string(input.begin(), input.end()), f.bin);
        if (c.editBytes) c.editBytes(input);
        GltfLimits limits;
        if (c.limits) c.limits(limits);

        const GltfLoadResult r =
            loadGltfFromMemory(input, c.form == Form::Glb ? "case.glb" : "case.gltf", baseDir, limits);
        INFO("case: " << c.name << "\n" << formatProblems(r.problems));
        CHECK_FALSE(r.scene.has_value());
        bool found = false;
        for (const Problem& p : r.problems)
            found = found || (p.location == location && p.message.find(c.phrase) != std::string::npos);
        CHECK(found);
    }
}

TEST_CASE("glTF: a file over the size cap is refused before parsing", "[gltf]") {
    GltfLimits limits;
    limits.maxFileBytes = 64;
    const GltfLoadResult r = loadGltfFromMemory(triangleFile().glb(), "big.glb", "", limits);
    CHECK_FALSE(r.scene);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].location == "file");
    CHECK(r.problems[0].message.find("more than the limit of 64") != std::string::npos);

    TempFolder dir("gltf-size-cap");
    writeFile(dir.path / "big.glb", triangleFile().glb());
    const GltfLoadResult fromDisk = loadGltfFile((dir.path / "big.glb").string(), limits);
    CHECK_FALSE(fromDisk.scene);
    REQUIRE(fromDisk.problems.size() == 1);
    CHECK(fromDisk.problems[0].message.find("more than the limit of 64") != std::string::npos);
}

TEST_CASE("glTF: every problem of a file is reported, not only the first", "[gltf]") {
    GltfTestFile f = triangleFile();
    f.json["nodes"][0]["mesh"] = 5;
    f.json["accessors"][0]["componentType"] = 5124;
    f.json["scene"] = 3;
    const GltfLoadResult r = loadGltfFromMemory(f.glb(), "many.glb", "");
    CHECK_FALSE(r.scene);
    CHECK(r.problems.size() >= 3);
}

TEST_CASE("glTF: a file with thousands of problems lists a bounded number", "[gltf]") {
    GltfTestFile f = triangleFile();
    for (int i = 0; i < 5000; ++i) f.json["nodes"].push_back({{"mesh", 99}});
    const GltfLoadResult r = loadGltfFromMemory(f.glb(), "many.glb", "");
    CHECK_FALSE(r.scene);
    CHECK(r.problems.size() <= 201);
    CHECK(r.problems.back().message.find("more problems not listed") != std::string::npos);
}

TEST_CASE("glTF: a long node chain and many siblings load without recursion trouble", "[gltf]") {
    GltfTestFile f = triangleFile();
    const int chain = 10000;
    for (int i = 0; i < chain; ++i) {
        f.json["nodes"][i]["children"] = {i + 1};
        f.json["nodes"].push_back({{"translation", {0, 0, 1}}});
    }
    const GltfLoadResult r = loadGltfFromMemory(f.glb(), "chain.glb", "");
    INFO(formatProblems(r.problems));
    REQUIRE(r.ok());
    CHECK(r.scene->nodes.back().world[3][2] == Approx(chain));
}

TEST_CASE("glTF: randomly corrupted files never crash and never load with problems", "[gltf]") {
    // Deterministic mutations of a file with most features: numbers in the JSON
    // replaced by edge values, and random bytes of the whole GLB flipped.
    GltfTestFile f = triangleFile();
    const std::vector<float> normals = {0, 0, 1, 0, 0, 1, 0, 0, 1};
    f.primitive()["attributes"]["NORMAL"] = f.addData(normals, kFloat, "VEC3", 3);
    const std::vector<std::uint8_t> region = {1, 2, 3, 0};
    f.primitive()["attributes"]["_REGION"] = f.addAccessor(f.addView(region.data(), region.size()), kUnsignedByte,
                                                           "SCALAR", 3);
    addImage(f, pngHeader(2, 2));
    f.json["nodes"][0]["children"] = {1};
    f.json["nodes"].push_back({{"translation", {1, 2, 3}}, {"mesh", 0}});
    const std::string base = f.json.dump();
    const char* edgeValues[] = {"0", "1", "2", "3", "-1", "255", "65535", "4294967295", "2147483648",
                                "18446744073709551615", "1e300", "0.5", "5124", "5126", "34963", "252"};
    std::mt19937 rng(12345);
    int loaded = 0;
    for (int round = 0; round < 1500; ++round) {
        std::string text = base;
        for (int k = 0; k < 1 + round % 3; ++k) {
            const std::vector<std::size_t> numbers = numberStarts(text);
            const std::size_t at = numbers[rng() % numbers.size()];
            text.replace(at, numberEnd(text, at) - at, edgeValues[rng() % (sizeof edgeValues / sizeof *edgeValues)]);
        }
        Bytes bytes = packGlb(text, f.bin);
        if (round % 2)
            for (int k = 0; k < 3; ++k) bytes[rng() % bytes.size()] = static_cast<std::uint8_t>(rng());
        const GltfLoadResult r = loadGltfFromMemory(bytes, "fuzz.glb", "");
        CHECK(r.scene.has_value() == r.problems.empty());
        loaded += r.ok() ? 1 : 0;
    }
    CHECK(loaded > 0);  // some mutations are harmless
}
