// Skins (glTF 2.0 specification, "Skins"): joints are distinct nodes; inverseBindMatrices is
// a MAT4 of FLOAT with an element per joint, each an affine transform (last row
// 0, 0, 0, 1); a node with a skin has a mesh whose primitives carry JOINTS_n and
// WEIGHTS_n in pairs; every joint index is less than the skin's joint count, no joint
// with a non-zero weight is named twice for one vertex, and each vertex's weights are
// not negative (nor NaN) and sum to 1 ("Skinned Mesh Attributes"). A skinned node with
// a parent or a transform of its own is a warning. The loader runs these checks too
// on the skins it reads (GltfLoader.cpp). The joints share one root
// node, the skeleton (when given) is an ancestor of each or a joint above the others,
// and a scene that shows a skinned node shows its joints ("Joint Hierarchy"). The attribute formats are checked with the
// other attributes (GltfPrecheckMeshes.cpp).
#include "core/gltf/detail/GltfStrictChecks.h"

#include "core/base/JsonGuard.h"

#include <cmath>
#include <set>

namespace backrub::gltf {
namespace {

// How far a vertex's weight sum may be from 1: float32 rounding of a few addends for
// FLOAT, half a step of each stored weight for normalized integers (our figures).
constexpr double kFloatSumTolerance = 2e-6;

void checkSkinObject(Checker& c, AccessorData& data, std::size_t s) {
    const Json& skin = element(c, "skins", s);
    const std::string ptr = "/skins/" + std::to_string(s);
    const Json& joints = skin.at("joints");
    std::set<int> seen;
    for (std::size_t k = 0; k < joints.size(); ++k)
        if (!seen.insert(joints[k].get<int>()).second)
            c.problem(ptr + "/joints/" + std::to_string(k),
                      "node " + std::to_string(joints[k].get<int>()) + " is listed twice as a joint");
    const Json* ibm = c.member(skin, "inverseBindMatrices");
    if (!ibm) return;
    const AccessorInfo& a = c.accessors[ibm->get<std::size_t>()];
    if (a.type != "MAT4" || a.componentType != 5126 || a.normalized)
        c.problem(ptr + "/inverseBindMatrices", "inverse bind matrices must be MAT4 of FLOAT, accessor " +
                                                    std::to_string(ibm->get<int>()) + " is " + a.type + " of " +
                                                    componentTypeName(a.componentType));
    else if (a.count < joints.size())
        c.problem(ptr + "/inverseBindMatrices", "accessor " + std::to_string(ibm->get<int>()) + " has " +
                                                    std::to_string(a.count) + " matrices for " +
                                                    std::to_string(joints.size()) + " joints");
    else if (const AccessorFloats* m = data.get(ibm->get<int>()))
        for (std::size_t e = 0; e < a.count; ++e) {
            const float* v = &m->values[e * 16];
            if (v[3] != 0 || v[7] != 0 || v[11] != 0 || v[15] != 1) {
                c.problem(ptr + "/inverseBindMatrices", "inverse bind matrix " + std::to_string(e) +
                                                            " is not affine: its last row is not (0, 0, 0, 1)");
                break;
            }
        }
}

// The n of every JOINTS_n / WEIGHTS_n pair; reports unpaired ones.
std::vector<std::string> influenceSets(Checker& c, const Json& attributes, const std::string& ptr) {
    std::vector<std::string> sets;
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        const std::string& name = it.key();
        const bool joints = name.rfind("JOINTS_", 0) == 0;
        if (!joints && name.rfind("WEIGHTS_", 0) != 0) continue;
        const std::string n = name.substr(joints ? 7 : 8);
        const std::string other = (joints ? "WEIGHTS_" : "JOINTS_") + n;
        if (!c.member(attributes, other.c_str()))
            c.problem(jsonPointerAppend(ptr, name), name + " needs a matching " + other);
        else if (joints)
            sets.push_back(n);
    }
    return sets;
}

// Joint indices below the joint count; weights not negative, summing to 1.
void checkInfluences(Checker& c, AccessorData& data, const Json& attributes, const std::string& ptr,
                     const std::vector<std::string>& sets, std::size_t jointCount, std::size_t skin) {
    std::vector<const AccessorFloats*> joints, weights;
    double tolerance = kFloatSumTolerance;
    for (const std::string& n : sets) {
        const int w = attributes.at("WEIGHTS_" + n).get<int>();
        joints.push_back(data.get(attributes.at("JOINTS_" + n).get<int>(), true));
        weights.push_back(data.get(w));
        const int ct = c.accessors[std::size_t(w)].componentType;
        if (ct != 5126) tolerance += 4 * 0.5 / (ct == 5121 ? 255.0 : 65535.0);
        if (!joints.back() || !weights.back()) return;
    }
    if (sets.empty()) return;
    bool jointReported = false, duplicateReported = false;
    const std::size_t vertices = joints[0]->values.size() / 4;
    for (std::size_t v = 0; v < vertices; ++v) {
        double sum = 0;
        std::set<float> influencing;  // joints with a non-zero weight on this vertex
        for (std::size_t s = 0; s < sets.size(); ++s)
            for (std::size_t k = 0; k < 4; ++k) {
                const float joint = joints[s]->values[v * 4 + k];
                const float weight = weights[s]->values[v * 4 + k];
                if (!jointReported && joint >= float(jointCount)) {
                    jointReported = true;
                    c.problem(jsonPointerAppend(ptr, "JOINTS_" + sets[s]),
                              "vertex " + std::to_string(v) + " names joint " + numberText(joint) + ", but skin " +
                                  std::to_string(skin) + " has " + std::to_string(jointCount) + " joints");
                }
                if (weight > 0 && !influencing.insert(joint).second && !duplicateReported) {
                    duplicateReported = true;
                    c.problem(jsonPointerAppend(ptr, "JOINTS_" + sets[s]),
                              "vertex " + std::to_string(v) + " names joint " + numberText(joint) +
                                  " twice with a non-zero weight");
                }
                if (!(weight >= 0)) {  // NaN too: the sum test below would let it through
                    c.problem(jsonPointerAppend(ptr, "WEIGHTS_" + sets[s]),
                              "vertex " + std::to_string(v) + " has " +
                                  (std::isnan(weight) ? std::string("a weight that is not a number (NaN)")
                                                      : "a negative weight " + numberText(weight)));
                    return;
                }
                sum += weight;
            }
        if (!(std::fabs(sum - 1.0) <= tolerance)) {
            c.problem(jsonPointerAppend(ptr, "WEIGHTS_" + sets[0]),
                      "the weights of vertex " + std::to_string(v) + " sum to " + numberText(sum) + ", expected 1");
            return;
        }
    }
}

// glTF viewers ignore a skinned node's own transform and its parents' ("Skins": the
// joints alone place the mesh), so one that has them is drawn elsewhere than in
// Backrub; the Khronos validator warns too (NODE_SKINNED_MESH_NON_ROOT, _LOCAL_TRANSFORM).
void warnOfIgnoredTransforms(Checker& c, const Json& node, const std::string& ptr, bool hasParent) {
    if (hasParent)
        c.warning(ptr, "the skinned node has a parent; viewers ignore its parents' transforms for the skinned mesh");
    for (const char* key : {"matrix", "translation", "rotation", "scale"})
        if (c.member(node, key)) {
            c.warning(jsonPointerAppend(ptr, key),
                      "viewers ignore a skinned node's own transform; keep it the identity");
            return;
        }
}

void checkSkinnedNode(Checker& c, AccessorData& data, std::size_t i, const std::vector<int>& parent) {
    const Json& node = element(c, "nodes", i);
    const std::string ptr = "/nodes/" + std::to_string(i);
    warnOfIgnoredTransforms(c, node, ptr, parent[i] >= 0);
    const std::size_t skin = c.member(node, "skin")->get<std::size_t>();
    const Json* mesh = c.member(node, "mesh");
    if (!mesh) {
        c.problem(ptr + "/skin", "a node with a skin needs a mesh");
        return;
    }
    const std::size_t jointCount = element(c, "skins", skin).at("joints").size();
    const Json& primitives = element(c, "meshes", mesh->get<std::size_t>()).at("primitives");
    bool anyJoints = false;
    for (std::size_t p = 0; p < primitives.size(); ++p) {
        const std::string pptr =
            "/meshes/" + std::to_string(mesh->get<int>()) + "/primitives/" + std::to_string(p) + "/attributes";
        const Json& attributes = primitives[p].at("attributes");
        anyJoints = anyJoints || c.member(attributes, "JOINTS_0");
        checkInfluences(c, data, attributes, pptr, influenceSets(c, attributes, pptr), jointCount, skin);
    }
    if (!anyJoints)
        c.problem(ptr + "/skin", "the node has a skin but mesh " + std::to_string(mesh->get<int>()) +
                                     " has no JOINTS_0 and WEIGHTS_0 attributes");
}

// Parent of each node, -1 for roots (the pre-validation made it one parent at most).
std::vector<int> parents(const Checker& c) {
    std::vector<int> parent(c.count("nodes"), -1);
    for (std::size_t i = 0; i < parent.size(); ++i)
        if (const Json* children = c.member(element(c, "nodes", i), "children"))
            for (const Json& child : *children) parent[child.get<std::size_t>()] = static_cast<int>(i);
    return parent;
}

int rootOf(const std::vector<int>& parent, int node) {
    while (parent[std::size_t(node)] >= 0) node = parent[std::size_t(node)];
    return node;
}

bool isAncestorOrSelf(const std::vector<int>& parent, int ancestor, int node) {
    for (; node >= 0; node = parent[std::size_t(node)])
        if (node == ancestor) return true;
    return false;
}

void checkHierarchy(Checker& c, std::size_t s, const std::vector<int>& parent) {
    const Json& skin = element(c, "skins", s);
    const std::string ptr = "/skins/" + std::to_string(s);
    const Json& joints = skin.at("joints");
    if (joints.empty()) return;  // reported as an empty array
    const int root = rootOf(parent, joints[0].get<int>());
    for (const Json& joint : joints)
        if (rootOf(parent, joint.get<int>()) != root) {
            c.problem(ptr + "/joints", "joint nodes " + std::to_string(joints[0].get<int>()) + " and " +
                                           std::to_string(joint.get<int>()) +
                                           " are in different node trees; a skin's joints need a common root");
            return;
        }
    const Json* skeleton = c.member(skin, "skeleton");
    if (!skeleton) return;
    for (const Json& joint : joints)
        if (!isAncestorOrSelf(parent, skeleton->get<int>(), joint.get<int>())) {
            c.problem(ptr + "/skeleton", "skeleton node " + std::to_string(skeleton->get<int>()) +
                                             " is not above joint node " + std::to_string(joint.get<int>()) +
                                             "; it must be the joints' common root or above it");
            return;
        }
}

// A scene that shows a skinned node shows the skin's joints too.
void checkScenesOfSkinnedNodes(Checker& c, const std::vector<int>& parent) {
    for (std::size_t k = 0; k < c.count("scenes"); ++k) {
        const Json* roots = c.member(element(c, "scenes", k), "nodes");
        if (!roots) continue;
        std::set<int> shown;
        for (const Json& r : *roots) shown.insert(r.get<int>());
        for (std::size_t i = 0; i < c.count("nodes"); ++i) {
            const Json* skin = c.member(element(c, "nodes", i), "skin");
            if (!skin || !shown.count(rootOf(parent, static_cast<int>(i)))) continue;
            for (const Json& joint : element(c, "skins", skin->get<std::size_t>()).at("joints"))
                if (!shown.count(rootOf(parent, joint.get<int>()))) {
                    c.problem("/nodes/" + std::to_string(i),
                              "scene " + std::to_string(k) + " shows this skinned node but not its joint node " +
                                  std::to_string(joint.get<int>()));
                    break;
                }
        }
    }
}

}  // namespace

void checkSkins(Checker& c, AccessorData& data) {
    const std::vector<int> parent = parents(c);
    for (std::size_t s = 0; s < c.count("skins"); ++s) checkHierarchy(c, s, parent);
    checkScenesOfSkinnedNodes(c, parent);
    for (std::size_t s = 0; s < c.count("skins"); ++s) checkSkinObject(c, data, s);
    for (std::size_t i = 0; i < c.count("nodes"); ++i) {
        const Json& node = element(c, "nodes", i);
        if (c.member(node, "skin")) {
            checkSkinnedNode(c, data, i, parent);
        } else if (const Json* mesh = c.member(node, "mesh")) {
            const Json& primitives = element(c, "meshes", mesh->get<std::size_t>()).at("primitives");
            for (std::size_t p = 0; p < primitives.size(); ++p)
                if (c.member(primitives[p].at("attributes"), "JOINTS_0"))
                    c.warning("/nodes/" + std::to_string(i),
                              "mesh " + std::to_string(mesh->get<int>()) + " has joints but the node has no skin");
        }
    }
}

}  // namespace backrub::gltf
