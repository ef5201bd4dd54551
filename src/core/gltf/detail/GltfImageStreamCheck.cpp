// Image streams (glTF 2.0 specification, "Images": PNG or JPEG data): the loader reads
// only an image's header, so a stream cut short would pass it. A PNG is walked chunk
// by chunk (length, type, data, CRC) from IHDR to IEND; a JPEG must end with its EOI
// marker. Pixels are not decoded.
#include "core/gltf/detail/GltfStrictChecks.h"

#include <cstring>

namespace backrub::gltf {
namespace {

std::uint32_t bigEndian32(const unsigned char* p) {
    return std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[2]) << 8 | std::uint32_t(p[3]);
}

std::string pngProblem(const unsigned char* bytes, std::size_t size) {
    std::size_t at = 8;  // after the signature
    for (bool first = true;; first = false) {
        if (size - at < 12) return "the PNG stream ends inside a chunk, before its IEND chunk";
        const std::uint64_t length = bigEndian32(bytes + at);
        const std::string type(reinterpret_cast<const char*>(bytes + at + 4), 4);
        if (first && type != "IHDR") return "the PNG stream does not start with an IHDR chunk";
        if (length > size - at - 12) return "the PNG stream ends inside its " + type + " chunk";
        if (type == "IEND") return "";
        at += 12 + length;
    }
}

}  // namespace

std::string imageStreamProblem(const unsigned char* bytes, std::size_t size) {
    if (size >= 8 && std::memcmp(bytes, "\x89PNG", 4) == 0) return pngProblem(bytes, size);
    if (size < 4 || bytes[size - 2] != 0xFF || bytes[size - 1] != 0xD9)
        return "the JPEG stream does not end with an EOI marker (FF D9)";
    return "";
}

}  // namespace backrub::gltf
