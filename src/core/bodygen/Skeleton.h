#pragma once
// The bones of the generated body as geometry: where each bone is and the points
// that shape it, plus the joint hierarchy (pelvis root, spine chain, hips, shoulder
// girdle) that a skinned, posable body can be built on. No meshes here: see
// SkeletonMeshes.h. Axes as in core/Body.h (+Y posterior, +Z cranial, +X left).
#include "core/bodygen/BodyProportions.h"
#include "core/bodygen/LimbBones.h"

#include <glm/glm.hpp>

#include <array>
#include <string>
#include <vector>

namespace backrub {

// Side index 0 is the receiver's left (+X), 1 the right (-X).
constexpr float sideSign(int side) { return side == 0 ? 1.0f : -1.0f; }
inline const char* sideSuffix(int side) { return side == 0 ? "_L" : "_R"; }

// Indices into Skeleton::vertebrae and vertebraLabels(): C1..C7, T1..T12, L1..L5, top to bottom.
constexpr int kCervicalCount = 7, kThoracicCount = 12, kLumbarCount = 5;
constexpr int kVertebraCount = kCervicalCount + kThoracicCount + kLumbarCount;
constexpr int cervicalIndex(int n) { return n - 1; }                                  // Cn
constexpr int thoracicIndex(int n) { return kCervicalCount + n - 1; }                 // Tn
constexpr int lumbarIndex(int n) { return kCervicalCount + kThoracicCount + n - 1; }  // Ln
constexpr int kC1 = cervicalIndex(1), kC2 = cervicalIndex(2), kC7 = cervicalIndex(kCervicalCount);
constexpr int kT1 = thoracicIndex(1), kT7 = thoracicIndex(7), kT8 = thoracicIndex(8), kT11 = thoracicIndex(11),
              kT12 = thoracicIndex(kThoracicCount);
constexpr int kL1 = lumbarIndex(1), kL3 = lumbarIndex(3), kL4 = lumbarIndex(4), kL5 = lumbarIndex(kLumbarCount);

struct Vertebra {
    std::string label;          // "C1" .. "L5"
    glm::vec3 center{0.0f};     // centre of the vertebral body (C1: where its body would be; the dens of C2 rises there)
    glm::vec3 axis{0, 0, 1};    // cranial direction of the body
    glm::vec3 posterior{0, 1, 0};
    float bodyHeight = 0.0f;    // m, craniocaudal
    float bodyHalfWidth = 0.0f;
    float bodyHalfDepth = 0.0f; // C1: from the centre forward to the middle of the anterior arch
    float archDepth = 0.0f;     // posterior wall of the body to the base of the spinous process
    glm::vec3 spinousBase{0.0f};
    glm::vec3 spinousTip{0.0f};
    float spinousThickness = 0.0f;  // craniocaudal height of the spinous process
    float spinousTipSpread = 0.0f;  // C2-C6: the tip splits into two tubercles this far apart, centre to centre (0: one tip)
    float densHeight = 0.0f;        // C2: the dens rises this far above the body's upper end plate (0: no dens)
    float densHalfWidth = 0.0f, densHalfDepth = 0.0f;  // C2: of the dens at its base
    std::array<glm::vec3, 2> transverseTip{};  // per side
};

struct Rib {
    int number = 1;   // 1..12
    int side = 0;
    std::vector<glm::vec3> path;  // head (at the vertebra) to the anterior end
    float halfWidth = 0.006f;     // flat cross-section
    float halfThickness = 0.003f;
    // Ribs 1-7: from the anterior end to the sternum's edge; 8-10: to the cartilage above;
    // 11-12: empty (they float free). A flat band like the rib.
    std::vector<glm::vec3> cartilage;
    float cartilageHalfWidth = 0.0f, cartilageHalfThickness = 0.0f;
};

// The sternum on the midline in front of the chest: manubrium, body and xiphoid process as
// one flat bone, its centre line from the jugular notch down to the xiphoid's tip.
struct Sternum {
    std::vector<glm::vec3> path;                  // jugular notch -> xiphoid tip
    std::vector<float> halfWidth, halfThickness;  // per path point
    glm::vec3 anterior{0, -1, 0};                 // unit normal of its front face
    glm::vec3 jugularNotch{0.0f}, sternalAngle{0.0f}, xiphisternalJunction{0.0f}, xiphoidTip{0.0f};
};

struct Scapula {
    glm::vec3 superiorAngle, inferiorAngle, glenoid, spineRoot, acromion, humeralHead;
    glm::vec3 outward;  // normal of the blade, pointing away from the ribs
    // The acromion as a flat process: its posterolateral corner where the spine's crest turns
    // into it, its anterior tip, and the facet on its medial margin where the clavicle meets it.
    glm::vec3 acromialAngle, acromionTip, acromioclavicular;
    glm::vec3 coracoidTip;  // the coracoid hooks forward (toward the table) above the glenoid
};

struct Femur {
    glm::vec3 head, neckEnd, greaterTrochanter, shaftTop, shaftEnd;
    float headRadius = 0.024f, shaftRadius = 0.014f;
};

struct Pelvis {
    std::array<glm::vec3, 2> hipJoint, psis, asis, iliacCrestTop, ischialTuberosity;
    std::array<std::vector<glm::vec3>, 2> iliacCrest;  // PSIS -> crest top -> ASIS
    glm::vec3 pubicSymphysis{0.0f};
    std::array<glm::vec3, 2> acetabulumAxis{};  // unit, from the hip joint out through the cup's mouth
    float acetabulumRadius = 0.0f;              // m, of the cup's inner (articular) surface
    // The centre line of the band of bone round the obturator foramen (rami of the pubis and
    // ischium), a closed loop; its mean is the foramen's centre.
    std::array<std::vector<glm::vec3>, 2> obturatorRim;
    float obturatorRimBand = 0.0f;  // m, radius of that band
};

struct SacralForamen {
    glm::vec3 centre{0.0f};  // on the dorsal surface
    glm::vec3 axis{0.0f};    // unit, into the bone (front and down the foramen)
    float radius = 0.0f;     // m
};

struct Sacrum {
    std::vector<glm::vec3> path;        // S1 endplate centre -> sacral apex
    std::vector<float> halfWidth, halfThickness;  // of the fused bodies and lateral parts, per path point
    std::vector<float> archDepth;  // behind them: the sacral canal and its roof, per path point (0 from the hiatus down)
    std::vector<glm::vec3> coccyxPath;  // apex -> coccyx tip
    glm::vec3 s1SpinousTip{0.0f};       // median sacral crest at S1
    glm::vec3 dorsalCoccyx{0.0f};       // dorsal surface of the coccyx
    std::array<std::array<SacralForamen, 2>, 4> dorsalForamina{};  // S1..S4, per side

    // Where t (0 = the S1 end plate, 1 = the apex; clamped) falls on the path: the segment from
    // path[segment] to the next point and the share along it. Per-point sizes interpolate alike.
    struct Spot {
        std::size_t segment = 0;
        float along = 0.0f;
    };
    Spot spotAt(float t) const;
};

// A node of the joint hierarchy. The frame's columns are the joint's X (left),
// Y (posterior) and Z (cranial) axes in model space.
struct Joint {
    std::string name;  // node name, e.g. "pelvis", "vertebra_L5", "femur_L"
    int parent = -1;
    glm::vec3 position{0.0f};
    glm::mat3 frame{1.0f};
};

struct Skeleton {
    std::vector<Vertebra> vertebrae;  // C1..C7, T1..T12, L1..L5: top to bottom (kC1 .. kL5)
    Sacrum sacrum;
    Pelvis pelvis;
    std::array<Femur, 2> femora;
    std::array<Scapula, 2> scapulae;
    std::vector<Rib> ribs;  // 1..12 left, then 1..12 right
    Sternum sternum;
    Head head;
    std::array<Arm, 2> arms;
    std::array<Leg, 2> legs;
    std::vector<Joint> joints;

    const Vertebra& vertebra(const std::string& label) const;  // throws std::out_of_range if unknown
    int jointIndex(const std::string& name) const;             // -1 if unknown
};

// Where the head of the rib on `side` (0 left, 1 right) meets thoracic vertebra `v`: just outside
// the upper posterior corner of its body, where the costal demi-facet is.
glm::vec3 ribHeadOf(const Vertebra& v, int side);

// Labels top to bottom: "C1".."C7", "T1".."T12", "L1".."L5".
const std::vector<std::string>& vertebraLabels();

Skeleton buildSkeleton(const BodyProportions& p);

}  // namespace backrub
