#pragma once
// The part of the body the techniques work on, for framing the camera: the back from
// the neck to the outer thighs, with the arms beside it. A whole body framed from head
// to toe leaves the back a strip a third of the picture high.
#include "core/body/Body.h"

#include <glm/glm.hpp>

namespace backrub {

// Box of the skin between kWorkingAreaBelowTrochanterM below the lower greater
// trochanter and kWorkingAreaAboveC7M above C7. False (bounds untouched) when the
// body lacks those landmarks or no skin lies between them.
inline constexpr float kWorkingAreaBelowTrochanterM = 0.25f;  // the outer-thigh strokes end above mid-thigh
inline constexpr float kWorkingAreaAboveC7M = 0.12f;          // the neck and the back of the head
bool workingAreaBounds(const Body& body, glm::vec3& lo, glm::vec3& hi);

}  // namespace backrub
