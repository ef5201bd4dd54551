#pragma once
// Closed triangle meshes for the bones of the head and limbs (LimbBones.h), in model space:
// skull with the mandible, clavicle, humerus, radius, ulna, the bones of the hand, the
// femur's shaft and condyles, patella, tibia, fibula and the bones of the foot.
#include "core/bodygen/Skeleton.h"
#include "core/geometry/MeshBuilder.h"

namespace backrub {

MeshBuilder skullMesh(const Head& h);
MeshBuilder clavicleMesh(const Arm& a);
MeshBuilder humerusMesh(const Arm& a);
MeshBuilder radiusMesh(const Arm& a);
MeshBuilder ulnaMesh(const Arm& a);
MeshBuilder handMesh(const Hand& h);
MeshBuilder kneeEndOfFemurMesh(const Leg& l);  // shaft end and condyles, added to femurMesh
MeshBuilder patellaMesh(const Leg& l, const BodyProportions& p);
MeshBuilder tibiaMesh(const Leg& l);
MeshBuilder fibulaMesh(const Leg& l);
MeshBuilder footMesh(const Foot& f);

}  // namespace backrub
