// Animations (glTF 2.0 specification, "Animations"): a sampler's interpolation is LINEAR,
// STEP or CUBICSPLINE; its input is a SCALAR FLOAT accessor with min and max whose
// keyframe times are not negative and strictly increasing; a channel targets a
// node's translation, rotation, scale or weights, no two channels the same one, not
// the TRS of a node with a matrix, weights only of a mesh with morph targets; the
// output has the format of its path and one element per keyframe (three for
// CUBICSPLINE, times the target count for weights), rotations of unit length.
// Backrub shows the rest pose: animations are reported as ignored.
#include "core/gltf/detail/GltfStrictChecks.h"

#include <cmath>
#include <set>

namespace backrub::gltf {
namespace {

void checkSampler(Checker& c, AccessorData& data, const Json& sampler, const std::string& ptr) {
    const Json* interpolation = c.member(sampler, "interpolation");
    if (interpolation) {
        const std::string name = interpolation->get<std::string>();
        if (name != "LINEAR" && name != "STEP" && name != "CUBICSPLINE")
            c.problem(ptr + "/interpolation", "interpolation \"" + name + "\" is not LINEAR, STEP or CUBICSPLINE");
    }
    const int input = sampler.at("input").get<int>();
    const AccessorInfo& in = c.accessors[std::size_t(input)];
    const Json& inJson = element(c, "accessors", std::size_t(input));
    if (in.type != "SCALAR" || in.componentType != 5126) {
        c.problem(ptr + "/input", "keyframe times must be SCALAR of FLOAT, accessor " + std::to_string(input) +
                                      " is " + in.type + " of " + componentTypeName(in.componentType));
        return;
    }
    if (!c.member(inJson, "min") || !c.member(inJson, "max"))
        c.problem(ptr + "/input", "keyframe time accessor " + std::to_string(input) + " must declare min and max");
    if (interpolation && interpolation->get<std::string>() == "CUBICSPLINE" && in.count < 2)
        c.problem(ptr + "/input", "a CUBICSPLINE sampler needs at least 2 keyframes, accessor " +
                                      std::to_string(input) + " has " + std::to_string(in.count));
    const AccessorFloats* times = data.get(input);
    if (!times) return;
    for (std::size_t k = 0; k < times->values.size(); ++k) {
        const float t = times->values[k];
        if (t < 0) {
            c.problem(ptr + "/input", "keyframe time " + numberText(t) + " at index " + std::to_string(k) + " is negative");
            return;
        }
        if (k > 0 && !(t > times->values[k - 1])) {
            c.problem(ptr + "/input", "keyframe time " + numberText(t) + " at index " + std::to_string(k) +
                                          " is not greater than the one before (" + numberText(times->values[k - 1]) + ")");
            return;
        }
    }
}

// Morph targets of the mesh on `node`, 0 without a mesh.
std::size_t morphTargets(const Checker& c, const Json& node) {
    const Json* mesh = c.member(node, "mesh");
    if (!mesh) return 0;
    const Json& primitives = element(c, "meshes", mesh->get<std::size_t>()).at("primitives");
    const Json* targets = primitives.empty() ? nullptr : c.member(primitives[0], "targets");
    return targets ? targets->size() : 0;
}

bool outputFormatOk(const std::string& path, const AccessorInfo& a) {
    const bool f = a.componentType == 5126 && !a.normalized;
    const bool snorm = a.normalized && a.componentType != 5125 && a.componentType != 5126;
    if (path == "translation" || path == "scale") return a.type == "VEC3" && f;
    if (path == "rotation") return a.type == "VEC4" && (f || snorm);
    return a.type == "SCALAR" && (f || snorm);  // weights
}

void checkRotations(Checker& c, const AccessorFloats& values, bool cubic, const std::string& where) {
    const std::size_t n = values.values.size() / 4;
    for (std::size_t e = cubic ? 1 : 0; e < n; e += cubic ? 3 : 1) {
        double sum = 0;
        for (std::size_t k = 0; k < 4; ++k) sum += double(values.values[e * 4 + k]) * values.values[e * 4 + k];
        if (std::fabs(std::sqrt(sum) - 1.0) > kUnitQuaternionTolerance) {
            c.problem(where, "rotation output " + std::to_string(e) + " has length " + numberText(std::sqrt(sum)) +
                                 ", expected 1 (unit)");
            return;
        }
    }
}

void checkChannel(Checker& c, AccessorData& data, const Json& animation, const Json& channel, const std::string& ptr,
                  std::set<std::pair<int, std::string>>& targets) {
    const Json& target = channel.at("target");
    const std::string path = target.at("path").get<std::string>();
    if (path != "translation" && path != "rotation" && path != "scale" && path != "weights") {
        c.problem(ptr + "/target/path", "path \"" + path + "\" is not translation, rotation, scale or weights");
        return;
    }
    const Json* nodeIndex = c.member(target, "node");
    std::size_t weightsPerKey = 1;
    if (nodeIndex) {
        const Json& node = element(c, "nodes", nodeIndex->get<std::size_t>());
        if (!targets.insert({nodeIndex->get<int>(), path}).second)
            c.problem(ptr + "/target", "another channel of this animation already targets " + path + " of node " +
                                           std::to_string(nodeIndex->get<int>()));
        if (path != "weights" && c.member(node, "matrix"))
            c.problem(ptr + "/target", "node " + std::to_string(nodeIndex->get<int>()) +
                                           " has a matrix; its " + path + " cannot be animated");
        if (path == "weights") {
            weightsPerKey = morphTargets(c, node);
            if (weightsPerKey == 0)
                c.problem(ptr + "/target", "node " + std::to_string(nodeIndex->get<int>()) +
                                               " has no mesh with morph targets whose weights could be animated");
        }
    }
    const Json& sampler = animation.at("samplers").at(channel.at("sampler").get<std::size_t>());
    const AccessorInfo& in = c.accessors[sampler.at("input").get<std::size_t>()];
    const int output = sampler.at("output").get<int>();
    const AccessorInfo& out = c.accessors[std::size_t(output)];
    const Json* interpolation = c.member(sampler, "interpolation");
    const bool cubic = interpolation && interpolation->get<std::string>() == "CUBICSPLINE";
    if (!outputFormatOk(path, out)) {
        c.problem(ptr + "/sampler", path + " output accessor " + std::to_string(output) + " is " + out.type + " of " +
                                        componentTypeName(out.componentType) + (out.normalized ? " normalized" : "") +
                                        ", not a format for " + path);
        return;
    }
    const std::uint64_t expected = in.count * (cubic ? 3 : 1) * weightsPerKey;
    if (weightsPerKey > 0 && out.count != expected)
        c.problem(ptr + "/sampler", "output accessor " + std::to_string(output) + " has " + std::to_string(out.count) +
                                        " elements, expected " + std::to_string(expected) + " for " +
                                        std::to_string(in.count) + " keyframes");
    else if (path == "rotation")
        if (const AccessorFloats* values = data.get(output)) checkRotations(c, *values, cubic, ptr + "/sampler");
}

}  // namespace

void checkAnimations(Checker& c, AccessorData& data) {
    for (std::size_t a = 0; a < c.count("animations"); ++a) {
        const Json& animation = element(c, "animations", a);
        const std::string ptr = "/animations/" + std::to_string(a);
        const Json& samplers = animation.at("samplers");
        for (std::size_t k = 0; k < samplers.size(); ++k)
            checkSampler(c, data, samplers[k], ptr + "/samplers/" + std::to_string(k));
        const Json& channels = animation.at("channels");
        std::set<std::pair<int, std::string>> targets;
        for (std::size_t k = 0; k < channels.size(); ++k)
            checkChannel(c, data, animation, channels[k], ptr + "/channels/" + std::to_string(k), targets);
        c.warning(ptr, "animations are ignored: Backrub shows the rest pose");
    }
}

}  // namespace backrub::gltf
