// Pre-validation of accessors: component types, types, counts within caps, and
// that every element lies inside its bufferView (checked 64-bit arithmetic).
#include "core/gltf/detail/GltfChecker.h"

#include <algorithm>

namespace backrub::gltf {
namespace {

constexpr std::uint64_t kAnySize = std::numeric_limits<std::uint64_t>::max();

// Bytes of one element; matrix columns start on 4-byte boundaries (glTF 2.0, 3.6.2.4).
std::uint64_t elementSize(int componentType, const std::string& type) {
    const std::uint64_t size = componentSize(componentType);
    const int comps = typeComponents(type);
    if (type.compare(0, 3, "MAT") != 0) return size * comps;
    const std::uint64_t rows = type == "MAT2" ? 2 : type == "MAT3" ? 3 : 4;
    const std::uint64_t column = (rows * size + 3) / 4 * 4;
    return column * rows;
}

void checkBounds(Checker& c, std::size_t i, const std::string& ptr, int viewIndex, std::uint64_t offset,
                 const AccessorInfo& a) {
    const Checker::ViewInfo& view = c.views[viewIndex];
    const std::uint64_t size = componentSize(a.componentType);
    const std::uint64_t element = elementSize(a.componentType, a.type);
    const std::uint64_t stride = view.stride ? view.stride : element;
    const std::string name = "accessor " + std::to_string(i);
    if (stride < element) {
        c.problem("/bufferViews/" + std::to_string(viewIndex) + "/byteStride",
                  "byteStride " + std::to_string(stride) + " is smaller than the " + std::to_string(element) +
                      "-byte elements of " + name);
        return;
    }
    if (stride % size != 0 || (view.offset + offset) % size != 0) {
        c.problem(ptr + "/byteOffset", name + " is not aligned to its " + std::to_string(size) +
                                           "-byte components (byteOffset + bufferView byteOffset and byteStride "
                                           "must be multiples of it)");
        return;
    }
    std::uint64_t span = 0;
    const bool overflow = __builtin_mul_overflow(stride, a.count - 1, &span) ||
                          __builtin_add_overflow(span, element, &span);
    if (overflow || offset > view.length || span > view.length - offset)
        c.problem(ptr + "/count", name + " needs " + (overflow ? std::string("more than 2^64") : std::to_string(span)) +
                                      " bytes at offset " + std::to_string(offset) + " but bufferView " +
                                      std::to_string(viewIndex) + " has " + std::to_string(view.length));
}

}  // namespace

void checkAccessors(Checker& c) {
    const GltfLimits& limits = c.ctx.limits;
    // Most elements any use of an accessor may need: vertices, or indices of strips.
    const std::uint64_t countCap =
        std::max(limits.maxVertices, limits.maxTriangles > kAnySize / 4 ? kAnySize : limits.maxTriangles * 3 + 2);
    c.accessors.assign(c.count("accessors"), {});
    for (std::size_t i = 0; i < c.count("accessors"); ++i) {
        const Json& a = (*c.topArray("accessors"))[i];
        const std::string ptr = "/accessors/" + std::to_string(i);
        if (!a.is_object()) continue;
        const std::size_t before = c.problemCount();
        AccessorInfo info;
        const std::optional<int> view = c.indexField(a, ptr, "bufferView", "bufferViews", false);
        const std::uint64_t offset = c.uintField(a, ptr, "byteOffset", false, 0, kAnySize).value_or(0);
        if (std::optional<std::uint64_t> ct = c.uintField(a, ptr, "componentType", true)) {
            info.componentType = static_cast<int>(*ct);
            if (componentSize(info.componentType) == 0)
                c.problem(ptr + "/componentType", "componentType " + std::to_string(*ct) +
                                                      " is not allowed; expected 5120, 5121, 5122, 5123, 5125 or 5126");
        }
        c.boolField(a, ptr, "normalized");
        const Json* normalized = c.member(a, "normalized");
        info.normalized = normalized && normalized->is_boolean() && normalized->get<bool>();
        if (info.normalized && (info.componentType == 5125 || info.componentType == 5126))
            c.problem(ptr + "/normalized", "normalized is only allowed for 8- and 16-bit integer components");
        if (std::optional<std::uint64_t> count = c.uintField(a, ptr, "count", true, 1, kAnySize)) {
            info.count = *count;
            if (*count > countCap)
                c.problem(ptr + "/count",
                          "count " + std::to_string(*count) + " is more than the limit of " + std::to_string(countCap));
        }
        if (std::optional<std::string> type = c.stringField(a, ptr, "type", true)) {
            info.type = *type;
            if (typeComponents(*type) == 0)
                c.problem(ptr + "/type", "type \"" + *type + "\" is not SCALAR, VEC2, VEC3, VEC4, MAT2, MAT3 or MAT4");
            else
                for (const char* key : {"min", "max"}) c.numberArrayField(a, ptr, key, typeComponents(*type));
        }
        if (c.member(a, "sparse")) c.problem(ptr + "/sparse", "sparse accessors are not supported");
        if (c.problemCount() != before) continue;
        if (view && !c.views[*view].ok) continue;  // the bufferView's own problem is reported
        if (view) checkBounds(c, i, ptr, *view, offset, info);
        info.ok = c.problemCount() == before;
        c.accessors[i] = info;
    }
}

}  // namespace backrub::gltf
