#pragma once
// The GLB container: 12-byte header, a JSON chunk, an optional BIN chunk.
// Internal to the glTF loader.
#include "core/base/Problem.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace backrub::gltf {

struct GlbParts {
    std::string_view json;             // JSON chunk payload
    const std::uint8_t* bin = nullptr;  // BIN chunk payload, nullptr when absent
    std::size_t binSize = 0;
};

// Checks magic, version 2, total length, chunk order, types, lengths and 4-byte
// alignment. Problems are located at "GLB header" or "GLB chunk N".
std::optional<GlbParts> splitGlb(const std::uint8_t* data, std::size_t size, const std::string& file,
                                 Problems& problems);

}  // namespace backrub::gltf
