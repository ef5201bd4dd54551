#pragma once
// A tiny builder for minimal valid glTF/GLB files that tests then break.
// Header-only: the test target compiles tests/core/*Test.cpp only.
#include "core/base/Problem.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

namespace backrub::test {

using Bytes = std::vector<std::uint8_t>;

enum ComponentType : int {
    kByte = 5120,
    kUnsignedByte = 5121,
    kShort = 5122,
    kUnsignedShort = 5123,
    kUnsignedInt = 5125,
    kFloat = 5126,
};

inline std::string base64(const Bytes& in) {
    static const char* table = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    for (std::size_t i = 0; i < in.size(); i += 3) {
        const std::uint32_t n = std::uint32_t(in[i]) << 16 | (i + 1 < in.size() ? std::uint32_t(in[i + 1]) << 8 : 0) |
                                (i + 2 < in.size() ? in[i + 2] : 0);
        out += table[n >> 18 & 63];
        out += table[n >> 12 & 63];
        out += i + 1 < in.size() ? table[n >> 6 & 63] : '=';
        out += i + 2 < in.size() ? table[n & 63] : '=';
    }
    return out;
}

inline void putU32(Bytes& out, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}

// A GLB with the given JSON text (padded with spaces) and BIN payload (padded with
// zeros; no BIN chunk when empty).
inline Bytes packGlb(std::string json, Bytes bin) {
    while (json.size() % 4) json += ' ';
    while (bin.size() % 4) bin.push_back(0);
    Bytes out;
    putU32(out, 0x46546C67);
    putU32(out, 2);
    putU32(out, static_cast<std::uint32_t>(12 + 8 + json.size() + (bin.empty() ? 0 : 8 + bin.size())));
    putU32(out, static_cast<std::uint32_t>(json.size()));
    putU32(out, 0x4E4F534A);
    out.insert(out.end(), json.begin(), json.end());
    if (!bin.empty()) {
        putU32(out, static_cast<std::uint32_t>(bin.size()));
        putU32(out, 0x004E4942);
        out.insert(out.end(), bin.begin(), bin.end());
    }
    return out;
}

inline Bytes textBytes(const std::string& s) { return Bytes(s.begin(), s.end()); }

inline void writeFile(const std::filesystem::path& path, const Bytes& bytes) {
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
}

struct GltfTestFile {
    nlohmann::json json;
    Bytes bin;  // contents of buffer 0

    // Appends bytes to buffer 0 (4-byte aligned) as a new bufferView; returns its index.
    int addView(const void* data, std::size_t size, int stride = 0) {
        while (bin.size() % 4) bin.push_back(0);
        nlohmann::json view = {{"buffer", 0}, {"byteOffset", bin.size()}, {"byteLength", size}};
        if (stride) view["byteStride"] = stride;
        const auto* p = static_cast<const std::uint8_t*>(data);
        bin.insert(bin.end(), p, p + size);
        json["buffers"][0]["byteLength"] = bin.size();
        json["bufferViews"].push_back(view);
        return static_cast<int>(json["bufferViews"].size() - 1);
    }

    int addAccessor(int view, int componentType, const char* type, std::size_t count, bool normalized = false) {
        nlohmann::json a = {{"bufferView", view}, {"componentType", componentType}, {"type", type}, {"count", count}};
        if (normalized) a["normalized"] = true;
        json["accessors"].push_back(a);
        return static_cast<int>(json["accessors"].size() - 1);
    }

    // A bufferView and an accessor over `values` (components per element from `type`).
    template <typename T>
    int addData(const std::vector<T>& values, int componentType, const char* type, int components,
                bool normalized = false) {
        const int view = addView(values.data(), values.size() * sizeof(T));
        return addAccessor(view, componentType, type, values.size() / components, normalized);
    }

    nlohmann::json& primitive(int mesh = 0, int prim = 0) { return json["meshes"][mesh]["primitives"][prim]; }
    std::size_t viewOffset(int view) const { return json["bufferViews"][view]["byteOffset"].get<std::size_t>(); }

    Bytes glb() const { return packGlb(json.dump(), bin); }
    Bytes gltfDataUri() const {
        nlohmann::json j = json;
        if (!j["buffers"][0].contains("uri"))
            j["buffers"][0]["uri"] = "data:application/octet-stream;base64," + base64(bin);
        return textBytes(j.dump());
    }
    // Writes buffer 0 as `folder/binName` and returns the .gltf text that refers to it.
    Bytes gltfExternal(const std::filesystem::path& folder, const std::string& binName) const {
        writeFile(folder / binName, bin);
        nlohmann::json j = json;
        if (!j["buffers"][0].contains("uri")) j["buffers"][0]["uri"] = binName;
        return textBytes(j.dump());
    }
};

// One counter-clockwise triangle in the XY plane (normal +Z): POSITION accessor 0
// (VEC3 FLOAT, bufferView 0), indices accessor 1 (UNSIGNED_SHORT, bufferView 1),
// material 0, mesh 0, node 0 "root", scene 0.
inline GltfTestFile triangleFile() {
    GltfTestFile f;
    f.json = {{"asset", {{"version", "2.0"}}},
              {"buffers", nlohmann::json::array({nlohmann::json::object()})},
              {"bufferViews", nlohmann::json::array()},
              {"accessors", nlohmann::json::array()}};
    const std::vector<float> positions = {0, 0, 0, 1, 0, 0, 0, 1, 0};
    const std::vector<std::uint16_t> indices = {0, 1, 2};
    const int pos = f.addData(positions, kFloat, "VEC3", 3);
    const int idx = f.addData(indices, kUnsignedShort, "SCALAR", 1);
    const nlohmann::json pbr = {{"baseColorFactor", {0.9, 0.7, 0.6, 1.0}}};
    f.json["materials"] = nlohmann::json::array({{{"name", "skin"}, {"pbrMetallicRoughness", pbr}}});
    const nlohmann::json prim = {{"attributes", {{"POSITION", pos}}}, {"indices", idx}, {"material", 0}};
    f.json["meshes"] = nlohmann::json::array({{{"name", "tri"}, {"primitives", nlohmann::json::array({prim})}}});
    f.json["nodes"] = {{{"name", "root"}, {"mesh", 0}}};
    f.json["scenes"] = {{{"nodes", {0}}}};
    f.json["scene"] = 0;
    return f;
}

// The first 33 bytes of a PNG: signature and IHDR chunk (CRC not checked by readers of the size).
inline Bytes pngHeader(std::uint32_t width, std::uint32_t height) {
    Bytes b = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    for (std::uint32_t v : {width, height})
        for (int shift = 24; shift >= 0; shift -= 8) b.push_back(static_cast<std::uint8_t>(v >> shift));
    const std::uint8_t tail[] = {8, 6, 0, 0, 0, 0, 0, 0, 0};  // depth, RGBA, compression, filter, interlace, CRC
    b.insert(b.end(), tail, tail + sizeof tail);
    return b;
}

// A JPEG start: SOI and a baseline SOF0 frame header with three components.
inline Bytes jpegHeader(std::uint16_t width, std::uint16_t height) {
    Bytes b = {0xFF, 0xD8, 0xFF, 0xC0, 0, 17, 8};
    for (std::uint16_t v : {height, width}) {
        b.push_back(static_cast<std::uint8_t>(v >> 8));
        b.push_back(static_cast<std::uint8_t>(v));
    }
    b.push_back(3);
    for (std::uint8_t id = 1; id <= 3; ++id) b.insert(b.end(), {id, 0x11, 0});
    return b;
}

// Adds image 0 with the given bytes in a bufferView, and texture 0 using it.
inline void addImage(GltfTestFile& f, const Bytes& bytes, const char* mime = "image/png") {
    const int view = f.addView(bytes.data(), bytes.size());
    f.json["images"] = {{{"bufferView", view}, {"mimeType", mime}}};
    f.json["textures"] = {{{"source", 0}}};
}

// A joint node under the root, skin 0 over it on node 0, and one influence set:
// JOINTS_0 of UNSIGNED_BYTE, WEIGHTS_0 of FLOAT.
inline void addSkin(GltfTestFile& f, std::vector<std::uint8_t> joints = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
                    std::vector<float> weights = {1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0}) {
    f.json["nodes"].push_back({{"name", "joint"}});
    f.json["nodes"][0]["children"] = {1};
    f.json["nodes"][0]["skin"] = 0;
    f.json["skins"] = {{{"joints", {1}}}};
    f.primitive()["attributes"]["JOINTS_0"] = f.addData(joints, kUnsignedByte, "VEC4", 4);
    f.primitive()["attributes"]["WEIGHTS_0"] = f.addData(weights, kFloat, "VEC4", 4);
}

// An accessor of `count` identity MAT4s.
inline int addMat4s(GltfTestFile& f, std::size_t count) {
    std::vector<float> m;
    for (std::size_t i = 0; i < count; ++i)
        for (int k = 0; k < 16; ++k) m.push_back(k % 5 == 0 ? 1.0f : 0.0f);
    return f.addData(m, kFloat, "MAT4", 16);
}

// Whether a problem at `location` has `phrase` in its message.
inline bool hasProblem(const Problems& problems, const std::string& location, const std::string& phrase) {
    for (const Problem& p : problems)
        if (p.location == location && p.message.find(phrase) != std::string::npos) return true;
    return false;
}

// A fresh folder under the system temp directory, removed by the destructor.
struct TempFolder {
    std::filesystem::path path;
    explicit TempFolder(const std::string& name) {
        path = std::filesystem::temp_directory_path() / ("backrub-test-" + name + "-" + std::to_string(getpid()));
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~TempFolder() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
};

}  // namespace backrub::test
