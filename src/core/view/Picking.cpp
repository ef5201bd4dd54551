#include "core/view/Picking.h"

#include <cmath>
#include <limits>

namespace backrub {
namespace {

// Möller–Trumbore; returns distance along the ray or a negative value on miss.
float intersect(const glm::vec3& o, const glm::vec3& d, const glm::vec3& a, const glm::vec3& b, const glm::vec3& c,
                glm::vec2& uv) {
    const glm::vec3 e1 = b - a, e2 = c - a;
    const glm::vec3 p = glm::cross(d, e2);
    const float det = glm::dot(e1, p);
    if (std::fabs(det) < 1e-12f) return -1.0f;
    const float inv = 1.0f / det;
    const glm::vec3 s = o - a;
    const float u = glm::dot(s, p) * inv;
    if (u < 0.0f || u > 1.0f) return -1.0f;
    const glm::vec3 q = glm::cross(s, e1);
    const float v = glm::dot(d, q) * inv;
    if (v < 0.0f || u + v > 1.0f) return -1.0f;
    uv = {u, v};
    return glm::dot(e2, q) * inv;
}

}  // namespace

Layer nodeLayer(const SceneData& scene, int node) {
    for (int n = node, guard = 0; n >= 0 && guard < 10000; n = scene.nodes[n].parent, ++guard)
        if (auto layer = layerFromNodeName(scene.nodes[n].name)) return *layer;
    return Layer::Other;
}

std::optional<PickHit> pickScene(const SceneData& scene, const glm::vec3& origin, const glm::vec3& direction,
                                 const ViewSettings& settings, bool throughSeeThrough) {
    std::optional<PickHit> best;
    float bestT = std::numeric_limits<float>::max();
    for (std::size_t n = 0; n < scene.nodes.size(); ++n) {
        const NodeData& node = scene.nodes[n];
        if (node.mesh < 0) continue;
        const Layer layer = nodeLayer(scene, static_cast<int>(n));
        const LayerSettings& ls = settings.layer(layer);
        if (!ls.visible || ls.opacity <= 0.0f || (throughSeeThrough && ls.opacity < 1.0f)) continue;
        // Intersect in the node's local space; t stays comparable because the
        // direction is transformed without normalising.
        const glm::mat4 inv = glm::inverse(node.world);
        const glm::vec3 o = glm::vec3(inv * glm::vec4(origin, 1.0f));
        const glm::vec3 d = glm::vec3(inv * glm::vec4(direction, 0.0f));
        const auto& prims = scene.meshes[node.mesh].primitives;
        for (std::size_t p = 0; p < prims.size(); ++p) {
            const Primitive& prim = prims[p];
            for (std::size_t i = 0; i + 2 < prim.indices.size(); i += 3) {
                const std::uint32_t ia = prim.indices[i], ib = prim.indices[i + 1], ic = prim.indices[i + 2];
                glm::vec2 uv;
                const float t = intersect(o, d, prim.positions[ia], prim.positions[ib], prim.positions[ic], uv);
                if (t <= 0.0f || t >= bestT) continue;
                bestT = t;
                PickHit hit;
                hit.node = static_cast<int>(n);
                hit.primitive = static_cast<int>(p);
                hit.triangle = static_cast<std::uint32_t>(i / 3);
                hit.distance = t;
                hit.point = origin + t * direction;
                hit.vertices = {ia, ib, ic};
                hit.barycentric = {1.0f - uv.x - uv.y, uv.x, uv.y};
                hit.layer = layer;
                best = hit;
            }
        }
    }
    return best;
}

void rayFromPixel(const glm::mat4& view, const glm::mat4& projection, float x, float y, float width, float height,
                  glm::vec3& origin, glm::vec3& direction) {
    const glm::mat4 inv = glm::inverse(projection * view);
    const float nx = 2.0f * (x + 0.5f) / width - 1.0f;
    const float ny = 1.0f - 2.0f * (y + 0.5f) / height;
    glm::vec4 nearPoint = inv * glm::vec4(nx, ny, -1.0f, 1.0f);
    glm::vec4 farPoint = inv * glm::vec4(nx, ny, 1.0f, 1.0f);
    nearPoint /= nearPoint.w;
    farPoint /= farPoint.w;
    origin = glm::vec3(nearPoint);
    direction = glm::normalize(glm::vec3(farPoint - nearPoint));
}

}  // namespace backrub
