#pragma once
// The therapist's forearm: a tube of elliptical section from inside the wrist
// end of the palm back toward the elbow, where the therapist stands (up from
// the skin, behind the hand, its elbow a little out toward the little finger's
// side). It widens from the wrist toward the muscle bellies, closes in a round
// end at kForearmDrawnShare of the forearm's length and carries a per-vertex
// opacity that fades it out over its far part, so it reads as an arm without a
// whole therapist to draw. Closed, wound counter-clockwise seen from outside;
// 146 vertices, 288 triangles. Allocates nothing beyond appending to its outputs.
#include "core/hands/HandPose.h"
#include "core/hands/HandSkeleton.h"
#include "core/hands/MeshGeometry.h"

#include <vector>

namespace backrub {

constexpr float kForearmDrawnShare = 0.7f;     // of the wrist-to-elbow length
constexpr float kForearmElevationRad = 0.70f;  // about 40 degrees above the skin plane

// Where the forearm runs from the wrist: unit, model space.
glm::vec3 forearmDirection(const HandRig& rig);

// Appends the forearm of the hand `rig` solved for `pose` to `out` and one
// opacity per vertex to `opacity`. Adds nothing for an unused hand.
void appendForearmMesh(const HandPose& pose, const HandRig& rig, const HandDimensions& dims, MeshGeometry& out,
                       std::vector<float>& opacity);

}  // namespace backrub
