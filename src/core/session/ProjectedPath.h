#pragma once
// A hand's path over the skin as lines on a picture: trail samples projected
// with the picture's camera, for drawing the path over a rendered frame (the
// printed handout draws it as vector lines, sharp at any zoom).
#include "core/session/TechniqueSession.h"

#include <glm/glm.hpp>

#include <vector>

namespace backrub {

// Polylines in pixels of a width x height picture (top-left origin). A line breaks
// where the hand carries no force (lifted, travelling), where the skin turns away
// from `eye` by more than a grazing angle (the far side of the body; skin seen
// edge-on still counts) and where a point falls behind the camera.
// Lines of one point are dropped.
std::vector<std::vector<glm::vec2>> projectPath(const std::vector<TrailSample>& samples, const glm::mat4& viewProjection,
                                                const glm::vec3& eye, int width, int height);

}  // namespace backrub
