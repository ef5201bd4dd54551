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

// The vertex count every attribute of a primitive must share.
struct VertexCount {
    std::optional<std::uint64_t> count;
    std::string from;   // the attribute it was taken from
    bool agree = true;  // false once an attribute has another count
};

// POSITION's count when it names a valid accessor: counts are compared with it
// rather than with whichever attribute comes first.
VertexCount positionCount(const Checker& c, const Json& attributes) {
    VertexCount vertices;
    const Json* position = c.member(attributes, "POSITION");
    if (position && position->is_number_unsigned() && position->get<std::uint64_t>() < c.accessors.size() &&
        c.accessors[position->get<std::size_t>()].ok) {
        vertices.count = c.accessors[position->get<std::size_t>()].count;
        vertices.from = "POSITION";
    }
    return vertices;
}

// Reports an attribute whose semantic is unknown or whose accessor has a format
// glTF does not allow for it.
void checkAttributeFormat(Checker& c, const std::string& where, const std::string& name, int index) {
    const AccessorInfo& a = c.accessors[index];
    const std::string rule = formatRule(name, a);
    if (rule.empty()) {
        c.problem(where, "attribute " + name + " is not a glTF attribute; application-specific names start with '_'");
    } else if (rule != "ok") {
        c.problem(where, name + " " + rule + ", accessor " + std::to_string(index) + " is " + a.type + " of " +
                             componentTypeName(a.componentType) + (a.normalized ? " normalized" : ""));
    }
}

// Checks each attribute's accessor and format, and that all have the same count.
VertexCount checkAttributes(Checker& c, const Json& attributes, const std::string& ptr) {
    VertexCount vertices = positionCount(c, attributes);
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        const std::string where = jsonPointerAppend(ptr + "/attributes", it.key());
        const std::optional<int> index = c.indexValue(it.value(), where, "accessors");
        if (!index || !c.accessors[*index].ok) continue;
        checkAttributeFormat(c, where, it.key(), *index);
        const std::uint64_t count = c.accessors[*index].count;
        if (!vertices.count) {
            vertices.count = count;
            vertices.from = it.key();
        } else if (count != *vertices.count) {
            vertices.agree = false;
            c.problem(where, it.key() + " has " + std::to_string(count) + " elements but " + vertices.from + " has " +
                                 std::to_string(*vertices.count) +
                                 "; all attributes of a primitive need the same count");
        }
    }
    return vertices;
}

// Each morph target is an object of attribute name -> accessor index.
void checkMorphTargets(Checker& c, const Json& targets, const std::string& ptr) {
    for (std::size_t t = 0; t < targets.size(); ++t) {
        const std::string tptr = ptr + "/targets/" + std::to_string(t);
        if (!targets[t].is_object()) {
            c.problem(tptr, "morph target must be an object");
            continue;
        }
        for (auto it = targets[t].begin(); it != targets[t].end(); ++it)
            c.indexValue(it.value(), jsonPointerAppend(tptr, it.key()), "accessors");
    }
}

// Checks the indices accessor, when there is a valid one, and sets `elementCount` to
// its count. False when that accessor is itself invalid (reported where it is
// declared): then the primitive's counts cannot be checked.
bool checkIndices(Checker& c, const Json& prim, const std::string& ptr, std::optional<std::uint64_t>& elementCount) {
    const std::optional<int> indices = c.indexField(prim, ptr, "indices", "accessors", false);
    if (!indices) return true;
    const AccessorInfo& a = c.accessors[*indices];
    if (!a.ok) return false;
    if (a.type != "SCALAR" || a.normalized ||
        (a.componentType != 5121 && a.componentType != 5123 && a.componentType != 5125))
        c.problem(ptr + "/indices", "indices must be SCALAR of UNSIGNED_BYTE, UNSIGNED_SHORT or UNSIGNED_INT, "
                                    "accessor " + std::to_string(*indices) + " is " + a.type + " of " +
                                    componentTypeName(a.componentType));
    if (!c.member((*c.topArray("accessors"))[*indices], "bufferView"))
        c.problem(ptr + "/indices", "indices accessor " + std::to_string(*indices) + " has no bufferView");
    elementCount = a.count;
    return true;
}

// TRIANGLES need a multiple of 3 elements; every triangle mode needs at least 3.
void checkElementCount(Checker& c, const std::string& ptr, std::uint64_t mode, bool indexed,
                       std::uint64_t elementCount) {
    const std::string shape = indexed ? "index count " : "vertex count ";
    if (mode == Triangles && elementCount % 3 != 0)
        c.problem(ptr, shape + std::to_string(elementCount) + " is not a multiple of 3 (TRIANGLES)");
    else if (elementCount < 3)
        c.problem(ptr, shape + std::to_string(elementCount) + " is too small for a triangle strip or fan");
}

// Adds a primitive to the model's totals; reports the first time a cap is passed.
void addToTotals(Checker& c, const std::string& ptr, std::uint64_t vertices, std::uint64_t triangles,
                 Totals& totals) {
    totals.vertices += vertices;
    totals.triangles += triangles;
    const GltfLimits& limits = c.ctx.limits;
    if (!totals.reported && (totals.vertices > limits.maxVertices || totals.triangles > limits.maxTriangles)) {
        totals.reported = true;
        c.problem(ptr, totals.vertices > limits.maxVertices
                           ? "the model has more than " + std::to_string(limits.maxVertices) + " vertices (the limit)"
                           : "the model has more than " + std::to_string(limits.maxTriangles) +
                                 " triangles (the limit)");
    }
}

// One primitive: its attributes, morph targets and indices, then its triangles
// counted against the model's caps.
void checkPrimitive(Checker& c, const Json& prim, const std::string& ptr, Totals& totals) {
    const std::uint64_t mode = c.uintField(prim, ptr, "mode", false, 0, 6).value_or(Triangles);
    c.indexField(prim, ptr, "material", "materials", false);
    VertexCount vertices;
    if (const Json* attributes = c.objectField(prim, ptr, "attributes", true)) {
        vertices = checkAttributes(c, *attributes, ptr);
        if (mode >= Triangles && !c.member(*attributes, "POSITION"))
            c.problem(ptr + "/attributes", "a triangle primitive needs a POSITION attribute");
    }
    if (const Json* targets = c.arrayField(prim, ptr, "targets", false)) checkMorphTargets(c, *targets, ptr);
    std::optional<std::uint64_t> elementCount = vertices.count;
    if (!checkIndices(c, prim, ptr, elementCount)) return;
    if (mode < Triangles || !vertices.count || !elementCount || !vertices.agree) return;
    checkElementCount(c, ptr, mode, c.member(prim, "indices") != nullptr, *elementCount);
    addToTotals(c, ptr, *vertices.count, mode == Triangles ? *elementCount / 3 : *elementCount - 2, totals);
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
