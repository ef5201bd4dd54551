#pragma once
// The mesh of one vertebra, shaped by its region: the atlas a ring, the axis with its dens, the
// other cervical, thoracic and lumbar vertebrae with their own bodies and processes.
#include "core/bodygen/Skeleton.h"
#include "core/geometry/MeshBuilder.h"

namespace backrub {

MeshBuilder vertebraMesh(const Vertebra& v);

}  // namespace backrub
