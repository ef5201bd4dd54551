// Morph targets (glTF 2.0 specification, "Morph Targets"): every primitive of a mesh has
// the same number of targets; a target morphs attributes the primitive has
// (POSITION, NORMAL, TANGENT, TEXCOORD_n, COLOR_n or an application-specific '_'
// name) with one element per vertex, positions and normals as VEC3; mesh and node
// `weights` have one weight per target. Backrub draws the base mesh: targets are
// reported as ignored.
#include "core/gltf/detail/GltfStrictChecks.h"

#include "core/base/JsonGuard.h"

namespace backrub::gltf {
namespace {

bool morphable(const std::string& name) {
    auto starts = [&](const char* prefix) { return name.rfind(prefix, 0) == 0; };
    return name == "POSITION" || name == "NORMAL" || name == "TANGENT" || starts("TEXCOORD_") || starts("COLOR_") ||
           starts("_");
}

void checkTarget(Checker& c, const Json& target, const Json& attributes, const std::string& ptr) {
    for (auto it = target.begin(); it != target.end(); ++it) {
        const std::string& name = it.key();
        const std::string where = jsonPointerAppend(ptr, name);
        if (!morphable(name)) {
            c.problem(where, "attribute " + name + " cannot be a morph target");
            continue;
        }
        const Json* base = c.member(attributes, name.c_str());
        if (!base) {
            c.problem(where, "the primitive has no " + name + " attribute for this target to morph");
            continue;
        }
        const AccessorInfo& t = c.accessors[it.value().get<std::size_t>()];
        const AccessorInfo& b = c.accessors[base->get<std::size_t>()];
        if (t.count != b.count)
            c.problem(where, name + " target has " + std::to_string(t.count) + " elements but the primitive has " +
                                 std::to_string(b.count) + " vertices");
        const bool vec3 = name == "POSITION" || name == "NORMAL" || name == "TANGENT";
        if (vec3 && t.type != "VEC3")
            c.problem(where, name + " target must be VEC3, accessor " + std::to_string(it.value().get<int>()) +
                                 " is " + t.type);
    }
}

// Number of targets of a mesh's first primitive (all must agree).
std::size_t targetCount(const Checker& c, const Json& mesh) {
    const Json& primitives = mesh.at("primitives");
    const Json* targets = primitives.empty() ? nullptr : c.member(primitives[0], "targets");
    return targets ? targets->size() : 0;
}

void checkWeights(Checker& c, const Json& owner, const std::string& ptr, std::size_t targets) {
    const Json* weights = c.member(owner, "weights");
    if (weights && weights->size() != targets)
        c.problem(ptr + "/weights", "weights has " + std::to_string(weights->size()) + " values for " +
                                        std::to_string(targets) + " morph targets");
}

}  // namespace

void checkMorphTargets(Checker& c) {
    for (std::size_t m = 0; m < c.count("meshes"); ++m) {
        const Json& mesh = element(c, "meshes", m);
        const std::string ptr = "/meshes/" + std::to_string(m);
        const Json& primitives = mesh.at("primitives");
        if (primitives.empty()) continue;  // reported by the pre-validation
        const std::size_t expected = targetCount(c, mesh);
        for (std::size_t p = 0; p < primitives.size(); ++p) {
            const std::string pptr = ptr + "/primitives/" + std::to_string(p);
            const Json* targets = c.member(primitives[p], "targets");
            const std::size_t n = targets ? targets->size() : 0;
            if (n != expected)
                c.problem(pptr, "primitive has " + std::to_string(n) + " morph targets but primitive 0 has " +
                                    std::to_string(expected) + "; all primitives of a mesh need the same number");
            for (std::size_t t = 0; t < n; ++t)
                checkTarget(c, (*targets)[t], primitives[p].at("attributes"), pptr + "/targets/" + std::to_string(t));
            if (n > 0) c.warning(pptr + "/targets", "morph targets are ignored: Backrub draws the base mesh");
        }
        checkWeights(c, mesh, ptr, expected);
    }
    for (std::size_t i = 0; i < c.count("nodes"); ++i) {
        const Json& node = element(c, "nodes", i);
        const std::string ptr = "/nodes/" + std::to_string(i);
        const Json* mesh = c.member(node, "mesh");
        if (mesh)
            checkWeights(c, node, ptr, targetCount(c, element(c, "meshes", mesh->get<std::size_t>())));
        else if (c.member(node, "weights"))
            c.problem(ptr + "/weights", "weights need a mesh with morph targets on the node");
    }
}

}  // namespace backrub::gltf
