#pragma once
// Finding a bone or muscle by name: the student types "lat" and gets
// "Latissimus dorsi (left)" and "(right)", picks one, and the viewer shows it.
#include "core/base/SceneData.h"

#include <glm/glm.hpp>

#include <string>
#include <vector>

namespace backrub {

struct StructureMatch {
    int node = -1;
    std::string name;   // as the hover text names it
    glm::vec3 centre{0.0f};  // of its mesh's world bounds
};

// Nodes with a mesh in the muscles or skeleton layer whose readable name contains
// every word of `query` (case-insensitive), sorted by name; at most `limit`. An
// empty query matches nothing.
std::vector<StructureMatch> findStructures(const SceneData& scene, const std::string& query, std::size_t limit = 12);

}  // namespace backrub
