#include "PressureTestSkin.h"

#include <cmath>

namespace backrub::test {
namespace {

constexpr float kPi = 3.14159265358979f;

Region baseRegionAt(float x, float z) {
    const float ax = std::fabs(x);
    const bool left = x > 0.0f;
    if (z < 0.15f) return ax < 0.05f ? Region::Sacral : (left ? Region::GlutealL : Region::GlutealR);
    if (ax > 0.12f && z >= 0.25f && z < 0.45f) return left ? Region::FlankL : Region::FlankR;
    if (z < 0.30f) return Region::Lumbar;
    if (z < 0.45f) return Region::MidBack;
    return Region::UpperBack;
}

Region overlayRegionAt(float x, float z) {
    const float ax = std::fabs(x);
    const bool left = x > 0.0f;
    if (ax < 0.012f) return Region::SpineLine;
    if (ax < 0.05f) return left ? Region::ParaspinalL : Region::ParaspinalR;
    if (ax < 0.095f && z >= 0.30f && z < 0.40f) return left ? Region::KidneyL : Region::KidneyR;
    return Region::None;
}

}  // namespace

Body makePressureTestSkin(int around, int along) {
    Body body;
    SkinSurface& s = body.skin;
    const int cols = around + 1, rows = along + 1;
    for (int j = 0; j < rows; ++j) {
        const float z = kTestSkinLengthM * static_cast<float>(j) / static_cast<float>(along);
        for (int i = 0; i < cols; ++i) {
            // Symmetric angles: column i and around - i mirror each other exactly.
            const float theta = kPi * (static_cast<float>(2 * i - around) / static_cast<float>(2 * around));
            const glm::vec3 n(std::sin(theta), std::cos(theta), 0.0f);
            const glm::vec3 p(kTestSkinRadiusM * n.x, kTestSkinRadiusM * n.y, z);
            s.positions.push_back(p);
            s.normals.push_back(n);
            s.baseRegion.push_back(baseRegionAt(p.x, z));
            s.overlayRegion.push_back(overlayRegionAt(p.x, z));
        }
    }
    for (int j = 0; j < along; ++j)
        for (int i = 0; i < around; ++i) {
            const auto a = static_cast<std::uint32_t>(j * cols + i), b = a + 1;
            const auto c = a + static_cast<std::uint32_t>(cols), d = c + 1;
            // Diagonals mirror across the midline.
            if (2 * i < around) {
                s.indices.insert(s.indices.end(), {a, b, d, a, d, c});
            } else {
                s.indices.insert(s.indices.end(), {a, b, c, b, d, c});
            }
        }
    const float r = kTestSkinRadiusM;
    body.landmarks = {{"L3", {0.0f, r, 0.22f}}, {"T12", {0.0f, r, 0.32f}}, {"T7", {0.0f, r, 0.50f}}};
    return body;
}

Contact contactOnTestSkin(float xM, float zM, float forceN, ContactKind kind) {
    const float theta = std::asin(xM / kTestSkinRadiusM);
    Contact c;
    c.normal = {std::sin(theta), std::cos(theta), 0.0f};
    c.position = kTestSkinRadiusM * c.normal + glm::vec3(0.0f, 0.0f, zM);
    c.forceN = forceN;
    c.kind = kind;
    return c;
}

}  // namespace backrub::test
