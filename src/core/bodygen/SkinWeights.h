#pragma once
// Binds points of the generated body (skin and muscle vertices) to the skeleton's joints,
// so the body can be posed (core/pose) or exported as a glTF skin: up to four joints per
// point with weights summing to one.
//
// Which limb a point follows comes from the skin field: each part (trunk, head, an arm,
// a leg, a hand, a foot) is a field of its own, and a point belongs to the parts whose
// fields are smallest there, blended over about a centimetre where parts meet (armpit,
// groin, neck), so no distant bone pulls on it. Along a part the point follows the
// bone it lies beside, blended across each joint over a few centimetres (no candy-wrapper
// twist, no hard crease): the spine vertebra by vertebra, the arm from humerus to
// forearm to hand, the leg from femur to tibia to foot.
#include "core/bodygen/Skeleton.h"
#include "core/bodygen/SkinField.h"

#include <glm/glm.hpp>
#include <glm/gtc/type_precision.hpp>

#include <vector>

namespace backrub {

struct SkinBinding {
    std::vector<glm::u16vec4> joints;  // indices into Skeleton::joints
    std::vector<glm::vec4> weights;    // descending, summing to 1; unused slots weigh 0
};

SkinBinding bindToSkeleton(const std::vector<glm::vec3>& points, const Skeleton& sk, const SkinField& field);

}  // namespace backrub
