// Node transforms (glTF 2.0 specification, "Transformations"): `rotation` is a unit
// quaternion, and `matrix` is decomposable to translation, rotation and scale:
// its last row is (0, 0, 0, 1) and its three axes are orthogonal and non-zero
// (a scale may be negative). Tolerances allow for float32 rounding of written values.
#include "core/gltf/detail/GltfStrictChecks.h"

#include <cmath>

namespace backrub::gltf {
namespace {

constexpr double kOrthogonalTolerance = 1e-5;  // cosine between two unit axes

// Why `m` (16 numbers, column-major) is not a TRS matrix, "" when it is.
std::string whyNotTrs(const Json& m) {
    double v[16];
    for (int i = 0; i < 16; ++i) v[i] = m[std::size_t(i)].get<double>();
    if (v[3] != 0 || v[7] != 0 || v[11] != 0 || v[15] != 1)
        return "its last row is not (0, 0, 0, 1)";
    double axis[3][3], length[3];
    for (int a = 0; a < 3; ++a) {
        length[a] = std::sqrt(v[4 * a] * v[4 * a] + v[4 * a + 1] * v[4 * a + 1] + v[4 * a + 2] * v[4 * a + 2]);
        if (!(length[a] > 0)) return "axis " + std::to_string(a) + " has zero length (a zero scale)";
        for (int k = 0; k < 3; ++k) axis[a][k] = v[4 * a + k] / length[a];
    }
    for (int a = 0; a < 3; ++a)
        for (int b = a + 1; b < 3; ++b) {
            const double cosine = axis[a][0] * axis[b][0] + axis[a][1] * axis[b][1] + axis[a][2] * axis[b][2];
            if (std::fabs(cosine) > kOrthogonalTolerance)
                return "axes " + std::to_string(a) + " and " + std::to_string(b) + " are not orthogonal (skew or shear)";
        }
    return "";
}

}  // namespace

void checkNodeTransforms(Checker& c) {
    for (std::size_t i = 0; i < c.count("nodes"); ++i) {
        const Json& node = element(c, "nodes", i);
        const std::string ptr = "/nodes/" + std::to_string(i);
        if (const Json* r = c.member(node, "rotation")) {
            double sum = 0;
            for (const Json& q : *r) sum += q.get<double>() * q.get<double>();
            const double length = std::sqrt(sum);
            if (std::fabs(length - 1.0) > kUnitQuaternionTolerance)
                c.problem(ptr + "/rotation", "rotation quaternion has length " + numberText(length) + ", expected 1 (unit)");
        }
        if (const Json* m = c.member(node, "matrix")) {
            const std::string why = whyNotTrs(*m);
            if (!why.empty()) c.problem(ptr + "/matrix", "matrix is not a translation, rotation and scale: " + why);
        }
    }
}

}  // namespace backrub::gltf
