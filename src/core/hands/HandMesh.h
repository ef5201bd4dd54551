#pragma once
// Triangle meshes of the two hands (and the tennis ball) in the pose the stroke
// engine gives, touching the skin at the contact. Pure geometry, no GL: the
// renderer uploads the result each frame.
//
// A hand is a superellipsoid palm, four fingers of three phalanges and a thumb
// of metacarpal and two phalanges, each phalanx a tapered capsule (sphere, cone,
// sphere) so joints round off. Every part is a closed mesh wound
// counter-clockwise seen from outside, with smooth normals; parts overlap and
// share no vertices. Counts per hand: 1052 vertices, 2040 triangles; the ball
// adds 682 vertices, 1360 triangles. Generation allocates nothing beyond
// appending to `out` (unit templates are built once).
//
// Placement and joint angles: see HandSkeleton.h.
#include "core/hands/HandPose.h"
#include "core/hands/HandSkeleton.h"

#include <glm/glm.hpp>

#include <cstdint>
#include <vector>

namespace backrub {

struct MeshGeometry {
    std::vector<glm::vec3> positions, normals;  // model space, unit normals
    std::vector<std::uint32_t> indices;         // triangle list
};

// Appends the hand in model space to `out`, then, for ContactKind::TennisBall,
// the ball. An unused hand (pose.inUse false) or a pose with a non-finite wrist
// or contact point adds nothing.
// `ball`, when given, receives the tennis ball instead of `out` (so a renderer can
// colour it apart from the hand).
void appendHandMesh(const HandPose& pose, const HandDimensions& dims, MeshGeometry& out,
                    MeshGeometry* ball = nullptr);

// A tennis ball (diameter kTennisBallDiameterM, with a raised seam line) resting
// on the skin at `contactPoint`, sunk kTennisBallSinkM along `skinNormal`. A zero
// or non-finite normal reads as +Y; a non-finite contact point adds nothing.
void appendTennisBall(const glm::vec3& contactPoint, const glm::vec3& skinNormal, MeshGeometry& out);

// Where the part named by pose.contact touches: its surface point nearest the
// skin (for the tennis ball, the ball's lowest point). It lies pose.liftM above
// pose.contactPoint along the skin normal. Returns pose.contactPoint when the
// pose is not finite.
glm::vec3 handContactSurfacePoint(const HandPose& pose, const HandDimensions& dims);

}  // namespace backrub
