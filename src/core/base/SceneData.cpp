#include "core/base/SceneData.h"

#include <limits>

namespace backrub {

int SceneData::findNode(const std::string& name) const {
    for (std::size_t i = 0; i < nodes.size(); ++i)
        if (nodes[i].name == name) return static_cast<int>(i);
    return -1;
}

void SceneData::updateWorldTransforms() {
    // Iterative walk: node hierarchies come from files and may be deep.
    std::vector<int> stack;
    for (std::size_t i = 0; i < nodes.size(); ++i)
        if (nodes[i].parent < 0) {
            nodes[i].world = nodes[i].local;
            stack.push_back(static_cast<int>(i));
        }
    while (!stack.empty()) {
        int n = stack.back();
        stack.pop_back();
        for (int c : nodes[n].children) {
            nodes[c].world = nodes[n].world * nodes[c].local;
            stack.push_back(c);
        }
    }
}

bool SceneData::worldBounds(glm::vec3& lo, glm::vec3& hi) const {
    lo = glm::vec3(std::numeric_limits<float>::max());
    hi = glm::vec3(-std::numeric_limits<float>::max());
    bool any = false;
    for (const NodeData& n : nodes) {
        if (n.mesh < 0) continue;
        for (const Primitive& p : meshes[n.mesh].primitives)
            for (const glm::vec3& v : p.positions) {
                glm::vec3 w = glm::vec3(n.world * glm::vec4(v, 1.0f));
                lo = glm::min(lo, w);
                hi = glm::max(hi, w);
                any = true;
            }
    }
    return any;
}

std::size_t SceneData::triangleCount() const {
    std::size_t n = 0;
    for (const MeshData& m : meshes)
        for (const Primitive& p : m.primitives) n += p.indices.size() / 3;
    return n;
}

}  // namespace backrub
