#pragma once
// Ray picking against a scene on the CPU: what lies under the cursor (a vertebra,
// a muscle, the skin and its region). Pure math over SceneData, so it is tested
// without a GPU.
#include "core/base/SceneData.h"
#include "core/view/ViewSettings.h"

#include <glm/glm.hpp>

#include <array>
#include <optional>

namespace backrub {

struct PickHit {
    int node = -1;            // scene node hit
    int primitive = 0;        // primitive of that node's mesh
    std::uint32_t triangle = 0;
    float distance = 0.0f;    // along the ray, world units
    glm::vec3 point{0.0f};    // world space
    std::array<std::uint32_t, 3> vertices{};  // the hit triangle's vertex indices
    glm::vec3 barycentric{0.0f};
    Layer layer = Layer::Other;
};

// Nearest hit of the ray with a visible layer (opacity > 0). Layers drawn
// see-through are skipped when `throughSeeThrough` is set, so an x-ray view picks
// what lies under the skin.
std::optional<PickHit> pickScene(const SceneData& scene, const glm::vec3& origin, const glm::vec3& direction,
                                 const ViewSettings& settings, bool throughSeeThrough);

// The world-space ray under a pixel (x right, y down) for the given matrices.
void rayFromPixel(const glm::mat4& view, const glm::mat4& projection, float x, float y, float width, float height,
                  glm::vec3& origin, glm::vec3& direction);

// The layer a node belongs to (its nearest ancestor named skin/muscles/skeleton).
Layer nodeLayer(const SceneData& scene, int node);

}  // namespace backrub
