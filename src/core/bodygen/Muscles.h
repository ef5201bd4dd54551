#pragma once
// The superficial back muscles as sheets lying under the skin: each is an outline on
// the body (two edge curves), draped onto the skin surface along a direction toward the
// body and pushed under the skin by a depth, with a thickness that swells mid-belly.
#include "core/geometry/MeshBuilder.h"
#include "core/bodygen/SkinField.h"

#include <string>
#include <vector>

namespace backrub {

struct MuscleMesh {
    std::string name;  // e.g. "trapezius_L", "erector_spinae_R", "iliotibial_band_L"
    MeshBuilder mesh;
};

// Trapezius, rhomboids, latissimus dorsi, erector spinae, quadratus lumborum, gluteus
// maximus and medius, tensor fasciae latae and the iliotibial band, left then right.
std::vector<MuscleMesh> buildMuscles(const Skeleton& sk, const BodyProportions& p, const SkinField& skin);

}  // namespace backrub
