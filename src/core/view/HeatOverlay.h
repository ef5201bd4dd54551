#pragma once
// Per-vertex overlay colours for heat values read on a legend.
#include "core/view/ColorMap.h"

#include <glm/glm.hpp>

#include <vector>

namespace backrub {

// Linear RGB from an sRGB-encoded channel in [0,1].
float srgbToLinear(float c);

// Blend weight of the heat colour over the skin at position t in [0,1] of the scale:
// it fades in over the first 45 % (soft edges around a pressed spot) up to 0.92.
float heatOverlayWeight(float t);

// Per-vertex overlay colours (linear RGB, alpha = blend weight) for heat values on
// a legend: unloaded skin (value <= 0) keeps its own colour, loaded skin fades
// into the colour map over the first 45 % of the scale (soft edges around a spot).
std::vector<glm::vec4> heatOverlayColors(const std::vector<float>& values, const Legend& legend);

}  // namespace backrub
