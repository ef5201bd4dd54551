#pragma once
// The sacrum as one smooth signed distance shape, meshed with surface nets: a curved triangular
// bone along the skeleton's sacral path, broad across the alae at S1 and narrowing to the apex,
// its fused bodies in front and the canal's roof behind, the median sacral crest (the fused
// spinous tubercles) standing on its back, the superior articular processes for L5, and four
// pairs of dorsal sacral foramina open through it either side of the crest.
#include "core/bodygen/Skeleton.h"
#include "core/geometry/MeshBuilder.h"

namespace backrub {

MeshBuilder sacrumMesh(const Sacrum& s);

}  // namespace backrub
