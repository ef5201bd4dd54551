#pragma once
// The joint chain of one hand posed on the skin: where the palm, each finger and
// the thumb are, and the rigid placement that rests the part in contact on the
// skin. HandMesh draws it; tests and markers read it.
//
// Canonical hand space (metres): origin at the wrist, +x across the palm toward
// the thumb of a RIGHT hand, +y the back of the hand, +z toward the fingertips.
// A left hand is solved in the same space and mirrored (x -> -x) on the way to
// model space, so the two hands share every number but the sign of one axis.
//
// Placement (solveHandRig):
//   1. The pose's basis is orthonormalised: back axis first (it is the skin
//      normal at the contact), then the fingertip axis, across = back x fingers.
//   2. Digits bend by fingerCurl (MCP 80, PIP 100, DIP 70 degrees at 1) and
//      thumbCurl (CMC 30, MCP 45, IP 70 degrees at 1).
//   3. The hand pitches about its across axis: for finger and knuckle work so
//      the wrist stands as high above the contact part as the engine put it (the
//      fingertips tip down, a fist rests on its knuckles), -30..60 degrees; for
//      thumb work the palm stays level (fingers tipped 5 degrees toward the
//      skin), as the abducted thumb's pad barely moves with pitch; for the heel
//      of the hand the fingers lift 25 degrees; palm and tennis ball keep the
//      palm flat as the basis says.
//   4. The hand is moved so the contact part's lowest point lies liftM above
//      pose.contactPoint along the skin normal (the tennis ball rests there and
//      the palm on top of it).
//   5. Digit joints that would sink more than 1.5 mm below the skin plane (or
//      into the ball) unbend until they rest on it, as a hand flattens on a back.
//      Beside a working thumb the relaxed fingers curl toward the skin until
//      they rest on it (a hand never holds its fingers up in the air there).
// The palm's thenar and hypothenar pads count as part of the palm in steps 4-5.
#include "core/body/SkinQuery.h"
#include "core/hands/HandPose.h"

#include <glm/glm.hpp>

#include <array>
#include <cstdint>

namespace backrub {

// A therapist's hand and forearm, metres. Built from ANSUR II hand length,
// hand breadth and palm length and the radiale-stylion length (docs/sources.md,
// "Hands"); the shares of the digits and the thicknesses are estimates there.
// Zero until built by fromAnthropometry (or female, male, adult).
struct HandDimensions {
    float palmLengthM = 0.0f;     // wrist crease to the middle finger's MCP joint
    float palmWidthM = 0.0f;      // across the MCP joints (hand breadth)
    float wristWidthM = 0.0f;     // palm width at the wrist crease
    float palmThicknessM = 0.0f;
    std::array<float, 4> fingerLengthM{};  // index, middle, ring, little: MCP joint to tip
    float fingerRadiusM = 0.0f;   // middle finger, proximal phalanx
    float thumbLengthM = 0.0f;    // thumb MCP joint to tip
    float thumbMetacarpalM = 0.0f; // CMC joint to MCP joint
    float thumbRadiusM = 0.0f;    // proximal phalanx
    float forearmLengthM = 0.0f;  // wrist to elbow (radiale-stylion)

    // Everything from the four measured lengths, metres.
    static HandDimensions fromAnthropometry(float handLengthM, float handBreadthM, float palmLengthM,
                                            float forearmLengthM);
    static HandDimensions female();  // ANSUR II means, women
    static HandDimensions male();    // ANSUR II means, men
    static HandDimensions adult();   // the hand drawn: female()
};

constexpr float kTennisBallDiameterM = 0.067f;  // 6.54-6.86 cm: docs/sources.md, "Tennis ball"
constexpr float kTennisBallSinkM = 0.001f;      // into soft tissue under load

// Palm surface sampling: a superellipsoid slab, pole at the wrist end, rings of
// kPalmSlices points, pole at the finger end.
constexpr int kPalmSlices = 20;
constexpr int kPalmRings = 11;
constexpr int kPalmVertexCount = kPalmSlices * kPalmRings + 2;

enum class Digit : std::uint8_t { Thumb, Index, Middle, Ring, Little };
constexpr int kDigitCount = 5;

struct DigitChain {
    // Canonical space: base joint (thumb CMC, finger MCP), two more joints, tip centre.
    std::array<glm::vec3, 4> joints{};
    std::array<float, 4> radii{};  // of the surface around each joint
    glm::vec3 flexAxis{1.0f, 0.0f, 0.0f};  // unit, perpendicular to every segment
};

// A solid ellipsoid: the unit ball mapped by `axes` (its semi-axes as columns,
// a right-handed frame) about `centre`.
struct Ellipsoid {
    glm::vec3 centre{0.0f};
    glm::mat3 axes{1.0f};
};

enum class PalmPad : std::uint8_t { Thenar, Hypothenar };
constexpr int kPalmPadCount = 2;

struct HandRig {
    glm::mat3 toModel{1.0f};       // canonical -> model (determinant -1 for a left hand)
    glm::vec3 origin{0.0f};        // model-space position of the canonical origin
    bool mirrored = false;         // left hand
    glm::vec3 skinNormal{0.0f, 1.0f, 0.0f};  // model space, the pose's back axis
    std::array<DigitChain, kDigitCount> digits{};  // indexed by Digit
    std::array<glm::vec3, kPalmVertexCount> palm{};  // canonical palm surface points
    std::array<Ellipsoid, kPalmPadCount> pads{};     // canonical, indexed by PalmPad: they bulge from the palm
    bool hasBall = false;
    glm::vec3 ballCentre{0.0f};    // model space
    glm::vec3 contactSurface{0.0f};  // model space: the contact part's point nearest the skin

    glm::vec3 toModelPoint(const glm::vec3& canonical) const { return origin + toModel * canonical; }
};

// Solves the rig for `pose`. Returns false and leaves `rig` unspecified when the
// wrist or contact point is not finite; a degenerate basis falls back to +Y back,
// +Z fingertips. Curls are clamped to [0, 1] (NaN reads as 0).
// With `skin`, the digits that carry no contact rest on the skin under their
// joints rather than on the contact's tangent plane (at most 4 cm below it,
// 10 cm above it).
bool solveHandRig(const HandPose& pose, const HandDimensions& dims, HandRig& rig, const SkinQuery* skin = nullptr);

// Unit superellipsoid point i of the palm sampling (pole, rings, pole).
const std::array<glm::vec3, kPalmVertexCount>& palmUnitPoints();

}  // namespace backrub
