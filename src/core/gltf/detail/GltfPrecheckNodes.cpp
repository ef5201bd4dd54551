// Pre-validation of the node hierarchy and what refers to nodes: references,
// transforms, one parent per node, no cycles, scenes made of root nodes, skins,
// animations.
#include "core/gltf/detail/GltfChecker.h"

#include <algorithm>
#include <set>

namespace backrub::gltf {
namespace {

std::string idx(std::size_t i) { return std::to_string(i); }

void checkNode(Checker& c, const Json& node, std::size_t i) {
    const std::string ptr = "/nodes/" + idx(i);
    c.indexField(node, ptr, "mesh", "meshes", false);
    c.indexField(node, ptr, "skin", "skins", false);
    c.indexField(node, ptr, "camera", "cameras", false);
    // Transforms become float: larger values would not convert.
    const double big = std::numeric_limits<float>::max();
    c.numberArrayField(node, ptr, "matrix", 16, -big, big);
    c.numberArrayField(node, ptr, "translation", 3, -big, big);
    c.numberArrayField(node, ptr, "rotation", 4, -1.0, 1.0);
    c.numberArrayField(node, ptr, "scale", 3, -big, big);
    if (const Json* weights = c.arrayField(node, ptr, "weights", false))
        c.numberArrayField(node, ptr, "weights", weights->size());
    if (c.member(node, "matrix") &&
        (c.member(node, "translation") || c.member(node, "rotation") || c.member(node, "scale")))
        c.problem(ptr + "/matrix", "a node has either matrix or translation/rotation/scale, not both");
    const Json* children = c.arrayField(node, ptr, "children", false);
    if (!children) return;
    for (std::size_t k = 0; k < children->size(); ++k) {
        const std::string where = ptr + "/children/" + idx(k);
        const std::optional<int> child = c.indexValue((*children)[k], where, "nodes");
        if (!child) continue;
        if (c.parent[*child] >= 0)
            c.problem(where, "node " + idx(*child) + " already has parent node " + idx(c.parent[*child]) +
                                 "; a node can have only one parent");
        else
            c.parent[*child] = static_cast<int>(i);
    }
}

// With one parent per node, following parents either reaches a root or loops.
void checkCycles(Checker& c) {
    enum State { Unseen, OnPath, Done };
    std::vector<State> state(c.parent.size(), Unseen);
    for (std::size_t start = 0; start < c.parent.size(); ++start) {
        std::vector<int> path;
        int n = static_cast<int>(start);
        while (n >= 0 && state[n] == Unseen) {
            state[n] = OnPath;
            path.push_back(n);
            n = c.parent[n];
        }
        if (n >= 0 && state[n] == OnPath) {
            // path from n upward loops back to n; print it parent -> child.
            auto first = std::find(path.begin(), path.end(), n);
            std::vector<int> cycle(first, path.end());
            std::reverse(cycle.begin(), cycle.end());
            std::string text;
            for (std::size_t k = 0; k < cycle.size() && k < 8; ++k) text += "node " + idx(cycle[k]) + " -> ";
            text += cycle.size() > 8 ? "... -> node " + idx(cycle.front()) : "node " + idx(cycle.front());
            c.problem("/nodes/" + idx(cycle.front()) + "/children", "node cycle: " + text);
        }
        for (int p : path) state[p] = Done;
    }
}

void checkScenes(Checker& c) {
    for (std::size_t s = 0; s < c.count("scenes"); ++s) {
        const Json& scene = (*c.topArray("scenes"))[s];
        const std::string ptr = "/scenes/" + idx(s);
        if (!scene.is_object()) continue;
        const Json* nodes = c.arrayField(scene, ptr, "nodes", false);
        if (!nodes) continue;
        std::set<int> seen;
        for (std::size_t k = 0; k < nodes->size(); ++k) {
            const std::string where = ptr + "/nodes/" + idx(k);
            const std::optional<int> node = c.indexValue((*nodes)[k], where, "nodes");
            if (!node) continue;
            if (!seen.insert(*node).second)
                c.problem(where, "node " + idx(*node) + " is listed twice in scene " + idx(s));
            else if (c.parent[*node] >= 0)
                c.problem(where, "node " + idx(*node) + " is not a root: its parent is node " + idx(c.parent[*node]));
        }
    }
    if (c.member(c.root, "scene")) c.indexField(c.root, "", "scene", "scenes", false);
}

void checkSkinsAndAnimations(Checker& c) {
    for (std::size_t s = 0; s < c.count("skins"); ++s) {
        const Json& skin = (*c.topArray("skins"))[s];
        const std::string ptr = "/skins/" + idx(s);
        if (!skin.is_object()) continue;
        if (const Json* joints = c.arrayField(skin, ptr, "joints", true))
            for (std::size_t k = 0; k < joints->size(); ++k)
                c.indexValue((*joints)[k], ptr + "/joints/" + idx(k), "nodes");
        c.indexField(skin, ptr, "skeleton", "nodes", false);
        c.indexField(skin, ptr, "inverseBindMatrices", "accessors", false);
    }
    for (std::size_t a = 0; a < c.count("animations"); ++a) {
        const Json& anim = (*c.topArray("animations"))[a];
        const std::string ptr = "/animations/" + idx(a);
        if (!anim.is_object()) continue;
        const Json* samplers = c.arrayField(anim, ptr, "samplers", true);
        if (samplers)
            for (std::size_t k = 0; k < samplers->size(); ++k) {
                const Json& sampler = (*samplers)[k];
                const std::string sptr = ptr + "/samplers/" + idx(k);
                if (!sampler.is_object()) {
                    c.problem(sptr, "animation sampler must be an object");
                    continue;
                }
                c.indexField(sampler, sptr, "input", "accessors", true);
                c.indexField(sampler, sptr, "output", "accessors", true);
                c.stringField(sampler, sptr, "interpolation", false);
            }
        const Json* channels = c.arrayField(anim, ptr, "channels", true);
        if (!channels) continue;
        for (std::size_t k = 0; k < channels->size(); ++k) {
            const Json& channel = (*channels)[k];
            const std::string cptr = ptr + "/channels/" + idx(k);
            if (!channel.is_object()) {
                c.problem(cptr, "animation channel must be an object");
                continue;
            }
            if (std::optional<std::uint64_t> sampler = c.uintField(channel, cptr, "sampler", true))
                if (!samplers || *sampler >= samplers->size())
                    c.problem(cptr + "/sampler", "sampler " + std::to_string(*sampler) + " does not exist in animation " +
                                                     idx(a));
            if (const Json* target = c.objectField(channel, cptr, "target", true)) {
                c.indexField(*target, cptr + "/target", "node", "nodes", false);
                c.stringField(*target, cptr + "/target", "path", true);
            }
        }
    }
}

// The members tinygltf needs of a camera's projection (it refuses the file otherwise);
// their values are checked by the validator (GltfCameraCheck.cpp).
void checkCamera(Checker& c, const Json& camera, const std::string& ptr) {
    const std::optional<std::string> type = c.stringField(camera, ptr, "type", true);
    if (!type || (*type != "perspective" && *type != "orthographic")) return;
    const bool perspective = *type == "perspective";
    const Json* projection = c.objectField(camera, ptr, type->c_str(), true);
    if (!projection) return;
    const std::string pptr = ptr + "/" + *type;
    struct Member {
        const char* key;
        bool required;
    };
    static const std::vector<Member> perspectiveMembers = {{"yfov", true}, {"znear", true}, {"zfar", false},
                                                           {"aspectRatio", false}};
    static const std::vector<Member> orthographicMembers = {{"xmag", true}, {"ymag", true}, {"znear", true},
                                                            {"zfar", true}};
    const double big = std::numeric_limits<double>::max();
    for (const Member& m : perspective ? perspectiveMembers : orthographicMembers) {
        c.field(*projection, pptr, m.key, m.required);
        c.numberField(*projection, pptr, m.key, -big, big);
    }
}

}  // namespace

void checkNodesAndScenes(Checker& c) {
    c.parent.assign(c.count("nodes"), -1);
    for (std::size_t i = 0; i < c.count("nodes"); ++i) {
        const Json& node = (*c.topArray("nodes"))[i];
        if (node.is_object()) checkNode(c, node, i);
    }
    checkCycles(c);
    checkScenes(c);
    checkSkinsAndAnimations(c);
    for (std::size_t i = 0; i < c.count("cameras"); ++i) {
        const Json& camera = (*c.topArray("cameras"))[i];
        if (camera.is_object()) checkCamera(c, camera, "/cameras/" + idx(i));
    }
}

}  // namespace backrub::gltf
