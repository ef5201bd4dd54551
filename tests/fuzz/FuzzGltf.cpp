// libFuzzer: glTF and GLB models from untrusted bytes through the loader and the strict
// validator, then the body read from them (docs/model-format.md). No external files:
// a shared model may name any path.
#include "core/body/Body.h"
#include "core/gltf/GltfLoader.h"
#include "core/gltf/GltfValidator.h"

#include <cstddef>
#include <cstdint>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::vector<std::uint8_t> bytes(data, data + size);
    for (const char* name : {"fuzz.glb", "fuzz.gltf"}) {
        (void)backrub::validateGltfFromMemory(bytes, name, "");
        const backrub::GltfLoadResult r = backrub::loadGltfFromMemory(bytes, name, "");
        if (!r.scene) continue;
        backrub::Problems problems;
        (void)backrub::Body::fromScene(*r.scene, name, problems);
    }
    return 0;
}
