#pragma once
// Triangle meshes of the two hands (and the tennis ball) in the pose the stroke
// engine gives, touching the skin at the contact. Pure geometry, no GL: the
// renderer uploads the result each frame.
//
// A hand is a superellipsoid palm with thenar and hypothenar pads and a
// knuckle bump over each finger's MCP joint, four fingers of three phalanges
// and a thumb of metacarpal and two phalanges (CMC, MCP and IP joints), each
// phalanx a tapered capsule (sphere, cone, sphere) so joints round off, and a
// flat nail plate on each distal phalanx. The forearm: ForearmMesh.h. Every
// part is a closed mesh wound counter-clockwise seen from outside, with smooth
// normals; parts overlap and share no vertices. Counts per hand: 1424 vertices,
// 2760 triangles, nails 310 vertices, 600 triangles; the ball adds 682
// vertices, 1360 triangles. Generation allocates nothing beyond appending to
// its outputs (unit templates are built once).
//
// Placement and joint angles: see HandSkeleton.h.
#include "core/hands/HandPose.h"
#include "core/hands/MeshGeometry.h"
#include "core/hands/HandSkeleton.h"

#include <glm/glm.hpp>

#include <cstdint>
#include <vector>

namespace backrub {

// Appends the hand with its nails (no forearm) in model space to `out`, then, for ContactKind::TennisBall,
// the ball. An unused hand (pose.inUse false) or a pose with a non-finite wrist
// or contact point adds nothing.
// `ball`, when given, receives the tennis ball instead of `out` (so a renderer can
// colour it apart from the hand).
// `skin`: see solveHandRig.
void appendHandMesh(const HandPose& pose, const HandDimensions& dims, MeshGeometry& out,
                    MeshGeometry* ball = nullptr, const SkinQuery* skin = nullptr);

// The parts of the hands a renderer colours apart.
struct HandMeshes {
    MeshGeometry hand;                 // palm, pads, knuckles, digits
    MeshGeometry nails;
    MeshGeometry forearm;
    std::vector<float> forearmOpacity;  // per forearm vertex, 1 at the wrist fading to 0 toward the elbow
    MeshGeometry ball;

    void clear();  // keeps the storage
};

// Appends the hand, its nails, its forearm and (ContactKind::TennisBall) the
// ball to their parts of `out`. Adds nothing when appendHandMesh would not.
void appendHandMeshes(const HandPose& pose, const HandDimensions& dims, HandMeshes& out,
                      const SkinQuery* skin = nullptr);

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
