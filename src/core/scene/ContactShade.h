#pragma once
// The contact shade: how much of the sky a point of the table sees past the body lying on
// it, darkening the table where the body rests (an ambient-occlusion-like term computed once,
// stored per vertex). Read from the skin's underside as a height field over the table.
#include "core/body/Body.h"

#include <glm/glm.hpp>

#include <vector>

namespace backrub {

// Darkest shade (directly under skin that touches the table) is 1 - kContactShadeStrength.
constexpr float kContactShadeStrength = 0.7f;

// Per vertex: 1 where nothing lies above, down to 1 - kContactShadeStrength under skin
// resting on it. Only surfaces facing up are shaded; the rest stay 1.
std::vector<float> contactShade(const std::vector<glm::vec3>& positions, const std::vector<glm::vec3>& normals,
                                const SkinSurface& skin);

}  // namespace backrub
