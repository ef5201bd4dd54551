// The reading pipeline up to a tinygltf model. Each stage runs only when the
// previous found no problem that makes the next unsafe: later stages trust what
// earlier ones checked.
#include "core/gltf/detail/GltfParse.h"

#include "core/base/JsonGuard.h"
#include "core/gltf/detail/GltfFileSystem.h"
#include "core/gltf/detail/GltfGlb.h"
#include "core/gltf/detail/GltfPrecheck.h"
#include "core/gltf/detail/GltfStrictChecks.h"

#include <tiny_gltf.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <limits>

namespace backrub::gltf {
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

bool readGltfFile(const std::string& path, const GltfLimits& limits, std::vector<std::uint8_t>& bytes,
                  std::string& folder, Problems& problems) {
    std::string why;
    if (!readWholeFile(path, limits.maxFileBytes, bytes, why)) {
        problems.push_back({path, "file", why});
        return false;
    }
    std::error_code ec;
    folder = std::filesystem::absolute(path, ec).parent_path().string();
    return true;
}

ParsedGltf::ParsedGltf() = default;
ParsedGltf::~ParsedGltf() = default;
ParsedGltf::ParsedGltf(ParsedGltf&&) noexcept = default;
ParsedGltf& ParsedGltf::operator=(ParsedGltf&&) noexcept = default;

ParsedGltf parseGltf(const std::vector<std::uint8_t>& bytes, const std::string& displayName,
                     const std::string& baseDir, const GltfLimits& limits, bool strict, Problems& problems) {
    ParsedGltf out;
    if (bytes.size() > limits.maxFileBytes || bytes.size() > std::numeric_limits<std::uint32_t>::max()) {
        problems.push_back({displayName, "file",
                            "file has " + std::to_string(bytes.size()) + " bytes, more than the limit of " +
                                std::to_string(std::min<std::uint64_t>(limits.maxFileBytes,
                                                                       std::numeric_limits<std::uint32_t>::max()))});
        return out;
    }
    const bool glb = (bytes.size() >= 4 && std::memcmp(bytes.data(), "glTF", 4) == 0) || endsWithGlb(displayName);
    std::string_view jsonText(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    std::optional<std::size_t> binSize;
    if (glb) {
        const std::optional<GlbParts> parts = splitGlb(bytes.data(), bytes.size(), displayName, problems);
        if (!parts) return out;
        jsonText = parts->json;
        if (parts->bin) binSize = parts->binSize;
    }
    if (jsonText.empty()) {
        problems.push_back({displayName, "file", "file is empty"});
        return out;
    }
    // Strict: a byte order mark makes the file invalid but not unreadable, so reading goes on.
    const std::size_t start = problems.size();
    if (strict) checkNoByteOrderMark(jsonText, displayName, problems);
    const std::size_t tolerated = problems.size() - start;

    const JsonLimits jsonLimits{static_cast<std::size_t>(limits.maxFileBytes), limits.maxJsonDepth};
    std::optional<nlohmann::json> doc = parseJsonGuarded(jsonText, displayName, jsonLimits, problems);
    if (!doc) return out;
    out.doc = std::move(*doc);
    LoaderContext ctx{absoluteFolder(baseDir), displayName, limits, {}, {}, strict, {}};
    if (!precheckGltf(out.doc, glb, binSize, ctx, problems) || problems.size() - start != tolerated) return out;

    tinygltf::TinyGLTF loader;
    installFileCallbacks(loader, ctx);
    installImageLoader(loader, ctx);
    auto model = std::make_unique<tinygltf::Model>();
    std::string err, warn;
    const auto size = static_cast<unsigned int>(bytes.size());
    const bool loaded = glb ? loader.LoadBinaryFromMemory(model.get(), &err, &warn, bytes.data(), size, ctx.baseDir)
                            : loader.LoadASCIIFromString(model.get(), &err, &warn, jsonText.data(), size, ctx.baseDir);
    problems.insert(problems.end(), ctx.problems.begin(), ctx.problems.end());
    problems.insert(problems.end(), ctx.strictProblems.begin(), ctx.strictProblems.end());
    if (!loaded && ctx.problems.empty())
        problems.push_back({displayName, "file", "tinygltf could not load the file: " + err});
    if (loaded && ctx.problems.empty()) out.model = std::move(model);
    return out;
}

}  // namespace backrub::gltf
