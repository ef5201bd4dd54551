#pragma once
// The shoulder blade as a closed mesh of lofted sheets and tubes, shaped after the Scapula's
// landmarks: a thin triangular blade with its medial, superior and lateral borders (the lateral
// one thick), the spine as a plate across the back of the blade from its root on the medial
// border to the acromial angle, its crest running on into the flat acromion, the coracoid
// hooking forward above the glenoid, and the glenoid a shallow oval socket round the humeral
// head. About 4,000 triangles. Sizes: docs/sources.md, "Scapula shape".
#include "core/bodygen/Skeleton.h"
#include "core/geometry/MeshBuilder.h"

namespace backrub {

// Either side: the side follows from the sign of the glenoid's x. Landmarks that coincide
// give an empty or degenerate mesh, never a throw.
MeshBuilder scapulaMesh(const Scapula& s);

}  // namespace backrub
