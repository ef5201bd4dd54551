// Index values (glTF 2.0 specification, "Meshes"): each is less than the primitive's
// vertex count and none is the primitive restart value (the largest value of its
// component type). Triangle primitives' bounds are checked when the mesh is built
// (GltfMeshBuilder.cpp); here the other modes, and restart values for all.
#include "core/gltf/detail/GltfStrictChecks.h"

namespace backrub::gltf {
namespace {

bool isTriangleMode(std::uint64_t mode) { return mode >= 4; }

std::uint32_t restartValue(int componentType) {
    return componentType == 5121 ? 0xFFu : componentType == 5123 ? 0xFFFFu : 0xFFFFFFFFu;
}

}  // namespace

void checkIndexValues(Checker& c, AccessorData& data) {
    forEachPrimitive(c, [&](const Json& prim, const std::string& ptr) {
        const Json* indices = c.member(prim, "indices");
        const Json& attributes = prim.at("attributes");
        if (!indices || attributes.empty()) return;
        const int accessor = indices->get<int>();
        const std::uint64_t vertices = c.accessors[attributes.begin()->get<std::size_t>()].count;
        const Json* modeValue = c.member(prim, "mode");
        const bool checkBounds = !isTriangleMode(modeValue ? modeValue->get<std::uint64_t>() : 4);
        const std::uint32_t restart = restartValue(c.accessors[std::size_t(accessor)].componentType);
        std::vector<std::uint32_t> values;
        std::string why;
        if (!readIndices(data.model(), accessor, values, why)) return;  // reported by the pre-validation
        const std::string where = ptr + "/indices";
        for (std::size_t k = 0; k < values.size(); ++k) {
            if (values[k] == restart) {
                c.problem(where, "index " + std::to_string(values[k]) + " at position " + std::to_string(k) +
                                     " is the primitive restart value, which glTF does not allow");
                break;
            }
            if (checkBounds && values[k] >= vertices) {
                c.problem(where, "index " + std::to_string(values[k]) + " at position " + std::to_string(k) +
                                     " is not less than the vertex count " + std::to_string(vertices));
                break;
            }
        }
    });
}

}  // namespace backrub::gltf
