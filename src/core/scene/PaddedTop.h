#pragma once
// The padded top of the table as one closed mesh: a flat upper face on a grid fine enough
// to carry the contact shade in its vertices, upholstered edges rounded all round (a quarter
// circle from the top down to the sides, the corners swept round), straight sides and a
// flat underside.
#include "core/base/SceneData.h"

#include <glm/glm.hpp>

namespace backrub {

struct PaddedTopShape {
    glm::vec2 xRange{-0.5f, 0.5f}, zRange{-1.0f, 1.0f};  // outer edges
    float top = 0.0f;          // y of the upper face
    float thickness = 0.06f;
    float edgeRadius = 0.025f;
    float maxStepX = 0.03f, maxStepZ = 0.05f;  // grid of the upper face
    int edgeSteps = 4;         // segments of each quarter circle (edge and corner)
};

Primitive paddedTopMesh(const PaddedTopShape& shape);

}  // namespace backrub
