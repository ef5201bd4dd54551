#pragma once
// One muscle as a volume under the skin. Its outline on the body (two edge curves) is draped
// onto the skin along a direction toward the body and pushed under the skin by a depth; it
// swells mid-belly and thins to its borders; its belly's top is grooved into fascicles that
// run along the fibres, so the fibre direction shows in the shading as it does in an atlas,
// and its tendons are smooth.
#include "core/bodygen/SkinField.h"
#include "core/geometry/MeshBuilder.h"

#include <glm/glm.hpp>

#include <vector>

namespace backrub {

enum class FibreRun {
    AcrossEdges,  // from each point of edge A to the matching point of edge B (a fan, a sheet)
    AlongEdges,   // along both edges, from their first points to their last (a strap, a column)
};

struct MuscleOutline {
    std::vector<glm::vec3> edgeA, edgeB;  // control points, matched first to first, last to last
    glm::vec3 toward{0, -1, 0};           // direction into the body (the drape direction)
    float depth = 0.004f;                 // skin to the top of the muscle at the edges' first points (m)
    float thickness = 0.006f;             // at mid-belly (m)
    FibreRun fibres = FibreRun::AcrossEdges;
    float depthAtEnd = -1.0f;  // at the edges' last points, linear between (m); negative: `depth`
    float reach = 0.5f;        // the drape starts this far outside an outline point (m)
    // How much of each fibre is tendon or aponeurosis, at its start (edge A, or the edges'
    // first points) and at its end: smooth and pale, not grooved. Each is given for the first
    // fibre (the edges' first points, or edge A) and the last, linear between; 1 at the start:
    // all of it.
    glm::vec2 tendonAtStart{0.0f}, tendonAtEnd{0.0f};
};

struct MuscleVolume {
    MeshBuilder mesh;                // the fleshy belly
    MeshBuilder tendon;              // its tendons and aponeuroses, each closed on its own
    glm::vec3 fibreDirection{0.0f};  // unit, the mean fibre from edge A to B or first to last row
    int fascicles = 0;               // grooved bundles across the muscle
};

MuscleVolume buildMuscleVolume(const SkinField& skin, const MuscleOutline& outline);

}  // namespace backrub
