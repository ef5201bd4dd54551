// Accessor min and max (glTF 2.0 specification, "Accessors Bounds"): when declared they
// are the exact least and greatest value of each component, as stored (the
// `normalized` flag does not apply to them), compared in the component's own
// precision; POSITION accessors, of a primitive or of a morph target, must declare
// both ("Meshes", "Morph Targets").
#include "core/gltf/detail/GltfStrictChecks.h"

#include "core/base/JsonGuard.h"

#include <algorithm>

namespace backrub::gltf {
namespace {

void requireBounds(Checker& c, const std::string& where, int accessor) {
    const Json& a = element(c, "accessors", std::size_t(accessor));
    if (!c.member(a, "min") || !c.member(a, "max"))
        c.problem(where, "POSITION accessor " + std::to_string(accessor) + " must declare min and max");
}

void requirePositionBounds(Checker& c) {
    forEachPrimitive(c, [&](const Json& prim, const std::string& ptr) {
        if (const Json* position = c.member(prim.at("attributes"), "POSITION"))
            requireBounds(c, ptr + "/attributes/POSITION", position->get<int>());
        const Json* targets = c.member(prim, "targets");
        for (std::size_t t = 0; targets && t < targets->size(); ++t)
            if (const Json* position = c.member((*targets)[t], "POSITION"))
                requireBounds(c, ptr + "/targets/" + std::to_string(t) + "/POSITION", position->get<int>());
    });
}

// A declared bound against the data, in float precision for FLOAT components.
bool sameValue(double declared, float actual, bool isFloat) {
    return isFloat ? static_cast<float>(declared) == actual : declared == static_cast<double>(actual);
}

void compareBounds(Checker& c, std::size_t i, const AccessorFloats& values) {
    const Json& a = element(c, "accessors", i);
    const bool isFloat = c.accessors[i].componentType == 5126;
    const std::size_t n = std::size_t(values.components);
    for (const char* key : {"min", "max"}) {
        const Json* declared = c.member(a, key);
        if (!declared) continue;
        const bool isMin = key[1] == 'i';
        for (std::size_t k = 0; k < n; ++k) {
            float actual = values.values[k];
            for (std::size_t e = k; e < values.values.size(); e += n)
                actual = isMin ? std::min(actual, values.values[e]) : std::max(actual, values.values[e]);
            const double d = (*declared)[k].get<double>();
            if (!sameValue(d, actual, isFloat))
                c.problem("/accessors/" + std::to_string(i) + "/" + key + "/" + std::to_string(k),
                          std::string(key) + "[" + std::to_string(k) + "] is " + numberText(d) + " but the " +
                              (isMin ? "least" : "greatest") + " value of that component is " + numberText(actual));
        }
    }
}

}  // namespace

void checkAccessorBounds(Checker& c, AccessorData& data) {
    requirePositionBounds(c);
    for (std::size_t i = 0; i < c.count("accessors"); ++i) {
        const Json& a = element(c, "accessors", i);
        if (!c.member(a, "min") && !c.member(a, "max")) continue;
        if (const AccessorFloats* values = data.get(static_cast<int>(i), true)) compareBounds(c, i, *values);
    }
}

}  // namespace backrub::gltf
