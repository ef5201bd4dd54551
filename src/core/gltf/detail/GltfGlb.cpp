#include "core/gltf/detail/GltfGlb.h"

#include <string>

namespace backrub::gltf {
namespace {

constexpr std::uint32_t kMagic = 0x46546C67;      // "glTF"
constexpr std::uint32_t kChunkJson = 0x4E4F534A;  // "JSON"
constexpr std::uint32_t kChunkBin = 0x004E4942;   // "BIN\0"

std::uint32_t readU32(const std::uint8_t* p) {
    return std::uint32_t(p[0]) | std::uint32_t(p[1]) << 8 | std::uint32_t(p[2]) << 16 | std::uint32_t(p[3]) << 24;
}

std::string hex(std::uint32_t v) {
    static const char* digits = "0123456789ABCDEF";
    std::string s = "0x";
    for (int shift = 28; shift >= 0; shift -= 4) s += digits[(v >> shift) & 0xF];
    return s;
}

}  // namespace

std::optional<GlbParts> splitGlb(const std::uint8_t* data, std::size_t size, const std::string& file,
                                 Problems& problems) {
    auto fail = [&](const std::string& where, const std::string& message) {
        problems.push_back({file, where, message});
        return std::nullopt;
    };
    if (size < 12)
        return fail("GLB header", "file has " + std::to_string(size) + " bytes, a GLB header needs 12");
    if (readU32(data) != kMagic) return fail("GLB header", "magic is " + hex(readU32(data)) + ", expected \"glTF\"");
    const std::uint32_t version = readU32(data + 4);
    if (version != 2) return fail("GLB header", "version is " + std::to_string(version) + ", expected 2");
    const std::uint32_t length = readU32(data + 8);
    if (length != size)
        return fail("GLB header", "header length is " + std::to_string(length) + " bytes but the file has " +
                                      std::to_string(size));

    GlbParts parts;
    std::uint64_t offset = 12;
    for (int chunk = 0; offset < size; ++chunk) {
        const std::string where = "GLB chunk " + std::to_string(chunk);
        if (size - offset < 8)
            return fail(where, "chunk header needs 8 bytes at offset " + std::to_string(offset) + " but only " +
                                   std::to_string(size - offset) + " remain");
        const std::uint32_t chunkLength = readU32(data + offset);
        const std::uint32_t chunkType = readU32(data + offset + 4);
        const std::uint64_t begin = offset + 8;
        if (chunkLength > size - begin)
            return fail(where, "chunk length " + std::to_string(chunkLength) + " runs past the end of the file (" +
                                   std::to_string(size - begin) + " bytes remain)");
        if (chunkLength % 4 != 0)
            return fail(where, "chunk length " + std::to_string(chunkLength) + " is not a multiple of 4");
        if (chunk == 0) {
            if (chunkType != kChunkJson)
                return fail(where, "first chunk has type " + hex(chunkType) + ", expected JSON (0x4E4F534A)");
            if (chunkLength == 0) return fail(where, "JSON chunk is empty");
            parts.json = std::string_view(reinterpret_cast<const char*>(data + begin), chunkLength);
        } else if (chunk == 1) {
            if (chunkType != kChunkBin)
                return fail(where, "second chunk has type " + hex(chunkType) + ", expected BIN (0x004E4942)");
            if (chunkLength == 0) return fail(where, "BIN chunk is empty; omit it instead");
            parts.bin = data + begin;
            parts.binSize = chunkLength;
        } else if (chunkType == kChunkJson || chunkType == kChunkBin) {
            return fail(where, "a GLB holds one JSON chunk and at most one BIN chunk");
        }
        // Chunks of other types after BIN are ignored, as the specification asks.
        offset = begin + chunkLength;
    }
    if (parts.json.empty()) return fail("GLB chunk 0", "file has no JSON chunk");
    return parts;
}

}  // namespace backrub::gltf
