#include "core/hands/HandSkeleton.h"

#include "core/base/MathUtil.h"
#include "core/geometry/MeshBuilder.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace backrub {

namespace {

constexpr float kDeg = kDegToRad;
constexpr float kMinPitchRad = -30.0f * kDeg;  // fingers lifted off the skin
constexpr float kMaxPitchRad = 60.0f * kDeg;   // fingers tipped toward it
constexpr float kHeelPitchRad = -25.0f * kDeg; // heel of hand: fingers lifted
constexpr float kThumbPitchRad = 5.0f * kDeg;  // thumb work: palm level on the back
constexpr float kSinkToleranceM = 0.0015f;  // a joint may press this far into the skin
constexpr float kMaxSkinDropM = 0.04f;  // the skin under a free finger is taken this far below the contact plane at most
constexpr float kMaxSkinRiseM = 0.10f;  // and this far above it (a flank or buttock rising ahead of the hand)
constexpr int kSkinRounds = 3;
constexpr float kRestGapM = 0.0005f;        // a resting finger lies this far above the skin
constexpr float kHyperextensionRad = 15.0f * kDeg;     // PIP, DIP and the thumb's joints
constexpr float kMcpHyperextensionRad = 35.0f * kDeg;  // a finger's MCP joint bends back further (passively)
constexpr float kPalmExponentLength = 0.45f;  // superellipsoid: squarer ends
constexpr float kPalmExponentSection = 0.55f; // squarer cross-section

// The palm slab: a superellipsoid, narrower at the wrist, its finger end bowed
// back at the sides so the knuckle line arches (little finger MCP lowest).
struct PalmShape {
    float halfWidth, halfThickness, halfLength, centreZ, wristTaper, archM, slantM;

    explicit PalmShape(const HandDimensions& d)
        : halfWidth(0.5f * d.palmWidthM),
          halfThickness(0.5f * d.palmThicknessM),
          halfLength(0.5f * d.palmLengthM + 0.003f),
          centreZ(0.5f * d.palmLengthM + 0.001f),
          wristTaper(d.palmWidthM > 0.0f ? d.wristWidthM / d.palmWidthM : 1.0f),
          archM(0.12f * d.palmLengthM),
          slantM(0.057f * d.palmLengthM) {}

    // `s` in [-1, 1] across the palm (+1 thumb side), `t` 0 wrist .. 1 knuckles.
    float knuckleSetback(float s, float t) const { return t * t * (archM * s * s - slantM * s); }

    glm::vec3 point(const glm::vec3& u) const {
        const float t = 0.5f * (u.z + 1.0f);
        const float width = wristTaper + (1.0f - wristTaper) * t;
        return {halfWidth * u.x * width, halfThickness * u.y, centreZ + halfLength * u.z - knuckleSetback(u.x, t)};
    }
};

// The thenar pad over the thumb's metacarpal and the hypothenar pad along the
// little finger's side, bulging a few millimetres from the palm (estimates:
// docs/sources.md, "Hands").
std::array<Ellipsoid, kPalmPadCount> palmPads(const HandDimensions& d) {
    const float w = d.palmWidthM, t = d.palmThicknessM, l = d.palmLengthM;
    auto pad = [](glm::vec3 centre, glm::vec3 radii, float yawRad) {
        const float c = std::cos(yawRad), s = std::sin(yawRad);
        const glm::vec3 x(c, 0.0f, -s), z(s, 0.0f, c);
        return Ellipsoid{centre, glm::mat3(radii.x * x, glm::vec3(0.0f, radii.y, 0.0f), radii.z * z)};
    };
    return {pad({0.22f * w, -0.26f * t, 0.30f * l}, {0.19f * w, 0.32f * t, 0.27f * l}, 0.35f),
            pad({-0.30f * w, -0.28f * t, 0.42f * l}, {0.16f * w, 0.28f * t, 0.33f * l}, -0.08f)};
}

// Lowest reach of an ellipsoid along `n`: its centre's height less its support.
float ellipsoidLowest(const Ellipsoid& e, const glm::vec3& n) {
    return glm::dot(e.centre, n) - glm::length(glm::transpose(e.axes) * n);
}

float signedPow(float v, float e) { return std::copysign(std::pow(std::abs(v), e), v); }

bool finite(const glm::vec3& v) { return std::isfinite(v.x) && std::isfinite(v.y) && std::isfinite(v.z); }

float clampCurl(float c) { return std::isfinite(c) ? std::clamp(c, 0.0f, 1.0f) : 0.0f; }

glm::vec3 unitOr(const glm::vec3& v, const glm::vec3& fallback) {
    const float len = glm::length(v);
    return finite(v) && len > 1e-6f ? v / len : fallback;
}

// Back axis first (the skin normal), then fingertips, across = back x fingers.
glm::mat3 orthonormalBasis(const glm::mat3& b) {
    const glm::vec3 back = unitOr(b[1], glm::vec3(0, 1, 0));
    glm::vec3 fingers = finite(b[2]) ? b[2] - glm::dot(b[2], back) * back : glm::vec3(0.0f);
    if (glm::length(fingers) < 1e-6f) fingers = glm::cross(finite(b[0]) ? b[0] : glm::vec3(0.0f), back);
    fingers = unitOr(fingers, anyPerpendicular(back));
    return glm::mat3(glm::cross(back, fingers), back, fingers);
}

// Turn about the canonical across axis: positive tips the fingers toward the
// skin (canonical +z toward -y).
glm::mat3 pitch(float angle) {
    const float c = std::cos(angle), s = std::sin(angle);
    return glm::mat3(glm::vec3(1, 0, 0), glm::vec3(0, c, s), glm::vec3(0, -s, c));
}

// Pitch that holds the wrist `heightM` above a point `p` (canonical) of the hand:
// solves p.z sin(a) - p.y cos(a) = heightM, clamped to the hand's range.
float pitchForWristHeight(const glm::vec3& p, float heightM) {
    const float rho = std::hypot(p.y, p.z);
    if (rho < 1e-4f || !std::isfinite(heightM)) return 0.0f;
    const float a = std::atan2(p.y, p.z) + std::asin(std::clamp(heightM / rho, -1.0f, 1.0f));
    return std::clamp(a, kMinPitchRad, kMaxPitchRad);
}

// A planar joint chain: segment k points along cos(phi) forward - sin(phi) dorsal,
// phi the sum of the first k+1 flexion angles (flexion turns toward the palm).
struct DigitModel {
    glm::vec3 base{0.0f}, forward{0, 0, 1}, dorsal{0, 1, 0};
    std::array<float, 3> lengthM{};
    std::array<float, 4> radiusM{};
    std::array<float, 3> flexRad{};
    std::array<float, 3> maxFlexRad{};
    std::array<float, 3> hyperextensionRad{kHyperextensionRad, kHyperextensionRad, kHyperextensionRad};

    glm::vec3 direction(float phi) const { return std::cos(phi) * forward - std::sin(phi) * dorsal; }

    void build(DigitChain& chain) const {
        chain.joints[0] = base;
        chain.radii = radiusM;
        chain.flexAxis = glm::cross(dorsal, forward);
        float phi = 0.0f;
        for (int k = 0; k < 3; ++k) {
            phi += flexRad[static_cast<std::size_t>(k)];
            chain.joints[static_cast<std::size_t>(k) + 1] =
                chain.joints[static_cast<std::size_t>(k)] + lengthM[static_cast<std::size_t>(k)] * direction(phi);
        }
    }
};

std::array<DigitModel, kDigitCount> digitModels(const HandDimensions& d, const PalmShape& palm, float fingerCurl,
                                                float thumbCurl, bool abductThumb) {
    std::array<DigitModel, kDigitCount> m{};
    DigitModel& thumb = m[0];
    thumb.base = glm::vec3(0.26f * d.palmWidthM, -0.06f * d.palmThicknessM, 0.15f * d.palmLengthM);
    // Alongside the index, flexion sweeps the thumb across the palm; for thumb
    // work it stands out from the hand (the "L" of thumb stripping), its pad down.
    const float out = abductThumb ? 1.0f : 0.0f;
    thumb.forward = glm::normalize(glm::mix(glm::vec3(0.4f, -0.2f, 0.9f), glm::vec3(0.92f, -0.2f, 0.33f), out));
    const glm::vec3 nail = glm::mix(glm::vec3(0.8f, 0.6f, 0.0f), glm::vec3(0.2f, 0.98f, 0.0f), out);
    thumb.dorsal = glm::normalize(nail - glm::dot(nail, thumb.forward) * thumb.forward);
    const float tipR = 0.85f * d.thumbRadiusM;
    const float thumbReach = std::max(d.thumbLengthM - tipR, 0.01f);
    thumb.lengthM = {d.thumbMetacarpalM, 0.58f * thumbReach, 0.42f * thumbReach};
    thumb.radiusM = {1.25f * d.thumbRadiusM, d.thumbRadiusM, 0.95f * d.thumbRadiusM, tipR};
    thumb.maxFlexRad = {30.0f * kDeg, 45.0f * kDeg, 70.0f * kDeg};
    for (std::size_t k = 0; k < 3; ++k) thumb.flexRad[k] = thumb.maxFlexRad[k] * thumbCurl;

    // Index, middle, ring, little: MCP across the knuckle line, a little splay.
    const std::array<float, 4> across{0.706f, 0.235f, -0.235f, -0.69f};  // of the half width
    const std::array<float, 4> splayDeg{3.0f, 0.0f, -3.0f, -7.0f};
    const std::array<float, 4> thickness{0.97f, 1.0f, 0.95f, 0.85f};
    for (std::size_t f = 0; f < 4; ++f) {
        DigitModel& g = m[f + 1];
        const float s = across[f];
        g.base = glm::vec3(s * palm.halfWidth, 0.07f * d.palmThicknessM,
                           d.palmLengthM - palm.knuckleSetback(s, 1.0f));
        const float splay = splayDeg[f] * kDeg;
        g.forward = glm::vec3(std::sin(splay), 0.0f, std::cos(splay));
        g.dorsal = glm::vec3(0, 1, 0);
        const float r = d.fingerRadiusM * thickness[f];
        g.radiusM = {1.05f * r, 0.97f * r, 0.88f * r, 0.8f * r};
        const float reach = std::max(d.fingerLengthM[f] - g.radiusM[3], 0.01f);
        g.lengthM = {0.48f * reach, 0.30f * reach, 0.22f * reach};
        g.maxFlexRad = {80.0f * kDeg, 100.0f * kDeg, 70.0f * kDeg};
        g.hyperextensionRad[0] = kMcpHyperextensionRad;
        for (std::size_t k = 0; k < 3; ++k) g.flexRad[k] = g.maxFlexRad[k] * fingerCurl;
    }
    return m;
}

struct Sphere {
    glm::vec3 centre;
    float radius;
};

// The spheres that make up the part in contact (none: the palm itself).
int contactSpheres(ContactKind kind, const std::array<DigitChain, kDigitCount>& digits, std::array<Sphere, 4>& out) {
    auto pad = [](const DigitChain& c) {
        return Sphere{glm::mix(c.joints[2], c.joints[3], 0.55f), 0.5f * (c.radii[2] + c.radii[3])};
    };
    switch (kind) {
        case ContactKind::ThumbPad: out[0] = pad(digits[0]); return 1;
        case ContactKind::FingerPads:
            for (std::size_t i = 0; i < 3; ++i) out[i] = pad(digits[i + 1]);
            return 3;
        case ContactKind::Fingertips:
            for (std::size_t i = 0; i < 3; ++i) out[i] = {digits[i + 1].joints[3], digits[i + 1].radii[3]};
            return 3;
        case ContactKind::Knuckles:  // the PIP knuckles: the back of the hand faces away from the skin
            for (std::size_t i = 0; i < 4; ++i) out[i] = {digits[i + 1].joints[1], digits[i + 1].radii[1]};
            return 4;
        case ContactKind::Palm:
        case ContactKind::HeelOfHand:
        case ContactKind::TennisBall: return 0;
    }
    return 0;
}

// Where the part in contact is (nominal point, canonical) and how low the hand
// reaches along the canonical skin normal `n`.
struct ContactPart {
    glm::vec3 nominal{0.0f};
    float lowest = 0.0f;
};

ContactPart locateContact(ContactKind kind, const HandRig& rig, const PalmShape& palm, const HandDimensions& d,
                          const glm::vec3& n) {
    ContactPart part;
    part.lowest = std::numeric_limits<float>::max();
    for (const glm::vec3& p : rig.palm) part.lowest = std::min(part.lowest, glm::dot(p, n));
    for (const Ellipsoid& pad : rig.pads) part.lowest = std::min(part.lowest, ellipsoidLowest(pad, n));
    std::array<Sphere, 4> spheres{};
    const int count = contactSpheres(kind, rig.digits, spheres);
    if (count == 0) {
        const float along = kind == ContactKind::HeelOfHand ? 0.15f : kind == ContactKind::TennisBall ? 0.45f : 0.5f;
        part.nominal = glm::vec3(0.0f, -palm.halfThickness, along * d.palmLengthM);
        return part;
    }
    for (int i = 0; i < count; ++i) {
        const Sphere& s = spheres[static_cast<std::size_t>(i)];
        part.nominal += s.centre / static_cast<float>(count);
        part.lowest = std::min(part.lowest, glm::dot(s.centre, n) - s.radius);
    }
    return part;
}

// Height above the skin plane (and clearance from the ball) in canonical space.
struct Ground {
    glm::vec3 normal{0, 1, 0};
    float offset = 0.0f;  // height = dot(p, normal) + offset
    bool ball = false;
    glm::vec3 ballCentre{0.0f};
    float ballRadius = 0.0f;

    float clearance(const glm::vec3& p, float radius) const {
        float c = glm::dot(p, normal) + offset - radius;
        if (ball) c = std::min(c, glm::length(p - ballCentre) - ballRadius - radius);
        return c;
    }
};

// Lowest clearance of the joints after joint k when segment k points at `phi`
// and the joints beyond keep their flexion.
float chainClearance(const DigitModel& m, const Ground& ground, std::size_t k, glm::vec3 joint, float phi) {
    float lowest = 1e9f;
    for (std::size_t j = k; j < 3; ++j) {
        if (j > k) phi += m.flexRad[j];
        joint += m.lengthM[j] * m.direction(phi);
        lowest = std::min(lowest, ground.clearance(joint, m.radiusM[j + 1]));
    }
    return lowest;
}

// Re-bends each joint, from the base, whose distal chain would sink into the
// ground: of the angles the joint can take (15 degrees of hyperextension to full
// flexion) the one nearest its own where the chain just rests on the ground; if
// none clears, the one that sinks least.
void conformDigit(DigitModel& m, const Ground& ground) {
    glm::vec3 joint = m.base;
    float phiBefore = 0.0f;
    for (std::size_t k = 0; k < 3; ++k) {
        auto clearanceAt = [&](float phi) { return chainClearance(m, ground, k, joint, phi); };
        const float wanted = phiBefore + m.flexRad[k];
        float phi = wanted;
        if (clearanceAt(wanted) < -kSinkToleranceM) {
            constexpr int kSamples = 16;
            const float lo = phiBefore - m.hyperextensionRad[k], hi = phiBefore + m.maxFlexRad[k];
            float best = wanted, bestClearance = -1e9f, nearest = 0.0f, nearestGap = 1e9f;
            for (int i = 0; i <= kSamples; ++i) {
                const float a = lo + (hi - lo) * static_cast<float>(i) / kSamples;
                const float c = clearanceAt(a);
                if (c > bestClearance) {
                    best = a;
                    bestClearance = c;
                }
                if (c >= -kSinkToleranceM && std::abs(a - wanted) < nearestGap) {
                    nearest = a;
                    nearestGap = std::abs(a - wanted);
                }
            }
            phi = best;
            if (nearestGap < 1e9f) {  // walk from the clear angle toward the wanted one
                float ok = nearest, bad = wanted;
                for (int it = 0; it < 10; ++it) {
                    const float mid = 0.5f * (ok + bad);
                    (clearanceAt(mid) >= -kSinkToleranceM ? ok : bad) = mid;
                }
                phi = ok;
            }
            m.flexRad[k] = phi - phiBefore;
        }
        joint += m.lengthM[k] * m.direction(phi);
        phiBefore = phi;
    }
}

// A relaxed finger beside a working thumb falls onto the skin: its joints curl
// together toward full flexion until its lowest joint rests kRestGapM above
// the ground (or it is fully curled). A finger already down stays as it is.
void drapeDigit(DigitModel& m, const Ground& ground) {
    const std::array<float, 3> from = m.flexRad;
    auto clearanceAt = [&](float share) {
        for (std::size_t k = 0; k < 3; ++k) m.flexRad[k] = from[k] + share * (m.maxFlexRad[k] - from[k]);
        return chainClearance(m, ground, 0, m.base, m.flexRad[0]);
    };
    if (clearanceAt(0.0f) <= kRestGapM) {
        m.flexRad = from;
        return;
    }
    float lo = 0.0f, hi = 1.0f;
    if (clearanceAt(hi) > kRestGapM) return;
    for (int it = 0; it < 12; ++it) {
        const float mid = 0.5f * (lo + hi);
        (clearanceAt(mid) > kRestGapM ? lo : hi) = mid;
    }
    clearanceAt(hi);
}

// A pad presses flat: the last joint turns the distal phalanx parallel to the
// skin (canonical normal `n`), up to 30 degrees of hyperextension.
void flattenPad(DigitModel& m, const glm::vec3& n) {
    const float before = m.flexRad[0] + m.flexRad[1];
    // direction(phi) . n = a cos(phi) - b sin(phi) vanishes at phi = atan2(a, b) + k pi.
    const float a = glm::dot(m.forward, n), b = glm::dot(m.dorsal, n);
    const float wanted = before + m.flexRad[2];
    float phi = std::atan2(a, b);
    while (phi < wanted - 0.5f * kPi) phi += kPi;
    while (phi > wanted + 0.5f * kPi) phi -= kPi;
    m.flexRad[2] = std::clamp(phi - before, -30.0f * kDeg, m.maxFlexRad[2]);
}

// Digits that carry the contact: the placement follows them, so they settle
// before the hand's last move and the others after it.
bool carriesContact(ContactKind kind, std::size_t digit) {
    switch (kind) {
        case ContactKind::ThumbPad: return digit == 0;
        case ContactKind::FingerPads:
        case ContactKind::Fingertips: return digit >= 1 && digit <= 3;
        case ContactKind::Knuckles: return digit >= 1;
        case ContactKind::Palm:
        case ContactKind::HeelOfHand:
        case ContactKind::TennisBall: return false;
    }
    return false;
}

}  // namespace

HandDimensions HandDimensions::fromAnthropometry(float handLengthM, float handBreadthM, float palmLengthM,
                                                 float forearmLengthM) {
    // Shares of the measured lengths: docs/sources.md, "Hands" (CHA24 for the
    // index and the thumb, estimates for the rest).
    const float middle = handLengthM - palmLengthM;
    HandDimensions d;
    d.palmLengthM = palmLengthM;
    d.palmWidthM = handBreadthM;
    d.wristWidthM = 0.76f * handBreadthM;
    d.palmThicknessM = 0.34f * handBreadthM;
    d.fingerLengthM = {0.904f * middle, middle, 0.95f * middle, 0.75f * middle};
    d.fingerRadiusM = 0.11f * handBreadthM;
    d.thumbLengthM = 0.78f * middle;
    d.thumbMetacarpalM = 0.42f * palmLengthM;
    d.thumbRadiusM = 0.13f * handBreadthM;
    d.forearmLengthM = forearmLengthM;
    return d;
}

// ANSUR II means: docs/sources.md, "Hands".
HandDimensions HandDimensions::female() { return fromAnthropometry(0.1811f, 0.0782f, 0.1087f, 0.2413f); }
HandDimensions HandDimensions::male() { return fromAnthropometry(0.1933f, 0.0883f, 0.1165f, 0.2679f); }
HandDimensions HandDimensions::adult() { return female(); }

const std::array<glm::vec3, kPalmVertexCount>& palmUnitPoints() {
    static const std::array<glm::vec3, kPalmVertexCount> points = [] {
        std::array<glm::vec3, kPalmVertexCount> p{};
        p[0] = glm::vec3(0, 0, -1);
        for (int i = 0; i < kPalmRings; ++i) {
            const float eta = -0.5f * kPi + kPi * static_cast<float>(i + 1) / static_cast<float>(kPalmRings + 1);
            const float ce = signedPow(std::cos(eta), kPalmExponentLength);
            const float se = signedPow(std::sin(eta), kPalmExponentLength);
            for (int j = 0; j < kPalmSlices; ++j) {
                const float w = 2.0f * kPi * static_cast<float>(j) / static_cast<float>(kPalmSlices);
                p[static_cast<std::size_t>(1 + i * kPalmSlices + j)] =
                    glm::vec3(ce * signedPow(std::cos(w), kPalmExponentSection),
                              ce * signedPow(std::sin(w), kPalmExponentSection), se);
            }
        }
        p[kPalmVertexCount - 1] = glm::vec3(0, 0, 1);
        return p;
    }();
    return points;
}

namespace {

// Pitch of the hand so the wrist stands as high above the contact part as the
// engine placed it (digit work), or as the technique holds it (heel, palm).
float handPitchRad(const HandPose& pose, const HandRig& rig, const PalmShape& palm, const HandDimensions& dims,
                   const glm::vec3& n, float lift) {
    if (pose.contact == ContactKind::HeelOfHand) return kHeelPitchRad;
    // The abducted thumb reaches sideways, so pitching barely moves its pad
    // and a wrist-height target is ill-conditioned (the hand would flip
    // between frames); the palm stays level and the fingers rest down.
    if (pose.contact == ContactKind::ThumbPad) return kThumbPitchRad;
    if (pose.contact == ContactKind::Palm || pose.contact == ContactKind::TennisBall) return 0.0f;
    const glm::vec3 up(0, 1, 0);
    const ContactPart part = locateContact(pose.contact, rig, palm, dims, up);
    const float partLowToNominal = glm::dot(part.nominal, up) - part.lowest;
    const float wristHeight = glm::dot(pose.wrist - pose.contactPoint, n) - lift - partLowToNominal;
    return pitchForWristHeight(part.nominal, wristHeight);
}

}  // namespace

bool solveHandRig(const HandPose& pose, const HandDimensions& dims, HandRig& rig, const SkinQuery* skin) {
    if (!finite(pose.wrist) || !finite(pose.contactPoint)) return false;
    const float lift = std::isfinite(pose.liftM) ? std::max(pose.liftM, 0.0f) : 0.0f;
    const glm::mat3 basis = orthonormalBasis(pose.basis);
    const glm::vec3 n = basis[1];
    rig.mirrored = pose.side == HandSide::Left;
    const glm::mat3 mirror(glm::vec3(rig.mirrored ? -1.0f : 1.0f, 0, 0), glm::vec3(0, 1, 0), glm::vec3(0, 0, 1));
    const glm::mat3 toHand = basis * mirror;  // canonical (untilted) -> model
    rig.skinNormal = n;

    const PalmShape palm(dims);
    const auto& unit = palmUnitPoints();
    for (std::size_t i = 0; i < unit.size(); ++i) rig.palm[i] = palm.point(unit[i]);
    rig.pads = palmPads(dims);
    std::array<DigitModel, kDigitCount> models =
        digitModels(dims, palm, clampCurl(pose.fingerCurl), clampCurl(pose.thumbCurl),
                    pose.contact == ContactKind::ThumbPad);
    for (std::size_t i = 0; i < models.size(); ++i) models[i].build(rig.digits[i]);

    const float ballR = 0.5f * kTennisBallDiameterM;
    rig.hasBall = pose.contact == ContactKind::TennisBall;
    const float rest = lift + (rig.hasBall ? 2.0f * ballR - kTennisBallSinkM : 0.0f);

    rig.toModel = toHand * pitch(handPitchRad(pose, rig, palm, dims, n, lift));
    const glm::vec3 nc = glm::transpose(rig.toModel) * n;  // skin normal, canonical
    if (pose.contact == ContactKind::ThumbPad || pose.contact == ContactKind::FingerPads) {
        for (std::size_t i = 0; i < models.size(); ++i) {
            if (!carriesContact(pose.contact, i)) continue;
            flattenPad(models[i], nc);
            models[i].build(rig.digits[i]);
        }
    }

    auto place = [&] {
        const ContactPart part = locateContact(pose.contact, rig, palm, dims, nc);
        const glm::vec3 p = rig.toModel * part.nominal;
        rig.origin = pose.contactPoint - p + n * (glm::dot(p, n) - part.lowest + rest);
        return part;
    };
    // Lowering of the ground under each digit: where the real skin lies below
    // the contact's tangent plane (a back curving away under the fingers).
    std::array<float, kDigitCount> skinDrop{};
    auto settle = [&](bool contactDigits, bool otherDigits, bool drape) {
        const ContactPart part = place();
        Ground ground;
        ground.normal = nc;
        if (rig.hasBall) {
            ground.ball = true;
            ground.ballRadius = ballR;
            const glm::vec3 centre = pose.contactPoint + n * (ballR - kTennisBallSinkM + lift);
            ground.ballCentre = glm::transpose(rig.toModel) * (centre - rig.origin);
        }
        for (std::size_t i = 0; i < models.size(); ++i) {
            if (!(carriesContact(pose.contact, i) ? contactDigits : otherDigits)) continue;
            ground.offset = rest - part.lowest + skinDrop[i];
            if (drape) drapeDigit(models[i], ground);
            conformDigit(models[i], ground);
            models[i].build(rig.digits[i]);
        }
    };
    // Unbending a contact digit lifts its contact part and the hand follows it
    // down; each round leaves about half the sinking of the round before.
    for (int round = 0; round < 3; ++round) settle(true, false, false);
    // Beside a working thumb the relaxed fingers rest on the skin.
    settle(false, true, pose.contact == ContactKind::ThumbPad);
    if (skin && !skin->empty() && !rig.hasBall) {
        // Then on the skin itself under each free digit, a few times: the digit moves as it settles.
        for (int round = 0; round < kSkinRounds; ++round) {
            place();
            for (std::size_t i = 0; i < models.size(); ++i) {
                if (carriesContact(pose.contact, i)) continue;
                // The ground of a digit is the contact's skin plane (the lift is the hand's, not the
                // skin's), moved to the highest skin under it beyond the base joint.
                float drop = kMaxSkinDropM;
                const auto& joints = rig.digits[i].joints;
                // Joints and the middles of the segments between them.
                for (const float along : {1.0f, 1.5f, 2.0f, 2.5f, 3.0f}) {
                    const auto k = static_cast<std::size_t>(along);
                    const glm::vec3 joint = rig.toModelPoint(k < 3 ? glm::mix(joints[k], joints[k + 1], along - float(k)) : joints[3]);
                    const SkinHit hit = skin->closest(joint);
                    const float overPlane = glm::dot(joint - pose.contactPoint, n);
                    drop = std::min(drop, glm::dot(joint - hit.position, hit.normal) - overPlane);
                }
                if (std::isfinite(drop)) skinDrop[i] = std::clamp(drop, -kMaxSkinRiseM, kMaxSkinDropM);
            }
            settle(false, true, pose.contact == ContactKind::ThumbPad);
        }
    }
    const ContactPart part = place();
    rig.ballCentre = pose.contactPoint + n * (ballR - kTennisBallSinkM + lift);
    // Below the part's nominal point, at the height of its lowest point.
    const glm::vec3 nominal = rig.toModelPoint(part.nominal);
    rig.contactSurface = rig.hasBall ? rig.ballCentre - n * ballR
                                     : nominal - n * (glm::dot(part.nominal, nc) - part.lowest);
    return true;
}

}  // namespace backrub
