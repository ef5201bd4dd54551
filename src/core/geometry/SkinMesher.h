#pragma once
// Turns an implicit surface (negative inside) into a closed triangle mesh with surface
// nets: one vertex per grid cell the surface crosses, one quad per crossed grid edge.
// The field is first sampled on a grid `coarseFactor` times coarser, and the fine grid
// is evaluated only in coarse cells near the surface, which keeps a 5 mm body mesh
// well under a second. Vertices are then projected onto the surface along the field
// gradient, and normals are the normalized gradient (outward).
#include <glm/glm.hpp>

#include <cstdint>
#include <functional>
#include <vector>

namespace backrub {

struct IsoMesh {
    std::vector<glm::vec3> positions;
    std::vector<glm::vec3> normals;
    std::vector<std::uint32_t> indices;
};

using ScalarField = std::function<float(const glm::vec3&)>;

// `lo`/`hi` must enclose the surface with room to spare; `cell` is the fine grid step. The
// grid is centred on the box, so a field and box symmetric about a plane mesh symmetrically.
// The field must grow at most about one unit per metre (a distance-like field).
IsoMesh meshIsoSurface(const ScalarField& field, const glm::vec3& lo, const glm::vec3& hi, float cell, int coarseFactor = 4);

// Central-difference gradient of `field` at `p` with step `h`.
glm::vec3 fieldGradient(const ScalarField& field, const glm::vec3& p, float h);

}  // namespace backrub
