// Meshes of a loaded glTF model as triangle lists with checked geometry.
#include "core/base/JsonGuard.h"
#include "core/gltf/detail/GltfAccessors.h"
#include "core/gltf/detail/GltfSceneBuilder.h"

#include <tiny_gltf.h>

#include <glm/geometric.hpp>

#include <cmath>

namespace backrub::gltf {
namespace {

struct PrimitiveBuilder {
    const tinygltf::Model& model;
    const std::string& file;
    Problems& problems;
    std::string ptr;  // "/meshes/M/primitives/P"

    bool fail(const std::string& where, const std::string& message) {
        problems.push_back({file, where, message});
        return false;
    }

    bool vec3Attribute(const std::string& name, int accessor, std::vector<glm::vec3>& out) {
        const std::string where = jsonPointerAppend(ptr + "/attributes", name);
        AccessorFloats data;
        std::string why;
        if (!readFloats(model, accessor, data, why)) return fail(where, why);
        if (data.components != 3) return fail(where, name + " must have 3 components");
        out.resize(data.values.size() / 3);
        for (std::size_t i = 0; i < out.size(); ++i) {
            out[i] = glm::vec3(data.values[3 * i], data.values[3 * i + 1], data.values[3 * i + 2]);
            if (!std::isfinite(out[i].x) || !std::isfinite(out[i].y) || !std::isfinite(out[i].z))
                return fail(where, name + " of vertex " + std::to_string(i) + " is not finite (NaN or infinity)");
        }
        return true;
    }

    // JOINTS_0 and WEIGHTS_0 when the primitive has both (their formats and values are
    // checked before: GltfPrecheckMeshes.cpp, GltfSkinCheck.cpp).
    bool influences(const tinygltf::Primitive& prim, Primitive& out) {
        const auto joints = prim.attributes.find("JOINTS_0");
        const auto weights = prim.attributes.find("WEIGHTS_0");
        if (joints == prim.attributes.end() || weights == prim.attributes.end()) return true;
        AccessorFloats j, w;
        std::string why;
        if (!readFloats(model, joints->second, j, why, true)) return fail(ptr + "/attributes/JOINTS_0", why);
        if (!readFloats(model, weights->second, w, why)) return fail(ptr + "/attributes/WEIGHTS_0", why);
        if (j.components != 4 || w.components != 4 || j.values.size() != w.values.size())
            return fail(ptr + "/attributes", "JOINTS_0 and WEIGHTS_0 must be VEC4 with one element per vertex");
        out.joints.resize(j.values.size() / 4);
        out.weights.resize(w.values.size() / 4);
        for (std::size_t v = 0; v < out.joints.size(); ++v)
            for (int k = 0; k < 4; ++k) {
                out.joints[v][k] = static_cast<std::uint16_t>(j.values[v * 4 + k]);
                out.weights[v][k] = w.values[v * 4 + k];
            }
        return true;
    }

    // Triangle list from the primitive's indices (or 0..n-1) and mode.
    bool triangles(const tinygltf::Primitive& prim, std::size_t vertexCount, std::vector<std::uint32_t>& out) {
        std::vector<std::uint32_t> elements;
        if (prim.indices >= 0) {
            std::string why;
            if (!readIndices(model, prim.indices, elements, why)) return fail(ptr + "/indices", why);
            std::size_t bad = 0, first = 0;
            for (std::size_t i = 0; i < elements.size(); ++i)
                if (elements[i] >= vertexCount && bad++ == 0) first = i;
            if (bad)
                return fail(ptr + "/indices", "index " + std::to_string(elements[first]) + " at position " +
                                                  std::to_string(first) + " is not less than the vertex count " +
                                                  std::to_string(vertexCount) + " (" + std::to_string(bad) +
                                                  " indices out of range)");
        } else {
            elements.resize(vertexCount);
            for (std::size_t i = 0; i < vertexCount; ++i) elements[i] = static_cast<std::uint32_t>(i);
        }
        if (prim.mode == TINYGLTF_MODE_TRIANGLE_STRIP) {
            // glTF 2.0, 3.7.2.1: triangle i is {v[i], v[i + 1 + i % 2], v[i + 2 - i % 2]}.
            for (std::size_t i = 0; i + 2 < elements.size(); ++i)
                out.insert(out.end(), {elements[i], elements[i + 1 + i % 2], elements[i + 2 - i % 2]});
        } else if (prim.mode == TINYGLTF_MODE_TRIANGLE_FAN) {
            // triangle i is {v[i + 1], v[i + 2], v[0]}.
            for (std::size_t i = 0; i + 2 < elements.size(); ++i)
                out.insert(out.end(), {elements[i + 1], elements[i + 2], elements[0]});
        } else {
            out = std::move(elements);
            out.resize(out.size() / 3 * 3);
        }
        return true;
    }

    bool build(const tinygltf::Primitive& prim, Primitive& out) {
        auto position = prim.attributes.find("POSITION");
        if (position == prim.attributes.end()) return fail(ptr + "/attributes", "POSITION is missing");
        bool ok = vec3Attribute("POSITION", position->second, out.positions);
        auto normal = prim.attributes.find("NORMAL");
        if (normal != prim.attributes.end()) ok = vec3Attribute("NORMAL", normal->second, out.normals) && ok;
        for (const auto& [name, accessor] : prim.attributes) {
            if (name.empty() || name[0] != '_') continue;
            AccessorFloats data;
            std::string why;
            if (!readFloats(model, accessor, data, why)) {
                ok = fail(jsonPointerAppend(ptr + "/attributes", name), why);
                continue;
            }
            out.custom[name] = CustomAttribute{data.components, std::move(data.values)};
        }
        ok = influences(prim, out) && ok;
        if (!ok) return false;
        if (!triangles(prim, out.positions.size(), out.indices)) return false;
        if (out.normals.empty()) out.normals = smoothNormals(out.positions, out.indices);
        out.material = prim.material;
        return true;
    }
};

bool isTriangleMode(int mode) {
    return mode < 0 || mode == TINYGLTF_MODE_TRIANGLES || mode == TINYGLTF_MODE_TRIANGLE_STRIP ||
           mode == TINYGLTF_MODE_TRIANGLE_FAN;
}

}  // namespace

std::vector<glm::vec3> smoothNormals(const std::vector<glm::vec3>& positions, const std::vector<std::uint32_t>& indices) {
    std::vector<glm::vec3> sum(positions.size(), glm::vec3(0.0f));
    for (std::size_t t = 0; t + 2 < indices.size(); t += 3) {
        const std::uint32_t a = indices[t], b = indices[t + 1], c = indices[t + 2];
        // The cross product's length is twice the area: larger faces weigh more.
        const glm::vec3 n = glm::cross(positions[b] - positions[a], positions[c] - positions[a]);
        sum[a] += n;
        sum[b] += n;
        sum[c] += n;
    }
    for (glm::vec3& n : sum) {
        const float len = glm::length(n);
        n = len > 0.0f && std::isfinite(len) ? n / len : glm::vec3(0.0f, 1.0f, 0.0f);
    }
    return sum;
}

bool buildMeshes(const tinygltf::Model& model, const std::string& file, SceneData& scene, Problems& problems) {
    bool ok = true;
    for (std::size_t m = 0; m < model.meshes.size(); ++m) {
        MeshData mesh;
        mesh.name = model.meshes[m].name;
        for (std::size_t p = 0; p < model.meshes[m].primitives.size(); ++p) {
            const tinygltf::Primitive& prim = model.meshes[m].primitives[p];
            if (!isTriangleMode(prim.mode)) continue;  // points and lines: nothing to draw on a body
            PrimitiveBuilder builder{model, file, problems,
                                     "/meshes/" + std::to_string(m) + "/primitives/" + std::to_string(p)};
            Primitive out;
            if (builder.build(prim, out))
                mesh.primitives.push_back(std::move(out));
            else
                ok = false;
        }
        scene.meshes.push_back(std::move(mesh));
    }
    return ok;
}

}  // namespace backrub::gltf
