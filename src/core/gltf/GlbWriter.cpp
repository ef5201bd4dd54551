#include "core/gltf/GlbWriter.h"

#include <glm/gtc/quaternion.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace backrub {
namespace {

using nlohmann::json;

constexpr int kFloat = 5126, kUByte = 5121, kUShort = 5123, kUInt = 5125;
constexpr int kArrayBuffer = 34962, kElementArrayBuffer = 34963;

class BinaryBuilder {
public:
    json bufferViews = json::array();
    json accessors = json::array();
    std::vector<std::uint8_t> bytes;

    // Appends raw bytes as a new bufferView (4-byte aligned); returns its index.
    int view(const void* data, std::size_t size, int target, int stride) {
        while (bytes.size() % 4) bytes.push_back(0);
        json v = {{"buffer", 0}, {"byteOffset", bytes.size()}, {"byteLength", size}};
        if (target > 0) v["target"] = target;  // none for data that is not a vertex attribute or index
        if (stride > 0) v["byteStride"] = stride;
        const auto* p = static_cast<const std::uint8_t*>(data);
        bytes.insert(bytes.end(), p, p + size);
        bufferViews.push_back(v);
        return static_cast<int>(bufferViews.size() - 1);
    }
    int accessor(json a) {
        accessors.push_back(std::move(a));
        return static_cast<int>(accessors.size() - 1);
    }
};

const char* typeName(int components) {
    static const char* names[] = {"SCALAR", "SCALAR", "VEC2", "VEC3", "VEC4"};
    return names[components < 1 || components > 4 ? 1 : components];
}

int writeVec3(BinaryBuilder& bin, const std::vector<glm::vec3>& v, bool withBounds) {
    int view = bin.view(v.data(), v.size() * sizeof(glm::vec3), kArrayBuffer, 0);
    json a = {{"bufferView", view}, {"componentType", kFloat}, {"count", v.size()}, {"type", "VEC3"}};
    if (withBounds && !v.empty()) {
        glm::vec3 lo = v[0], hi = v[0];
        for (const auto& p : v) {
            lo = glm::min(lo, p);
            hi = glm::max(hi, p);
        }
        a["min"] = {lo.x, lo.y, lo.z};
        a["max"] = {hi.x, hi.y, hi.z};
    }
    return bin.accessor(a);
}

bool isByteValued(const CustomAttribute& attr) {
    if (attr.components != 1) return false;
    for (float f : attr.values)
        if (!(f >= 0.0f && f <= 255.0f) || std::floor(f) != f) return false;
    return true;
}

int writeCustom(BinaryBuilder& bin, const CustomAttribute& attr, std::size_t count) {
    if (isByteValued(attr)) {
        std::vector<std::uint8_t> packed(count * 4, 0);
        for (std::size_t i = 0; i < count; ++i) packed[i * 4] = static_cast<std::uint8_t>(attr.values[i]);
        int view = bin.view(packed.data(), packed.size(), kArrayBuffer, 4);
        return bin.accessor({{"bufferView", view}, {"componentType", kUByte}, {"count", count}, {"type", "SCALAR"}});
    }
    int view = bin.view(attr.values.data(), attr.values.size() * sizeof(float), kArrayBuffer, 0);
    return bin.accessor({{"bufferView", view}, {"componentType", kFloat}, {"count", count}, {"type", typeName(attr.components)}});
}

int writeIndices(BinaryBuilder& bin, const std::vector<std::uint32_t>& idx, std::size_t vertexCount) {
    int view;
    int type;
    if (vertexCount < 65535) {
        std::vector<std::uint16_t> shorts(idx.begin(), idx.end());
        view = bin.view(shorts.data(), shorts.size() * 2, kElementArrayBuffer, 0);
        type = kUShort;
    } else {
        view = bin.view(idx.data(), idx.size() * 4, kElementArrayBuffer, 0);
        type = kUInt;
    }
    return bin.accessor({{"bufferView", view}, {"componentType", type}, {"count", idx.size()}, {"type", "SCALAR"}});
}

// Joints and weights as glTF asks for them ("Skinned Mesh Attributes", and the Khronos
// validator's rules): negative and non-finite weights count as 0; a joint named twice
// for a vertex has its weights added in its first slot; a vertex whose sum is off by
// more than kWeightSumSlack is divided by its sum (weights already normalized stay as
// they are, bit for bit), and one with no weight left gets all of it on its first
// joint; a slot with weight 0 names joint 0.
struct Influences {
    std::vector<glm::u16vec4> joints;
    std::vector<glm::vec4> weights;
};

Influences validInfluences(const std::vector<glm::u16vec4>& joints, const std::vector<glm::vec4>& weights) {
    constexpr double kWeightSumSlack = 1e-6;  // half the validator's float tolerance (GltfSkinCheck.cpp)
    Influences out{joints, std::vector<glm::vec4>(weights.size())};
    for (std::size_t v = 0; v < weights.size(); ++v) {
        glm::vec4& w = out.weights[v];
        glm::u16vec4& j = out.joints[v];
        for (int k = 0; k < 4; ++k) w[k] = std::isfinite(weights[v][k]) && weights[v][k] > 0.0f ? weights[v][k] : 0.0f;
        for (int k = 1; k < 4; ++k)
            for (int first = 0; first < k; ++first)
                if (w[k] > 0.0f && w[first] > 0.0f && j[first] == j[k]) {
                    w[first] += w[k];
                    w[k] = 0.0f;
                }
        const double sum = double(w[0]) + w[1] + w[2] + w[3];
        if (!(sum > 0))
            w = glm::vec4(1, 0, 0, 0);
        else if (std::abs(sum - 1.0) > kWeightSumSlack)
            for (int k = 0; k < 4; ++k) w[k] = static_cast<float>(w[k] / sum);
        for (int k = 0; k < 4; ++k)
            if (w[k] == 0.0f) j[k] = 0;
    }
    return out;
}

// JOINTS_0 as UNSIGNED_BYTE when every index fits, else UNSIGNED_SHORT (both VEC4:
// elements on 4-byte boundaries without a stride).
int writeJoints(BinaryBuilder& bin, const std::vector<glm::u16vec4>& joints) {
    std::uint16_t highest = 0;
    for (const glm::u16vec4& j : joints) highest = std::max({highest, j.x, j.y, j.z, j.w});
    if (highest >= 256) {
        const int view = bin.view(joints.data(), joints.size() * sizeof(glm::u16vec4), kArrayBuffer, 0);
        return bin.accessor({{"bufferView", view}, {"componentType", kUShort}, {"count", joints.size()}, {"type", "VEC4"}});
    }
    std::vector<std::uint8_t> bytes(joints.size() * 4);
    for (std::size_t v = 0; v < joints.size(); ++v)
        for (int k = 0; k < 4; ++k) bytes[v * 4 + k] = static_cast<std::uint8_t>(joints[v][k]);
    const int view = bin.view(bytes.data(), bytes.size(), kArrayBuffer, 0);
    return bin.accessor({{"bufferView", view}, {"componentType", kUByte}, {"count", joints.size()}, {"type", "VEC4"}});
}

json primitiveJson(BinaryBuilder& bin, const Primitive& p) {
    json attrs = json::object();
    attrs["POSITION"] = writeVec3(bin, p.positions, true);
    if (p.normals.size() == p.positions.size()) {
        std::vector<glm::vec3> unit(p.normals.size());
        for (std::size_t i = 0; i < unit.size(); ++i) {
            float len = glm::length(p.normals[i]);
            unit[i] = len > 1e-12f ? p.normals[i] / len : glm::vec3(0, 1, 0);
        }
        attrs["NORMAL"] = writeVec3(bin, unit, false);
    }
    for (const auto& [name, attr] : p.custom)
        if (attr.values.size() == p.positions.size() * static_cast<std::size_t>(attr.components))
            attrs[name] = writeCustom(bin, attr, p.positions.size());
    if (p.joints.size() == p.positions.size() && p.weights.size() == p.positions.size() && !p.positions.empty()) {
        const Influences influences = validInfluences(p.joints, p.weights);
        attrs["JOINTS_0"] = writeJoints(bin, influences.joints);
        const std::vector<glm::vec4>& w = influences.weights;
        const int view = bin.view(w.data(), w.size() * sizeof(glm::vec4), kArrayBuffer, 0);
        attrs["WEIGHTS_0"] =
            bin.accessor({{"bufferView", view}, {"componentType", kFloat}, {"count", w.size()}, {"type", "VEC4"}});
    }
    json j = {{"attributes", attrs}, {"mode", 4}};
    if (!p.indices.empty()) j["indices"] = writeIndices(bin, p.indices, p.positions.size());
    if (p.material >= 0) j["material"] = p.material;
    return j;
}

json extrasOf(const std::string& text) {
    if (text.empty()) return nullptr;
    return json::parse(text, nullptr, false);
}

void writeTransform(json& node, const glm::mat4& m) {
    if (m == glm::mat4(1.0f)) return;
    glm::mat3 r(m);
    glm::vec3 scale(glm::length(r[0]), glm::length(r[1]), glm::length(r[2]));
    bool rigid = glm::determinant(r) > 0.0f && scale.x > 0 && scale.y > 0 && scale.z > 0 && m[0][3] == 0 && m[1][3] == 0 &&
                 m[2][3] == 0 && m[3][3] == 1;
    if (!rigid) {
        json arr = json::array();
        for (int c = 0; c < 4; ++c)
            for (int rr = 0; rr < 4; ++rr) arr.push_back(m[c][rr]);
        node["matrix"] = arr;
        return;
    }
    glm::mat3 rot(r[0] / scale.x, r[1] / scale.y, r[2] / scale.z);
    glm::quat q = glm::normalize(glm::quat_cast(rot));
    if (q.w < 0) q = -q;
    glm::vec3 t(m[3]);
    if (t != glm::vec3(0.0f)) node["translation"] = {t.x, t.y, t.z};
    if (std::abs(q.w) < 1.0f) node["rotation"] = {q.x, q.y, q.z, q.w};
    if (glm::any(glm::greaterThan(glm::abs(scale - 1.0f), glm::vec3(1e-6f)))) node["scale"] = {scale.x, scale.y, scale.z};
}

// A skin: its joints and, as MAT4 FLOAT in a bufferView of their own (no target, no
// stride), one inverse bind matrix per joint; identities fill in when the counts differ.
json skinJson(BinaryBuilder& bin, const SkinData& skin) {
    json j = {{"joints", skin.joints}};
    if (!skin.name.empty()) j["name"] = skin.name;
    if (skin.joints.empty()) return j;
    std::vector<glm::mat4> matrices(skin.joints.size(), glm::mat4(1.0f));
    std::copy_n(skin.inverseBind.begin(), std::min(skin.inverseBind.size(), matrices.size()), matrices.begin());
    const int view = bin.view(matrices.data(), matrices.size() * sizeof(glm::mat4), 0, 0);
    j["inverseBindMatrices"] =
        bin.accessor({{"bufferView", view}, {"componentType", kFloat}, {"count", matrices.size()}, {"type", "MAT4"}});
    return j;
}

void appendChunk(std::vector<std::uint8_t>& out, std::uint32_t type, const std::vector<std::uint8_t>& data, std::uint8_t pad) {
    std::vector<std::uint8_t> body = data;
    while (body.size() % 4) body.push_back(pad);
    std::uint32_t header[2] = {static_cast<std::uint32_t>(body.size()), type};
    const auto* h = reinterpret_cast<const std::uint8_t*>(header);
    out.insert(out.end(), h, h + 8);
    out.insert(out.end(), body.begin(), body.end());
}

}  // namespace

std::vector<std::uint8_t> writeGlb(const SceneData& scene) {
    BinaryBuilder bin;
    json doc;
    doc["asset"] = {{"version", "2.0"}, {"generator", "backrub"}};
    json materials = json::array();
    for (const MaterialData& m : scene.materials) {
        json mj = {{"name", m.name},
                   {"pbrMetallicRoughness",
                    {{"baseColorFactor", {m.baseColor.r, m.baseColor.g, m.baseColor.b, m.baseColor.a}},
                     {"metallicFactor", m.metallic},
                     {"roughnessFactor", m.roughness}}}};
        if (m.doubleSided) mj["doubleSided"] = true;
        if (m.blend) mj["alphaMode"] = "BLEND";
        materials.push_back(mj);
    }
    json meshes = json::array();
    for (const MeshData& m : scene.meshes) {
        json prims = json::array();
        for (const Primitive& p : m.primitives) prims.push_back(primitiveJson(bin, p));
        meshes.push_back({{"name", m.name}, {"primitives", prims}});
    }
    json nodes = json::array();
    for (const NodeData& n : scene.nodes) {
        json nj = {{"name", n.name}};
        if (!n.children.empty()) nj["children"] = n.children;
        if (n.mesh >= 0) nj["mesh"] = n.mesh;
        if (n.skin >= 0 && n.mesh >= 0) nj["skin"] = n.skin;
        writeTransform(nj, n.local);
        json extras = extrasOf(n.extrasJson);
        if (!extras.is_null() && !extras.is_discarded()) nj["extras"] = extras;
        nodes.push_back(nj);
    }
    json skins = json::array();
    for (const SkinData& skin : scene.skins) skins.push_back(skinJson(bin, skin));
    json sceneJson = {{"nodes", scene.roots}};
    json extras = extrasOf(scene.extrasJson);
    if (!extras.is_null() && !extras.is_discarded()) sceneJson["extras"] = extras;
    if (!materials.empty()) doc["materials"] = materials;
    if (!meshes.empty()) doc["meshes"] = meshes;
    doc["nodes"] = nodes;
    if (!skins.empty()) doc["skins"] = skins;
    doc["scenes"] = json::array({sceneJson});
    doc["scene"] = 0;
    if (!bin.bytes.empty()) {
        doc["buffers"] = json::array({{{"byteLength", bin.bytes.size()}}});
        doc["bufferViews"] = bin.bufferViews;
        doc["accessors"] = bin.accessors;
    }
    std::string text = doc.dump();
    std::vector<std::uint8_t> jsonBytes(text.begin(), text.end());
    std::vector<std::uint8_t> out(12, 0);
    appendChunk(out, 0x4E4F534Au, jsonBytes, ' ');
    if (!bin.bytes.empty()) appendChunk(out, 0x004E4942u, bin.bytes, 0);
    std::uint32_t header[3] = {0x46546C67u, 2u, static_cast<std::uint32_t>(out.size())};
    std::memcpy(out.data(), header, 12);
    return out;
}

}  // namespace backrub
