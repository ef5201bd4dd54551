#pragma once
// The back's muscles, superficial and the deeper ones a massage works through, each a volume
// from its origin to its insertion with its fibres grooved on its surface (MuscleVolume.h).
// Attachments: docs/sources.md, "Muscle attachments".
#include "core/geometry/MeshBuilder.h"
#include "core/bodygen/SkinField.h"

#include <glm/glm.hpp>

#include <string>
#include <vector>

namespace backrub {

struct MuscleMesh {
    std::string name;  // e.g. "trapezius_upper_L", "longissimus_R", "iliotibial_band_L"
    MeshBuilder mesh;                // the fleshy belly
    MeshBuilder tendon;              // tendons and aponeuroses (may be empty; all of the iliotibial band)
    glm::vec3 fibreDirection{0.0f};  // unit; the sign carries no meaning
    bool deep = false;               // the deep layer: under the superficial muscles or the thoracolumbar fascia
};

// Trapezius (upper, middle and lower parts), levator scapulae, rhomboids, deltoid,
// infraspinatus, teres major, latissimus dorsi, the erector spinae's three columns
// (spinalis, longissimus, iliocostalis), quadratus lumborum, external oblique, gluteus
// maximus and medius, tensor fasciae latae with the iliotibial band, and the hamstrings
// (biceps femoris, semitendinosus); left then right.
std::vector<MuscleMesh> buildMuscles(const Skeleton& sk, const BodyProportions& p, const SkinField& skin);

// The names buildMuscles gives, one side, without the side suffix, in its order.
const std::vector<std::string>& muscleNames();

}  // namespace backrub
