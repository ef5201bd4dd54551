#pragma once
// Decoding glTF accessors from a loaded tinygltf model, with bounds checks on every
// read (the pre-validation already checked them; these checks keep decoding safe
// on its own). Internal to the glTF loader.
#include "core/base/Problem.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tinygltf {
class Model;
}

namespace backrub::gltf {

struct AccessorFloats {
    int components = 0;        // per element: 1 (SCALAR) ... 16 (MAT4)
    std::vector<float> values; // count * components
};

// Reads any accessor as floats; normalized integers map to [0,1] or [-1,1] as the
// glTF specification says, other integers convert to their value. An accessor
// without a bufferView reads as zeros. On a bounds problem returns false and
// explains in `why`. `raw`: normalized integers too convert to their stored value
// (what accessor min and max describe).
bool readFloats(const tinygltf::Model& model, int accessor, AccessorFloats& out, std::string& why, bool raw = false);

// Reads a SCALAR accessor of UNSIGNED_BYTE, UNSIGNED_SHORT or UNSIGNED_INT.
bool readIndices(const tinygltf::Model& model, int accessor, std::vector<std::uint32_t>& out, std::string& why);

}  // namespace backrub::gltf
