#include "core/bodygen/BoneField.h"

#include "core/geometry/MeshSimplifier.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace backrub {

float tubeDistance(const glm::vec3& p, const std::vector<glm::vec3>& path, const std::vector<float>& radii) {
    float d = std::numeric_limits<float>::max();
    for (std::size_t i = 0; i + 1 < path.size(); ++i) d = std::min(d, capsuleDistance(p, path[i], path[i + 1], radii[i], radii[i + 1]));
    return d;
}

void addBoneField(MeshBuilder& out, const ScalarField& field, const glm::vec3& lo, const glm::vec3& hi, float cell, std::size_t maxTriangles) {
    const IsoMesh iso = meshIsoSurface(field, lo, hi, cell);
    const SimplifiedMesh simple = simplifyMesh(iso.positions, iso.normals, iso.indices, maxTriangles);
    out.addTriangles(simple.positions, simple.normals, simple.indices);
}

}  // namespace backrub
