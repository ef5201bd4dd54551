#pragma once
// Named landmarks of the generated body, placed on the skin mesh over the bones
// (names as in core/Body.h), and the spine midline on the skin.
#include "core/body/Body.h"
#include "core/bodygen/SkinField.h"
#include "core/geometry/SkinMesher.h"

#include <vector>

namespace backrub {

struct BodyLandmarks {
    std::vector<Landmark> points;          // spinous C1..L5, S1, coccyx, then paired landmarks
    std::vector<glm::vec3> spineMidline;   // on the skin, from C1 down to the coccyx
};

// Each landmark is found by casting from the bone feature out through the skin field,
// then snapped to the closest point of `skin`, so it lies on the mesh itself.
BodyLandmarks placeLandmarks(const Skeleton& sk, const SkinField& field, const IsoMesh& skin);

// The closest point of the triangle mesh to `p` (brute force with a cheap reject).
glm::vec3 closestPointOnMesh(const IsoMesh& mesh, const glm::vec3& p);

}  // namespace backrub
