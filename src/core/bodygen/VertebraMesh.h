#pragma once
// The mesh of one vertebra, shaped by its region: the atlas a ring, the axis with its dens, the
// other cervical, thoracic and lumbar vertebrae with their own bodies and processes.
#include "core/bodygen/Skeleton.h"
#include "core/geometry/MeshBuilder.h"

namespace backrub {

// C1 a ring; the others a body whose section is shaped by the region (lumbar kidney-shaped, thoracic
// heart-shaped with costal facets, cervical low and wide with uncinate lips and a transverse
// foramen each side), pedicles, laminae, articular, transverse and spinous processes. Under about
// 1,500 triangles each.
MeshBuilder vertebraMesh(const Vertebra& v);

// Cervical vertebrae (C2-C7): the centre of the transverse foramen on `side` (0 left, 1 right), in
// the body's mid-plane, and its radius; the hole is kept clear of bone along the body's axis.
glm::vec3 transverseForamenOf(const Vertebra& v, int side);
float transverseForamenRadius(const Vertebra& v);

}  // namespace backrub
