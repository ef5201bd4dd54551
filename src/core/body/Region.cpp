#include "core/body/Region.h"

namespace backrub {
namespace {

struct RegionInfo {
    const char* id;
    const char* name;
    const char* description;
};

// Indexed by the enum value.
const RegionInfo kRegions[kRegionCount] = {
    {"none", "None", ""},
    {"neck_base", "Neck base", "Base of the neck around C7, under the upper trapezius; the most pressure-sensitive area of the back."},
    {"upper_back", "Upper back", "Between and above the shoulder blades, T1 to T6: trapezius and rhomboids over the ribs."},
    {"mid_back", "Mid back", "T7 to T12 below the shoulder blades: latissimus dorsi and erector spinae over the lower ribs."},
    {"lumbar", "Lumbar", "Lower back from L1 to L5, between the ribs and the pelvis: thick erector spinae and quadratus lumborum, no ribs."},
    {"sacral", "Sacral", "Flat triangle over the sacrum between the two PSIS dimples, down to the tailbone."},
    {"gluteal_L", "Gluteal (left)", "Left buttock: gluteus maximus over gluteus medius."},
    {"gluteal_R", "Gluteal (right)", "Right buttock: gluteus maximus over gluteus medius."},
    {"outer_thigh_L", "Outer thigh (left)", "Side of the left thigh: tensor fasciae latae and the iliotibial band, over the greater trochanter."},
    {"outer_thigh_R", "Outer thigh (right)", "Side of the right thigh: tensor fasciae latae and the iliotibial band, over the greater trochanter."},
    {"scapular_L", "Scapular (left)", "Over the left shoulder blade: supraspinatus, infraspinatus and the scapular spine."},
    {"scapular_R", "Scapular (right)", "Over the right shoulder blade: supraspinatus, infraspinatus and the scapular spine."},
    {"flank_L", "Flank / floating ribs (left)", "Left side below the shoulder blade over ribs 11 and 12, which are not joined to the front: press lightly."},
    {"flank_R", "Flank / floating ribs (right)", "Right side below the shoulder blade over ribs 11 and 12, which are not joined to the front: press lightly."},
    {"other", "Other", "Head, arms, front of the body and inner thighs: not a target of the back techniques."},
    {"spine_line", "Spine line", "The midline over the spinous processes: bone right under the skin, so use broad, light pressure."},
    {"paraspinal_L", "Paraspinal (left)", "The muscle ridge of the erector spinae beside the spine, left side: the main target of thumb work."},
    {"paraspinal_R", "Paraspinal (right)", "The muscle ridge of the erector spinae beside the spine, right side: the main target of thumb work."},
    {"kidney_L", "Kidney zone (left)", "Between T11 and L3, 2.5 to 9.5 cm from the midline (Morris parallelogram): no deep or percussive pressure."},
    {"kidney_R", "Kidney zone (right)", "Between T11 and L3, 2.5 to 9.5 cm from the midline (Morris parallelogram): no deep or percussive pressure."},
};

}  // namespace

const char* regionId(Region r) {
    auto i = static_cast<int>(r);
    return i < kRegionCount ? kRegions[i].id : "invalid";
}

const char* regionName(Region r) {
    auto i = static_cast<int>(r);
    return i < kRegionCount ? kRegions[i].name : "Invalid";
}

const char* regionDescription(Region r) {
    auto i = static_cast<int>(r);
    return i < kRegionCount ? kRegions[i].description : "";
}

std::optional<Region> regionFromId(const std::string& id) {
    for (int i = 0; i < kRegionCount; ++i)
        if (id == kRegions[i].id) return static_cast<Region>(i);
    return std::nullopt;
}

bool isOverlayRegion(Region r) { return r >= Region::SpineLine && r <= Region::KidneyR; }

Region mirrorRegion(Region r) {
    switch (r) {
        case Region::GlutealL: return Region::GlutealR;
        case Region::GlutealR: return Region::GlutealL;
        case Region::OuterThighL: return Region::OuterThighR;
        case Region::OuterThighR: return Region::OuterThighL;
        case Region::ScapularL: return Region::ScapularR;
        case Region::ScapularR: return Region::ScapularL;
        case Region::FlankL: return Region::FlankR;
        case Region::FlankR: return Region::FlankL;
        case Region::ParaspinalL: return Region::ParaspinalR;
        case Region::ParaspinalR: return Region::ParaspinalL;
        case Region::KidneyL: return Region::KidneyR;
        case Region::KidneyR: return Region::KidneyL;
        default: return r;
    }
}

}  // namespace backrub
