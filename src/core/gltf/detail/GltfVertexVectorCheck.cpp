// Normals and tangents (glTF 2.0 specification, "Meshes": NORMAL is a unit XYZ vector,
// TANGENT a unit XYZ vector with a W of 1 or -1 for the handedness). Morph target
// values are differences, not checked.
#include "core/gltf/detail/GltfStrictChecks.h"

#include <cmath>

namespace backrub::gltf {
namespace {

// How far a normal's or tangent's length may be from 1: float normals computed and
// written with a few significant digits stay well within it (our figure).
constexpr double kUnitVectorTolerance = 5e-3;

void checkVectors(Checker& c, const AccessorFloats& values, bool tangent, const std::string& where) {
    const std::size_t n = std::size_t(values.components);
    for (std::size_t e = 0; e * n < values.values.size(); ++e) {
        const float* v = &values.values[e * n];
        const double length = std::sqrt(double(v[0]) * v[0] + double(v[1]) * v[1] + double(v[2]) * v[2]);
        if (std::fabs(length - 1.0) > kUnitVectorTolerance) {
            c.problem(where, "vector " + std::to_string(e) + " has length " + numberText(length) + ", expected 1 (unit)");
            return;
        }
        if (tangent && v[3] != 1.0f && v[3] != -1.0f) {
            c.problem(where, "tangent " + std::to_string(e) + " has w " + numberText(v[3]) + ", expected 1 or -1");
            return;
        }
    }
}

}  // namespace

void checkVertexVectors(Checker& c, AccessorData& data) {
    forEachPrimitive(c, [&](const Json& prim, const std::string& ptr) {
        const Json& attributes = prim.at("attributes");
        for (const char* name : {"NORMAL", "TANGENT"}) {
            const Json* index = c.member(attributes, name);
            if (!index) continue;
            const bool tangent = name[0] == 'T';
            const AccessorInfo& a = c.accessors[index->get<std::size_t>()];
            if (a.type != (tangent ? "VEC4" : "VEC3")) continue;  // reported with the attribute formats
            if (const AccessorFloats* values = data.get(index->get<int>()))
                checkVectors(c, *values, tangent, ptr + "/attributes/" + name);
        }
    });
}

}  // namespace backrub::gltf
