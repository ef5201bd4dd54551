#pragma once
// The front of the rib cage: the sternum on the midline where the true ribs end, and the
// costal cartilages that join the ribs to it (docs/sources.md, "Sternum and costal cartilages").
#include "core/bodygen/BodyProportions.h"
#include "core/bodygen/Skeleton.h"

namespace backrub {

// Sets sk.sternum and each rib's cartilage from the ribs' anterior ends (sk.ribs must be
// built, 1..12 left then right); the ribs themselves do not move. The sternum runs along the
// line through the anterior ends of ribs 1 and 7, a little in front of it, and is shorter than
// that run, so the lower cartilages climb to it as they do in life.
void placeSternumAndCostalCartilages(Skeleton& sk, const BodyProportions& p);

}  // namespace backrub
