#include "core/bodygen/LimbMeshes.h"

#include <cmath>

namespace backrub {
namespace {

// An ellipsoid with radii along the columns of `axes` (unit vectors).
void addOriented(MeshBuilder& m, const glm::vec3& c, const glm::mat3& axes, const glm::vec3& radii, int slices = 12, int stacks = 8) {
    glm::mat4 xf(glm::vec4(axes[0] * radii.x, 0), glm::vec4(axes[1] * radii.y, 0), glm::vec4(axes[2] * radii.z, 0), glm::vec4(c, 1));
    m.addEllipsoid(xf, slices, stacks);
}

void addBall(MeshBuilder& m, const glm::vec3& c, float r) { addOriented(m, c, glm::mat3(1.0f), glm::vec3(r), 10, 6); }

// Axes with `along` third and the second near `second`.
glm::mat3 frameAlong(const glm::vec3& second, const glm::vec3& along) {
    const glm::vec3 z = glm::normalize(along);
    glm::vec3 y = second - z * glm::dot(second, z);
    y = glm::length(y) < 1e-4f ? anyPerpendicular(z) : glm::normalize(y);
    return glm::mat3(glm::cross(y, z), y, z);
}

// A long bone's shaft between two ends, each end pulled in by `inset` so the epiphyses show.
void addShaft(MeshBuilder& m, const glm::vec3& a, const glm::vec3& b, float ra, float rb, float inset) {
    const glm::vec3 d = glm::normalize(b - a);
    m.addCylinder(a + d * inset, b - d * inset, ra, rb, 10);
}

// Phalanges (or a metacarpal row) of a digit: one shaft per segment with a round head.
void addDigitBones(MeshBuilder& m, const Digit& d, std::size_t first, float scale) {
    for (std::size_t j = first; j + 1 < d.joints.size(); ++j) {
        const float r = d.radius[j] * scale;
        addShaft(m, d.joints[j], d.joints[j + 1], r, r * 0.8f, r * 0.6f);
        addBall(m, d.joints[j], r * 1.15f);
    }
}

}  // namespace

MeshBuilder skullMesh(const Head& h) {
    constexpr float kScalpM = 0.006f;  // m, scalp over the braincase (estimate)
    MeshBuilder m;
    const glm::vec3 x(1, 0, 0);
    const glm::mat3 axes(x, h.front, h.up);
    addOriented(m, h.braincase, axes, h.braincaseRadii - glm::vec3(kScalpM), 20, 14);
    // Face: brow ridge, the maxilla under the orbits, nasal bones; the mandible's body and rami.
    addOriented(m, h.glabella - h.front * 0.016f - h.up * 0.004f, axes, {0.045f, 0.010f, 0.010f});
    const glm::vec3 maxilla = h.nasion - h.up * 0.045f - h.front * 0.030f;
    addOriented(m, maxilla, axes, {0.032f, 0.022f, 0.026f}, 14, 10);
    m.addCylinder(h.nasion - h.front * 0.004f, h.nasion - h.up * 0.022f + h.front * 0.004f, 0.005f, 0.004f, 8);
    for (int side = 0; side < 2; ++side) {
        const float sg = sideSign(side);
        const glm::vec3 chin = h.menton + h.up * 0.010f - h.front * 0.006f;
        m.addCylinder(h.gonion[side] - x * (sg * 0.004f), chin + x * (sg * 0.012f), 0.007f, 0.008f, 10);
        m.addCylinder(h.gonion[side] - x * (sg * 0.004f), h.tragion[side] - x * (sg * 0.012f) + h.front * 0.012f - h.up * 0.010f, 0.007f, 0.006f, 8);
        // Zygomatic arch from the cheekbone back to in front of the ear.
        const glm::vec3 cheek = h.zygion[side] - x * (sg * 0.016f);
        m.addCylinder(cheek, h.tragion[side] - x * (sg * 0.010f) + h.front * 0.010f, 0.006f, 0.004f, 8);
        addOriented(m, cheek, axes, {0.010f, 0.012f, 0.010f});
        addOriented(m, h.mastoid[side] - x * (sg * 0.006f), axes, {0.008f, 0.008f, 0.012f}, 8, 6);
        // Orbit rims: a ring of bone round each eye socket.
        const glm::vec3 orbit = h.nasion + x * (sg * 0.033f) - h.up * 0.012f - h.front * 0.010f;
        std::vector<glm::vec3> rim;
        for (int i = 0; i < 12; ++i) {
            const float t = 6.2831853f * static_cast<float>(i) / 12.0f;
            rim.push_back(orbit + x * (0.019f * std::cos(t)) + h.up * (0.016f * std::sin(t)));
        }
        m.addRing(rim, 0.0035f, 6);
    }
    addOriented(m, h.menton + h.up * 0.010f - h.front * 0.004f, axes, {0.018f, 0.009f, 0.010f});
    return m;
}

MeshBuilder clavicleMesh(const Arm& a) {
    // The S-curve: convex forward near the sternum, concave forward near the acromion.
    MeshBuilder m;
    const glm::vec3 s = a.clavicle[0], e = a.clavicle[1], forward(0, -1, 0);
    const std::vector<glm::vec3> path = catmullRom({s, glm::mix(s, e, 0.35f) + forward * 0.010f, glm::mix(s, e, 0.72f) - forward * 0.006f, e}, 4);
    std::vector<float> half(path.size(), 0.0060f), thick(path.size(), 0.0050f);
    half.front() = 0.009f;   // the sternal end is knobbed
    half.back() = 0.0095f;   // the acromial end is flat and wide
    thick.back() = 0.0035f;
    m.addTube(path, half, thick, glm::vec3(0, 1, 0), 10);
    return m;
}

MeshBuilder humerusMesh(const Arm& a) {
    MeshBuilder m;
    const float s = glm::length(a.elbow - a.shoulder) / 0.307f;  // size relative to a male arm
    const glm::vec3 d = glm::normalize(a.elbow - a.shoulder);
    addBall(m, a.shoulder, 0.022f * s);
    const glm::vec3 tubercle = a.shoulder + d * (0.015f * s) + (a.lateralEpicondyle - a.elbow) * 0.6f;
    addBall(m, tubercle, 0.012f * s);
    addShaft(m, a.shoulder, a.elbow, 0.0125f * s, 0.010f * s, 0.022f * s);
    // The lower end flares to the epicondyles; trochlea and capitulum between them.
    m.addCylinder(a.medialEpicondyle, a.lateralEpicondyle, 0.0075f * s, 0.0085f * s, 10);
    m.addCylinder(a.elbow - d * (0.05f * s), a.medialEpicondyle, 0.008f * s, 0.006f * s, 8);
    m.addCylinder(a.elbow - d * (0.05f * s), a.lateralEpicondyle, 0.008f * s, 0.006f * s, 8);
    addOriented(m, a.elbow, frameAlong(glm::vec3(0, 1, 0), a.lateralEpicondyle - a.medialEpicondyle), {0.011f * s, 0.011f * s, 0.020f * s});
    return m;
}

MeshBuilder ulnaMesh(const Arm& a) {
    MeshBuilder m;
    const float s = glm::length(a.wrist - a.elbow) / 0.244f;
    addOriented(m, a.olecranon, frameAlong(glm::vec3(0, 1, 0), a.elbow - a.olecranon), {0.010f * s, 0.010f * s, 0.014f * s});
    const glm::vec3 top = a.elbow + (a.medialEpicondyle - a.elbow) * 0.35f;
    m.addCylinder(a.olecranon, top, 0.009f * s, 0.008f * s, 10);
    m.addCylinder(top, a.ulnarStyloid, 0.0075f * s, 0.005f * s, 10);
    addBall(m, a.ulnarStyloid, 0.0065f * s);
    return m;
}

MeshBuilder radiusMesh(const Arm& a) {
    MeshBuilder m;
    const float s = glm::length(a.wrist - a.elbow) / 0.244f;
    const glm::vec3 d = glm::normalize(a.radialStyloid - a.radialHead);
    m.addCylinder(a.radialHead - d * (0.004f * s), a.radialHead + d * (0.006f * s), 0.0105f * s, 0.0105f * s, 12);  // the head's disc
    m.addCylinder(a.radialHead + d * (0.006f * s), a.radialStyloid - d * (0.02f * s), 0.006f * s, 0.009f * s, 10);
    // The wide lower end holds the carpus.
    addOriented(m, a.radialStyloid - d * (0.012f * s) + (a.ulnarStyloid - a.radialStyloid) * 0.25f,
                frameAlong(glm::vec3(0, 1, 0), a.radialStyloid - a.ulnarStyloid), {0.009f * s, 0.008f * s, 0.017f * s});
    addBall(m, a.radialStyloid, 0.006f * s);
    return m;
}

MeshBuilder handMesh(const Hand& h) {
    constexpr float kBoneOfFinger = 0.45f;  // a phalanx's radius, of the finger's soft radius (estimate)
    MeshBuilder m;
    const LimbFrame& f = h.frame;
    // Carpus: two rows of small bones, shown as one rounded block.
    addOriented(m, h.wrist + f.distal * 0.018f, glm::mat3(f.first, f.volar, f.distal), {0.28f * h.breadth, 0.010f, 0.014f}, 14, 8);
    for (int i = 0; i < kDigitCount; ++i) {
        const Digit& d = h.digits[static_cast<std::size_t>(i)];
        if (i > 0) {  // metacarpals 2-5 from the carpus to the knuckles
            addShaft(m, h.metacarpalBase[i], d.joints.front(), 0.0045f, 0.004f, 0.002f);
            addBall(m, d.joints.front(), 0.0055f);
        }
        addDigitBones(m, d, 0, kBoneOfFinger);
    }
    return m;
}

MeshBuilder patellaMesh(const Leg& l, const BodyProportions& p) {
    MeshBuilder m;
    const glm::vec3 along = glm::normalize(l.knee - l.hip);
    addOriented(m, l.patella, frameAlong(glm::vec3(0, -1, 0), along),
                {0.5f * p.patellaWidth, 0.5f * p.patellaThickness * 0.8f, 0.5f * p.patellaHeight}, 12, 8);
    return m;
}

MeshBuilder tibiaMesh(const Leg& l) {
    MeshBuilder m;
    const float s = glm::length(l.ankle - l.knee) / 0.407f;
    const glm::vec3 d = glm::normalize(l.ankle - l.knee);
    const glm::mat3 across = frameAlong(glm::vec3(0, -1, 0), d);
    addOriented(m, l.tibialPlateau + d * (0.012f * s), across, {0.036f * s, 0.024f * s, 0.013f * s}, 16, 8);
    addBall(m, l.tibialTuberosity, 0.008f * s);
    m.addCylinder(l.tibialPlateau + d * (0.015f * s), l.ankle - d * (0.035f * s), 0.016f * s, 0.011f * s, 12);
    addOriented(m, l.ankle - d * (0.018f * s), across, {0.020f * s, 0.017f * s, 0.016f * s});
    addOriented(m, l.medialMalleolus, across, {0.006f * s, 0.008f * s, 0.012f * s}, 8, 6);
    return m;
}

MeshBuilder fibulaMesh(const Leg& l) {
    MeshBuilder m;
    const float s = glm::length(l.ankle - l.knee) / 0.407f;
    addBall(m, l.fibulaHead, 0.009f * s);
    m.addCylinder(l.fibulaHead, l.lateralMalleolus, 0.0065f * s, 0.006f * s, 8);
    addOriented(m, l.lateralMalleolus, frameAlong(glm::vec3(0, 1, 0), l.knee - l.ankle), {0.007f * s, 0.008f * s, 0.015f * s}, 8, 6);
    return m;
}

MeshBuilder footMesh(const Foot& f) {
    constexpr float kBoneOfToe = 0.42f;  // a phalanx's radius, of the toe's soft radius (estimate)
    MeshBuilder m;
    const float s = f.breadth / 0.1019f;
    const glm::mat3 axes(f.frame.first, f.frame.volar, f.frame.distal);
    addOriented(m, f.ankle + f.frame.volar * (0.006f * s), axes, {0.015f * s, 0.013f * s, 0.022f * s});  // talus
    // Calcaneus: from under the talus back to the heel.
    m.addCylinder(f.ankle + f.frame.volar * (0.022f * s) + f.frame.distal * (0.01f * s), f.heel, 0.014f * s, 0.016f * s, 10);
    // Navicular, cuboid and cuneiforms as one block, then the metatarsals.
    const glm::vec3 tarsus = f.ankle + f.frame.distal * (0.040f * s) + f.frame.volar * (0.022f * s);
    addOriented(m, tarsus, axes, {0.026f * s, 0.012f * s, 0.016f * s}, 12, 8);
    for (int i = 0; i < kDigitCount; ++i) {
        const Digit& t = f.toes[static_cast<std::size_t>(i)];
        const float r = (i == 0 ? 0.0075f : 0.0045f) * s;
        addShaft(m, f.metatarsalBase[i], t.joints.front(), r, r * 0.85f, 0.002f);
        addBall(m, t.joints.front(), r * 1.2f);
        addDigitBones(m, t, 0, kBoneOfToe);
    }
    return m;
}

}  // namespace backrub
