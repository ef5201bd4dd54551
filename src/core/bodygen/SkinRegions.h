#pragma once
// Assigns every skin vertex its base region (a partition, never None) and overlay
// region (None when no overlay) from the skeleton and the skin landmarks, so regions
// follow the anatomy of each body size rather than fixed heights.
#include "core/bodygen/BodyLandmarks.h"
#include "core/bodygen/BodyProportions.h"
#include "core/body/Region.h"

#include <vector>

namespace backrub {

struct SkinRegionIds {
    std::vector<Region> base;
    std::vector<Region> overlay;
};

SkinRegionIds assignSkinRegions(const IsoMesh& skin, const Skeleton& sk, const BodyLandmarks& landmarks, const BodyProportions& p);

}  // namespace backrub
