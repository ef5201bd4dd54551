// Vertex attributes beyond their formats (glTF 2.0 specification, "Meshes" and
// "Data Alignment"): no UNSIGNED_INT components; each element starts on a 4-byte
// boundary (bufferView byteOffset + accessor byteOffset, and the stride, tight or
// given, are multiples of 4); numbered sets (TEXCOORD_n, COLOR_n, JOINTS_n, WEIGHTS_n)
// count up from 0 without gaps; FLOAT colors lie within 0 to 1.
#include "core/gltf/detail/GltfStrictChecks.h"

#include "core/base/JsonGuard.h"

#include <set>

namespace backrub::gltf {
namespace {

std::uint64_t uintMember(const Checker& c, const Json& obj, const char* key) {
    const Json* v = c.member(obj, key);
    return v ? v->get<std::uint64_t>() : 0;
}

void checkAlignment(Checker& c, const std::string& where, int index) {
    const Json& a = element(c, "accessors", std::size_t(index));
    const Json* viewIndex = c.member(a, "bufferView");
    if (!viewIndex) return;
    const Json& view = element(c, "bufferViews", viewIndex->get<std::size_t>());
    const AccessorInfo& info = c.accessors[std::size_t(index)];
    const std::uint64_t offset = uintMember(c, view, "byteOffset") + uintMember(c, a, "byteOffset");
    const std::uint64_t given = uintMember(c, view, "byteStride");
    const std::uint64_t stride = given ? given : std::uint64_t(componentSize(info.componentType)) * typeComponents(info.type);
    if (offset % 4 != 0 || stride % 4 != 0)
        c.problem(where, "vertex attribute elements must start on 4-byte boundaries; accessor " +
                             std::to_string(index) + " starts at byte " + std::to_string(offset) +
                             " of its buffer with a stride of " + std::to_string(stride) +
                             (given ? "" : " (tightly packed: give the bufferView a byteStride)"));
}

// TEXCOORD_0, TEXCOORD_1 ... with no number missing.
void checkSetNumbers(Checker& c, const Json& attributes, const std::string& ptr) {
    for (const char* prefix : {"TEXCOORD_", "COLOR_", "JOINTS_", "WEIGHTS_"}) {
        const std::string p = prefix;
        std::set<unsigned long> numbers;
        for (auto it = attributes.begin(); it != attributes.end(); ++it) {
            const std::string& name = it.key();
            if (name.rfind(p, 0) != 0 || name.size() == p.size() ||
                name.find_first_not_of("0123456789", p.size()) != std::string::npos || name.size() - p.size() > 6)
                continue;
            numbers.insert(std::stoul(name.substr(p.size())));
        }
        if (!numbers.empty() && *numbers.rbegin() + 1 != numbers.size())
            c.problem(ptr, p + "n attributes must be numbered from 0 without gaps; the primitive has " +
                               std::to_string(numbers.size()) + " up to " + p + std::to_string(*numbers.rbegin()));
    }
}

void checkColors(Checker& c, AccessorData& data, const std::string& where, int index) {
    if (c.accessors[std::size_t(index)].componentType != 5126) return;
    const AccessorFloats* values = data.get(index);
    if (!values) return;
    for (std::size_t k = 0; k < values->values.size(); ++k) {
        const float v = values->values[k];
        if (v < 0 || v > 1) {
            c.problem(where, "color component " + numberText(v) + " of vertex " +
                                 std::to_string(k / std::size_t(values->components)) + " is outside 0 to 1");
            return;
        }
    }
}

}  // namespace

void checkVertexAttributes(Checker& c, AccessorData& data) {
    forEachPrimitive(c, [&](const Json& prim, const std::string& primPtr) {
        const std::string ptr = primPtr + "/attributes";
        const Json& attributes = prim.at("attributes");
        checkSetNumbers(c, attributes, ptr);
        for (auto it = attributes.begin(); it != attributes.end(); ++it) {
            const std::string where = jsonPointerAppend(ptr, it.key());
            const int index = it.value().get<int>();
            if (c.accessors[std::size_t(index)].componentType == 5125)
                c.problem(where, "vertex attributes cannot use UNSIGNED_INT components (accessor " +
                                     std::to_string(index) + ")");
            checkAlignment(c, where, index);
            if (it.key().rfind("COLOR_", 0) == 0) checkColors(c, data, where, index);
        }
    });
}

}  // namespace backrub::gltf
