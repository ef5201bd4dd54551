#pragma once
// The two hip bones as one smooth signed distance shape each, meshed with surface nets: the
// ilium's wing curving from the PSIS round to the ASIS under the iliac crest and flaring out
// over a narrow body, the acetabulum as a cup round the femoral head, the ischium down to its
// tuberosity, the pubis forward to the symphysis, the obturator foramen open between them, and
// the auricular part of the ilium against the side of the sacrum (the sacroiliac joint). The
// skeleton's landmarks (PSIS, ASIS, crest, ischial tuberosity, hip joint) stay where they are.
#include "core/bodygen/Skeleton.h"
#include "core/geometry/MeshBuilder.h"

namespace backrub {

MeshBuilder pelvisMesh(const Skeleton& sk);

}  // namespace backrub
