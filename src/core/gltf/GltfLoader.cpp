// The glTF loading pipeline: size cap, GLB container, JSON with a depth limit,
// pre-validation, tinygltf with confined callbacks, then decoding into SceneData.
// Each stage runs only when the previous found no problem: later stages trust
// what earlier ones checked.
#include "core/gltf/GltfLoader.h"

#include "core/base/JsonGuard.h"
#include "core/gltf/detail/GltfFileSystem.h"
#include "core/gltf/detail/GltfGlb.h"
#include "core/gltf/detail/GltfPrecheck.h"
#include "core/gltf/detail/GltfSceneBuilder.h"

#include <tiny_gltf.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <limits>

namespace backrub {
namespace {

bool endsWithGlb(const std::string& name) {
    if (name.size() < 4) return false;
    std::string ext = name.substr(name.size() - 4);
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext == ".glb";
}

std::string absoluteFolder(const std::string& dir) {
    if (dir.empty()) return "";
    std::error_code ec;
    std::filesystem::path p = std::filesystem::canonical(dir, ec);
    if (ec) p = std::filesystem::absolute(dir, ec);
    return p.string();
}

}  // namespace

GltfLoadResult loadGltfFromMemory(const std::vector<std::uint8_t>& bytes, const std::string& displayName,
                                  const std::string& baseDir, const GltfLimits& limits) {
    GltfLoadResult result;
    Problems& problems = result.problems;
    if (bytes.size() > limits.maxFileBytes || bytes.size() > std::numeric_limits<std::uint32_t>::max()) {
        problems.push_back({displayName, "file",
                            "file has " + std::to_string(bytes.size()) + " bytes, more than the limit of " +
                                std::to_string(std::min<std::uint64_t>(limits.maxFileBytes,
                                                                       std::numeric_limits<std::uint32_t>::max()))});
        return result;
    }
    const bool glb = (bytes.size() >= 4 && std::memcmp(bytes.data(), "glTF", 4) == 0) || endsWithGlb(displayName);
    std::string_view jsonText(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    std::optional<std::size_t> binSize;
    if (glb) {
        const std::optional<gltf::GlbParts> parts = gltf::splitGlb(bytes.data(), bytes.size(), displayName, problems);
        if (!parts) return result;
        jsonText = parts->json;
        if (parts->bin) binSize = parts->binSize;
    }
    if (jsonText.empty()) {
        problems.push_back({displayName, "file", "file is empty"});
        return result;
    }

    const JsonLimits jsonLimits{static_cast<std::size_t>(limits.maxFileBytes), limits.maxJsonDepth};
    const std::optional<nlohmann::json> doc = parseJsonGuarded(jsonText, displayName, jsonLimits, problems);
    if (!doc) return result;
    gltf::LoaderContext ctx{absoluteFolder(baseDir), displayName, limits, {}, {}};
    if (!gltf::precheckGltf(*doc, glb, binSize, ctx, problems) || !problems.empty()) return result;

    tinygltf::TinyGLTF loader;
    gltf::installFileCallbacks(loader, ctx);
    gltf::installImageLoader(loader, ctx);
    tinygltf::Model model;
    std::string err, warn;
    const auto size = static_cast<unsigned int>(bytes.size());
    const bool loaded =
        glb ? loader.LoadBinaryFromMemory(&model, &err, &warn, bytes.data(), size, ctx.baseDir)
            : loader.LoadASCIIFromString(&model, &err, &warn, jsonText.data(), size, ctx.baseDir);
    problems.insert(problems.end(), ctx.problems.begin(), ctx.problems.end());
    if (!loaded && problems.empty())
        problems.push_back({displayName, "file", "tinygltf could not load the file: " + err});
    if (!loaded || !problems.empty()) return result;

    result.scene = gltf::buildScene(model, *doc, displayName, problems);
    if (!problems.empty()) result.scene.reset();
    return result;
}

GltfLoadResult loadGltfFile(const std::string& path, const GltfLimits& limits) {
    std::vector<std::uint8_t> bytes;
    std::string why;
    if (!gltf::readWholeFile(path, limits.maxFileBytes, bytes, why)) {
        GltfLoadResult result;
        result.problems.push_back({path, "file", why});
        return result;
    }
    std::error_code ec;
    const std::filesystem::path folder = std::filesystem::absolute(path, ec).parent_path();
    return loadGltfFromMemory(bytes, path, folder.string(), limits);
}

}  // namespace backrub
