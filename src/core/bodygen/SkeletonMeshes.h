#pragma once
// Closed triangle meshes for the bones of a Skeleton, in model space. Simple solids
// (cylinders, boxes, slabs, tubes) sized and angled after the skeleton's key points,
// enough to read as each bone: a vertebra has its body, pedicles, laminae, transverse
// and spinous processes; a rib curves round the chest; a scapula has its blade and spine.
#include "core/geometry/MeshBuilder.h"
#include "core/bodygen/Skeleton.h"
#include "core/bodygen/PelvisMesh.h"
#include "core/bodygen/SacrumMesh.h"
#include "core/bodygen/ScapulaMesh.h"
#include "core/bodygen/VertebraMesh.h"

namespace backrub {

MeshBuilder ribMesh(const Rib& rib);  // with its costal cartilage, if any
MeshBuilder sternumMesh(const Sternum& s);
MeshBuilder coccyxMesh(const Sacrum& s);
MeshBuilder femurMesh(const Femur& f, const Leg& leg);  // head to the condyles

}  // namespace backrub
