#pragma once
// A triangle mesh in model space, as the hand meshes hand it to the renderer.
#include <glm/glm.hpp>

#include <cstdint>
#include <vector>

namespace backrub {

struct MeshGeometry {
    std::vector<glm::vec3> positions, normals;  // model space, unit normals
    std::vector<std::uint32_t> indices;         // triangle list
};

}  // namespace backrub
