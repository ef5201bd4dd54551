#include "core/session/StructureSearch.h"

#include "core/body/StructureInfo.h"
#include "core/view/Picking.h"

#include <algorithm>
#include <cctype>
#include <sstream>

namespace backrub {
namespace {

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

glm::vec3 meshCentre(const SceneData& scene, const NodeData& node) {
    glm::vec3 lo(1e30f), hi(-1e30f);
    for (const Primitive& p : scene.meshes[std::size_t(node.mesh)].primitives)
        for (const glm::vec3& v : p.positions) {
            const glm::vec3 w(node.world * glm::vec4(v, 1.0f));
            lo = glm::min(lo, w);
            hi = glm::max(hi, w);
        }
    return lo.x <= hi.x ? 0.5f * (lo + hi) : glm::vec3(node.world[3]);
}

}  // namespace

std::vector<StructureMatch> findStructures(const SceneData& scene, const std::string& query, std::size_t limit) {
    std::vector<std::string> words;
    std::istringstream in(lower(query));
    for (std::string w; in >> w;) words.push_back(w);
    std::vector<StructureMatch> out;
    if (words.empty()) return out;
    for (std::size_t n = 0; n < scene.nodes.size(); ++n) {
        const NodeData& node = scene.nodes[n];
        if (node.mesh < 0 || std::size_t(node.mesh) >= scene.meshes.size()) continue;
        const Layer layer = nodeLayer(scene, int(n));
        if (layer != Layer::Muscles && layer != Layer::Skeleton) continue;
        const std::string name = describeStructure(node.name).name;
        const std::string haystack = lower(name);
        bool all = true;
        for (const std::string& w : words) all = all && haystack.find(w) != std::string::npos;
        if (all) out.push_back({int(n), name, meshCentre(scene, node)});
    }
    std::sort(out.begin(), out.end(), [](const StructureMatch& a, const StructureMatch& b) { return a.name < b.name; });
    if (out.size() > limit) out.resize(limit);
    return out;
}

}  // namespace backrub
