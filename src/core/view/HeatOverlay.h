#pragma once
// Per-vertex overlay colours for heat values read on a legend.
#include "core/view/ColorMap.h"

#include <glm/glm.hpp>

#include <vector>

namespace backrub {

// Linear RGB from an sRGB-encoded channel in [0,1].
float srgbToLinear(float c);

// Per-vertex overlay colours (linear RGB, alpha = blend weight) for heat values on
// a legend: unloaded skin (value <= 0) keeps its own colour, loaded skin fades
// into the colour map over the first 45 % of the scale (soft edges around a spot).
std::vector<glm::vec4> heatOverlayColors(const std::vector<float>& values, const Legend& legend);

}  // namespace backrub
