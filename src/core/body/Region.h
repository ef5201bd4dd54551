#pragma once
// Skin regions of the back. Every skin vertex carries two ids (see docs/model-format.md):
//  - a base region (`_REGION`), a partition of the skin: every vertex has exactly one;
//  - an overlay region (`_REGION_OVERLAY`), zones that lie on top of the partition and
//    need care or are named by techniques: spine line, paraspinal strips, kidney zones.
//    Overlay 0 (Region::None) means "no overlay".
// The numeric values are the file format: never reorder, only append.
#include <cstdint>
#include <optional>
#include <string>

namespace backrub {

enum class Region : std::uint8_t {
    None = 0,
    // base regions (partition)
    NeckBase = 1,
    UpperBack = 2,
    MidBack = 3,
    Lumbar = 4,
    Sacral = 5,
    GlutealL = 6,
    GlutealR = 7,
    OuterThighL = 8,
    OuterThighR = 9,
    ScapularL = 10,
    ScapularR = 11,
    FlankL = 12,  // flank over the floating ribs 11-12
    FlankR = 13,
    Other = 14,   // arms, front of the body, inner thighs: not a massage target
    // overlay regions
    SpineLine = 15,
    ParaspinalL = 16,
    ParaspinalR = 17,
    KidneyL = 18,
    KidneyR = 19,
};

constexpr int kRegionCount = 20;  // including None

// Stable identifier used in files and reports, e.g. "gluteal_L", "spine_line".
const char* regionId(Region r);
// Human name for labels and tables, e.g. "Gluteal (left)".
const char* regionName(Region r);
// One or two sentences for hover picking.
const char* regionDescription(Region r);
// Inverse of regionId; nullopt for an unknown id.
std::optional<Region> regionFromId(const std::string& id);
bool isOverlayRegion(Region r);
// The mirror image (GlutealL <-> GlutealR); itself for midline regions.
Region mirrorRegion(Region r);

}  // namespace backrub
