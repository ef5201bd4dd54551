#include "core/scene/MassageTable.h"

#include "core/bodygen/BodyProportions.h"
#include "core/bodygen/Skeleton.h"
#include "core/geometry/MeshBuilder.h"
#include "core/scene/ContactShade.h"
#include "core/scene/PaddedTop.h"
#include "core/scene/TableDimensions.h"

#include <algorithm>
#include <limits>
#include <string>

namespace backrub {
namespace {

using namespace table;

// Linear RGB. Upholstery: a muted sea green, sRGB (74, 104, 104), apart from the skin's
// warm tones and every heat colour; frame: oiled beech, sRGB (150, 108, 70).
const glm::vec3 kUpholstery{0.069f, 0.138f, 0.138f};
const glm::vec3 kFrame{0.305f, 0.150f, 0.061f};

constexpr float kSkinBelowTopM = 0.003f;   // skin lower than this sinks into the cradle, not the top
constexpr float kHeadEndClearanceM = 0.01f;
// Few triangles (a software rasterizer sets up every one): the top's grid only as fine as the
// contact shade, soft over several centimetres, needs; round parts with few sides.
constexpr float kShadeGridXM = 0.045f, kShadeGridZM = 0.075f;
constexpr int kEdgeSteps = 3, kCushionSides = 12, kArcSegments = 12, kRodSides = 8;

float headEndFor(const SkinSurface& skin) {
    float z = std::numeric_limits<float>::max();
    for (const glm::vec3& p : skin.positions)
        if (p.y < -kSkinBelowTopM) z = std::min(z, p.z);
    return z - kHeadEndClearanceM;
}

Primitive built(const MeshBuilder& b) { return b.build(-1); }

void addFrame(TableMesh& mesh, float z0, float z1) {
    const float under = -kPaddingM;
    const float halfW = 0.5f * kWidthM;
    // Apron: four rails under the top's rim.
    const float ax = halfW - kApronInsetM - 0.5f * kApronThicknessM;
    const float az0 = z0 + kApronInsetM + 0.5f * kApronThicknessM, az1 = z1 - kApronInsetM - 0.5f * kApronThicknessM;
    const float ay = under - 0.5f * kApronHeightM;
    auto rail = [&](const std::string& name, const glm::vec3& centre, const glm::vec3& half) {
        MeshBuilder b;
        glm::mat4 xf(1.0f);
        xf[0][0] = half.x;
        xf[1][1] = half.y;
        xf[2][2] = half.z;
        xf[3] = glm::vec4(centre, 1.0f);
        b.addBox(xf);
        mesh.append(name, built(b), kFrame);
    };
    const float railHalfX = ax + 0.5f * kApronThicknessM, railHalfZ = 0.5f * (az1 - az0) - 0.5f * kApronThicknessM;
    rail("apron_head", {0.0f, ay, az1}, {railHalfX, 0.5f * kApronHeightM, 0.5f * kApronThicknessM});
    rail("apron_foot", {0.0f, ay, az0}, {railHalfX, 0.5f * kApronHeightM, 0.5f * kApronThicknessM});
    for (int side = 0; side < 2; ++side) {
        const float sg = side == 0 ? 1.0f : -1.0f;
        rail(std::string("apron_") + (side == 0 ? "left" : "right"), {sg * ax, ay, 0.5f * (az0 + az1)},
             {0.5f * kApronThicknessM, 0.5f * kApronHeightM, railHalfZ});
    }
    // Legs at the corners, cross stretchers low between each end's pair.
    const float lx = halfW - kLegInsetM, floor = -kHeightM;
    for (int end = 0; end < 2; ++end) {
        const float lz = end == 0 ? z1 - kLegInsetM : z0 + kLegInsetM;
        const std::string endName = end == 0 ? "head" : "foot";
        for (int side = 0; side < 2; ++side) {
            const float sg = side == 0 ? 1.0f : -1.0f;
            MeshBuilder b;
            b.addCylinder({sg * lx, floor, lz}, {sg * lx, under, lz}, kLegRadiusM, kLegRadiusM, kRodSides);
            mesh.append("leg_" + endName + (side == 0 ? "_left" : "_right"), built(b), kFrame);
        }
        MeshBuilder b;
        const float sy = floor + kStretcherHeightM;
        b.addCylinder({-lx, sy, lz}, {lx, sy, lz}, kStretcherRadiusM, kStretcherRadiusM, kRodSides);
        mesh.append("stretcher_" + endName, built(b), kFrame);
    }
}

void addCradle(TableMesh& mesh, const FaceCradle& cradle, float headEndZ) {
    const std::vector<glm::vec3> line = cradle.centreLine(kArcSegments);
    MeshBuilder cushion;
    cushion.addTube(line, std::vector<float>(line.size(), kCushionHalfWidthM),
                    std::vector<float>(line.size(), kCushionHalfThicknessM), cradle.normal, kCushionSides);
    mesh.append("cushion", built(cushion), kUpholstery);
    // Two bars from under the arms' ends into the head end of the table.
    for (int side = 0; side < 2; ++side) {
        const glm::vec3 end = cradle.armEnd(side) - cradle.normal * (0.5f * kCushionHalfThicknessM);
        const glm::vec3 socket(end.x, -0.5f * kPaddingM, headEndZ - 2.0f * kEdgeRadiusM);
        MeshBuilder b;
        b.addCylinder(end + cradle.along * kCradleBarRadiusM, socket, kCradleBarRadiusM, kCradleBarRadiusM, kRodSides);
        mesh.append(side == 0 ? "cradle_bar_left" : "cradle_bar_right", built(b), kFrame);
    }
}

}  // namespace

MassageTable buildMassageTable(const Head& head, const SkinSurface& skin) {
    MassageTable t;
    t.headEndZ = headEndFor(skin);
    t.footEndZ = t.headEndZ - kLengthM;
    PaddedTopShape top;
    top.xRange = {-0.5f * kWidthM, 0.5f * kWidthM};
    top.zRange = {t.footEndZ, t.headEndZ};
    top.top = 0.0f;
    top.thickness = kPaddingM;
    top.edgeRadius = kEdgeRadiusM;
    top.maxStepX = kShadeGridXM;
    top.maxStepZ = kShadeGridZM;
    top.edgeSteps = kEdgeSteps;
    t.mesh.append("top", paddedTopMesh(top), kUpholstery);
    addFrame(t.mesh, t.footEndZ, t.headEndZ);
    t.cradle = fitFaceCradle(head, skin, t.headEndZ);
    addCradle(t.mesh, t.cradle, t.headEndZ);
    t.mesh.shade = contactShade(t.mesh.positions, t.mesh.normals, skin);
    return t;
}

MassageTable massageTableFor(BodySize size, const SkinSurface& skin) {
    return buildMassageTable(buildSkeleton(bodyProportions(size)).head, skin);
}

}  // namespace backrub
