// Pre-validation of meshes: attribute formats per semantic, indices, equal counts,
// primitive modes, and the vertex and triangle caps.
#include "core/base/JsonGuard.h"
#include "core/gltf/detail/GltfChecker.h"

#include <map>

namespace backrub::gltf {
namespace {

enum Mode { Points = 0, Lines, LineLoop, LineStrip, Triangles, TriangleStrip, TriangleFan };

// The formats glTF 2.0 allows for each attribute semantic (3.7.2.1); "" = unknown semantic.
std::string formatRule(const std::string& semantic, const AccessorInfo& a) {
    auto starts = [&](const char* prefix) { return semantic.rfind(prefix, 0) == 0; };
    const bool f = a.componentType == 5126;
    const bool unorm8or16 = a.normalized && (a.componentType == 5121 || a.componentType == 5123);
    if (semantic == "POSITION" || semantic == "NORMAL")
        return a.type == "VEC3" && f ? "ok" : "must be VEC3 of FLOAT";
    if (semantic == "TANGENT") return a.type == "VEC4" && f ? "ok" : "must be VEC4 of FLOAT";
    if (starts("TEXCOORD_"))
        return a.type == "VEC2" && (f || unorm8or16) ? "ok"
                                                     : "must be VEC2 of FLOAT or normalized UNSIGNED_BYTE/UNSIGNED_SHORT";
    if (starts("COLOR_"))
        return (a.type == "VEC3" || a.type == "VEC4") && (f || unorm8or16)
                   ? "ok"
                   : "must be VEC3 or VEC4 of FLOAT or normalized UNSIGNED_BYTE/UNSIGNED_SHORT";
    if (starts("JOINTS_"))
        return a.type == "VEC4" && !a.normalized && (a.componentType == 5121 || a.componentType == 5123)
                   ? "ok"
                   : "must be VEC4 of UNSIGNED_BYTE or UNSIGNED_SHORT";
    if (starts("WEIGHTS_"))
        return a.type == "VEC4" && (f || unorm8or16) ? "ok"
                                                     : "must be VEC4 of FLOAT or normalized UNSIGNED_BYTE/UNSIGNED_SHORT";
    if (starts("_"))
        return a.type == "SCALAR" || a.type == "VEC2" || a.type == "VEC3" || a.type == "VEC4"
                   ? "ok"
                   : "must be SCALAR, VEC2, VEC3 or VEC4";
    return "";
}

struct Totals {
    std::uint64_t vertices = 0;
    std::uint64_t triangles = 0;
    bool reported = false;
};

void checkPrimitive(Checker& c, const Json& prim, const std::string& ptr, Totals& totals) {
    const std::uint64_t mode = c.uintField(prim, ptr, "mode", false, 0, 6).value_or(Triangles);
    c.indexField(prim, ptr, "material", "materials", false);
    std::optional<std::uint64_t> vertexCount;
    std::string firstName;
    bool countsAgree = true;
    if (const Json* attributes = c.objectField(prim, ptr, "attributes", true)) {
        // Counts are compared with POSITION's when it is valid, else with the first attribute's.
        const Json* position = c.member(*attributes, "POSITION");
        if (position && position->is_number_unsigned() && position->get<std::uint64_t>() < c.accessors.size() &&
            c.accessors[position->get<std::size_t>()].ok) {
            vertexCount = c.accessors[position->get<std::size_t>()].count;
            firstName = "POSITION";
        }
        for (auto it = attributes->begin(); it != attributes->end(); ++it) {
            const std::string where = jsonPointerAppend(ptr + "/attributes", it.key());
            const std::optional<int> index = c.indexValue(it.value(), where, "accessors");
            if (!index || !c.accessors[*index].ok) continue;
            const AccessorInfo& a = c.accessors[*index];
            const std::string rule = formatRule(it.key(), a);
            if (rule.empty()) {
                c.problem(where, "attribute " + it.key() +
                                     " is not a glTF attribute; application-specific names start with '_'");
            } else if (rule != "ok") {
                c.problem(where, it.key() + " " + rule + ", accessor " + std::to_string(*index) + " is " + a.type +
                                     " of " + componentTypeName(a.componentType) +
                                     (a.normalized ? " normalized" : ""));
            }
            if (!vertexCount) {
                vertexCount = a.count;
                firstName = it.key();
            } else if (a.count != *vertexCount) {
                countsAgree = false;
                c.problem(where, it.key() + " has " + std::to_string(a.count) + " elements but " + firstName +
                                     " has " + std::to_string(*vertexCount) +
                                     "; all attributes of a primitive need the same count");
            }
        }
        if (mode >= Triangles && !c.member(*attributes, "POSITION"))
            c.problem(ptr + "/attributes", "a triangle primitive needs a POSITION attribute");
    }
    if (const Json* targets = c.arrayField(prim, ptr, "targets", false))
        for (std::size_t t = 0; t < targets->size(); ++t) {
            const std::string tptr = ptr + "/targets/" + std::to_string(t);
            if (!(*targets)[t].is_object()) {
                c.problem(tptr, "morph target must be an object");
                continue;
            }
            for (auto it = (*targets)[t].begin(); it != (*targets)[t].end(); ++it)
                c.indexValue(it.value(), jsonPointerAppend(tptr, it.key()), "accessors");
        }
    std::optional<std::uint64_t> elementCount = vertexCount;
    if (std::optional<int> indices = c.indexField(prim, ptr, "indices", "accessors", false)) {
        const AccessorInfo& a = c.accessors[*indices];
        if (!a.ok) return;
        if (a.type != "SCALAR" || a.normalized ||
            (a.componentType != 5121 && a.componentType != 5123 && a.componentType != 5125))
            c.problem(ptr + "/indices", "indices must be SCALAR of UNSIGNED_BYTE, UNSIGNED_SHORT or UNSIGNED_INT, "
                                        "accessor " + std::to_string(*indices) + " is " + a.type + " of " +
                                        componentTypeName(a.componentType));
        if (!c.member((*c.topArray("accessors"))[*indices], "bufferView"))
            c.problem(ptr + "/indices", "indices accessor " + std::to_string(*indices) + " has no bufferView");
        elementCount = a.count;
    }
    if (mode < Triangles || !vertexCount || !elementCount || !countsAgree) return;
    const std::string shape = c.member(prim, "indices") ? "index count " : "vertex count ";
    if (mode == Triangles && *elementCount % 3 != 0)
        c.problem(ptr, shape + std::to_string(*elementCount) + " is not a multiple of 3 (TRIANGLES)");
    else if (*elementCount < 3)
        c.problem(ptr, shape + std::to_string(*elementCount) + " is too small for a triangle strip or fan");
    totals.vertices += *vertexCount;
    totals.triangles += mode == Triangles ? *elementCount / 3 : *elementCount - 2;
    const GltfLimits& limits = c.ctx.limits;
    if (!totals.reported && (totals.vertices > limits.maxVertices || totals.triangles > limits.maxTriangles)) {
        totals.reported = true;
        c.problem(ptr, totals.vertices > limits.maxVertices
                           ? "the model has more than " + std::to_string(limits.maxVertices) + " vertices (the limit)"
                           : "the model has more than " + std::to_string(limits.maxTriangles) +
                                 " triangles (the limit)");
    }
}

}  // namespace

void checkMeshes(Checker& c) {
    Totals totals;
    for (std::size_t m = 0; m < c.count("meshes"); ++m) {
        const Json& mesh = (*c.topArray("meshes"))[m];
        const std::string ptr = "/meshes/" + std::to_string(m);
        if (!mesh.is_object()) continue;
        const Json* primitives = c.arrayField(mesh, ptr, "primitives", true);
        if (!primitives) continue;
        if (primitives->empty()) c.problem(ptr + "/primitives", "a mesh needs at least one primitive");
        for (std::size_t p = 0; p < primitives->size(); ++p) {
            const Json& prim = (*primitives)[p];
            const std::string pptr = ptr + "/primitives/" + std::to_string(p);
            if (!prim.is_object())
                c.problem(pptr, "primitive must be an object");
            else
                checkPrimitive(c, prim, pptr, totals);
        }
        if (const Json* weights = c.arrayField(mesh, ptr, "weights", false))
            c.numberArrayField(mesh, ptr, "weights", weights->size());
    }
}

}  // namespace backrub::gltf
