#pragma once
// The body as the simulation sees it: the skin surface with its regions, and
// named landmarks. Built from any SceneData that follows docs/model-format.md
// (the generated model, or a user's GLB).
//
// Model space (metres, glTF Y-up), body lying prone on a table:
//   +Y  posterior: away from the table, the back faces +Y
//   +Z  cranial: toward the head
//   +X  the receiver's LEFT side (right-handed: X x Y = Z)
// Landmark names: spinous processes "C1".."C7", "T1".."T12", "L1".."L5", "S1",
// "coccyx"; paired landmarks end in "_L"/"_R" (receiver's left/right):
// "PSIS_L", "iliac_crest_L", "scapular_spine_L", "scapula_inferior_angle_L",
// "greater_trochanter_L". All landmarks lie on the skin surface.
#include "core/base/Problem.h"
#include "core/body/Region.h"
#include "core/base/SceneData.h"

#include <glm/glm.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace backrub {

struct Landmark {
    std::string name;
    glm::vec3 position{0.0f};  // on the skin, model space
};

struct SkinSurface {
    std::vector<glm::vec3> positions;  // model space (world transform applied)
    std::vector<glm::vec3> normals;    // unit, outward
    std::vector<std::uint32_t> indices;
    std::vector<Region> baseRegion;    // per vertex, never None
    std::vector<Region> overlayRegion; // per vertex, None when no overlay
};

struct Body {
    SkinSurface skin;
    std::vector<Landmark> landmarks;

    const Landmark* landmark(const std::string& name) const;

    // Extracts the skin (node "skin" layer mesh with _REGION / _REGION_OVERLAY)
    // and the landmark nodes from a scene. Returns nullopt and appends problems
    // (with `file` as their file name) when the scene does not follow the format.
    static std::optional<Body> fromScene(const SceneData& scene, const std::string& file, Problems& problems);
};

}  // namespace backrub
