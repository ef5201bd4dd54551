#include "core/hands/HandMesh.h"

#include "core/base/MathUtil.h"
#include "core/geometry/MeshBuilder.h"
#include "core/hands/ForearmMesh.h"
#include "core/hands/RingSurface.h"

#include <array>
#include <cmath>

namespace backrub {

namespace {

constexpr int kCapsuleSlices = 10;
constexpr int kStartRings = 2;  // hidden inside the previous joint or the palm
constexpr int kEndRings = 3;
constexpr int kTipRings = 4;
constexpr float kInnerStart = 0.98f;

constexpr int kBlobSlices = 10;  // ellipsoids: palm pads, knuckles, nails
constexpr int kBlobRings = 6;
constexpr int kBlobVertexCount = kBlobSlices * kBlobRings + 2;
constexpr int kKnuckleCount = 4;
constexpr int kNailCount = kDigitCount;

constexpr int kBallSlices = 24;
constexpr int kBallRings = 15;
constexpr int kSeamSamples = 64;
constexpr int kSeamSides = 5;
constexpr float kSeamRadiusM = 0.0011f;
constexpr float kSeamDepthM = 0.0004f;  // seam centre below the felt: it stands 0.7 mm proud

// Canonical (or ball-local) space -> model space.
struct Placement {
    glm::mat3 linear{1.0f};  // orthonormal, possibly a reflection
    glm::vec3 origin{0.0f};
    bool flip = false;  // reflection: reverse the winding
};

// Writes vertices into storage already sized for them.
struct VertexWriter {
    Placement pl;
    glm::vec3* position;
    glm::vec3* normal;

    void put(const glm::vec3& p, const glm::vec3& n) {
        *position++ = pl.origin + pl.linear * p;
        *normal++ = pl.linear * n;
    }
};

// Grows `out` by `count` vertices and returns a writer for them.
VertexWriter growVertices(const Placement& pl, std::size_t count, MeshGeometry& out) {
    const std::size_t first = out.positions.size();
    out.positions.resize(first + count);
    out.normals.resize(first + count);
    return VertexWriter{pl, out.positions.data() + first, out.normals.data() + first};
}

// Appends a fixed topology, offset to `base`, reversed for a mirrored placement.
void appendIndices(const std::vector<std::uint32_t>& topology, std::uint32_t base, bool flip,
                   std::vector<std::uint32_t>& out) {
    const std::size_t first = out.size();
    out.resize(first + topology.size());
    std::uint32_t* dst = out.data() + first;
    for (std::size_t i = 0; i < topology.size(); i += 3) {
        dst[i] = base + topology[i];
        dst[i + 1] = base + topology[flip ? i + 2 : i + 1];
        dst[i + 2] = base + topology[flip ? i + 1 : i + 2];
    }
}

// Vertices of a sphere r0 at c0, a cone tangent to both spheres, a sphere r1
// at c1, laid out for ringSurfaceIndices(kStartRings + endRings). `side` fixes
// the seam of the rings so neighbouring phalanges twist alike.
void writeCapsule(VertexWriter& w, const glm::vec3& c0, float r0, const glm::vec3& c1, float r1,
                  const glm::vec3& side, int endRings) {
    const glm::vec3 axis = c1 - c0;
    const float len = glm::length(axis);
    const glm::vec3 d = len > 1e-7f ? axis / len : glm::vec3(0, 0, 1);
    glm::vec3 e1 = side - glm::dot(side, d) * d;
    e1 = glm::length(e1) > 1e-6f ? glm::normalize(e1) : anyPerpendicular(d);
    const glm::vec3 e2 = glm::cross(d, e1);
    // Latitude where the tangent cone meets both spheres.
    const float beta = std::asin(len > 1e-7f ? glm::clamp((r0 - r1) / len, -0.95f, 0.95f) : 0.0f);
    const auto& circle = unitCircle<kCapsuleSlices>();
    std::array<glm::vec3, kCapsuleSlices> around{};
    for (std::size_t j = 0; j < around.size(); ++j) around[j] = circle[j].x * e1 + circle[j].y * e2;
    auto ring = [&](const glm::vec3& centre, float r, float phi) {
        const float cp = std::cos(phi), sp = std::sin(phi);
        for (const glm::vec3& a : around) {
            const glm::vec3 n = cp * a + sp * d;
            w.put(centre + r * n, n);
        }
    };
    w.put(c0 - r0 * d, -d);
    for (int k = 1; k <= kStartRings; ++k)
        ring(c0, r0, -0.5f * kPi + (beta + 0.5f * kPi) * static_cast<float>(k) / kStartRings);
    for (int k = 0; k < endRings; ++k)
        ring(c1, r1, beta + (0.5f * kPi - beta) * static_cast<float>(k) / static_cast<float>(endRings));
    w.put(c1 + r1 * d, d);
}

// Unit sphere, laid out for ringSurfaceIndices(kBlobRings, kBlobSlices).
const std::array<glm::vec3, kBlobVertexCount>& unitBlob() {
    static const std::array<glm::vec3, kBlobVertexCount> points = [] {
        std::array<glm::vec3, kBlobVertexCount> p{};
        p[0] = glm::vec3(0, 0, -1);
        const auto& circle = unitCircle<kBlobSlices>();
        for (int i = 0; i < kBlobRings; ++i) {
            const float eta = -0.5f * kPi + kPi * static_cast<float>(i + 1) / static_cast<float>(kBlobRings + 1);
            for (int j = 0; j < kBlobSlices; ++j) {
                const glm::vec2 cs = circle[static_cast<std::size_t>(j)];
                p[static_cast<std::size_t>(1 + i * kBlobSlices + j)] =
                    glm::vec3(std::cos(eta) * cs.x, std::cos(eta) * cs.y, std::sin(eta));
            }
        }
        p[kBlobVertexCount - 1] = glm::vec3(0, 0, 1);
        return p;
    }();
    return points;
}

void writeEllipsoid(VertexWriter& w, const Ellipsoid& e) {
    const glm::mat3 normalMap = glm::inverse(glm::transpose(e.axes));
    for (const glm::vec3& u : unitBlob()) w.put(e.centre + e.axes * u, glm::normalize(normalMap * u));
}

// A bump on the back of the hand over each finger's MCP joint.
Ellipsoid knuckle(const DigitChain& finger) {
    const float r = finger.radii[0];
    return {finger.joints[0] + glm::vec3(0.0f, 0.45f * r, -0.1f * r), glm::mat3(0.72f * r, 0, 0, 0, 0.7f * r, 0, 0, 0, 0.8f * r)};
}

// A flat nail plate over the distal phalanx, standing a little proud of it.
Ellipsoid nail(const DigitChain& digit) {
    const glm::vec3 along = digit.joints[3] - digit.joints[2];
    const glm::vec3 d = glm::length(along) > 1e-7f ? glm::normalize(along) : glm::vec3(0, 0, 1);
    glm::vec3 dorsal = glm::cross(d, digit.flexAxis);
    dorsal = glm::length(dorsal) > 1e-6f ? glm::normalize(dorsal) : anyPerpendicular(d);
    const glm::vec3 across = glm::cross(dorsal, d);
    const float r = digit.radii[3];
    return {digit.joints[3] - 0.3f * r * d + 0.82f * r * dorsal,
            glm::mat3(0.74f * r * across, 0.24f * r * dorsal, 0.95f * r * d)};
}

int capsuleVertices(int endRings) { return kCapsuleSlices * (kStartRings + endRings) + 2; }

// Palm vertices (layout of palmUnitPoints), normals from the deformed grid:
// along the ring x along the meridian.
void writePalm(VertexWriter& w, const HandRig& rig) {
    const auto& p = rig.palm;
    const auto at = [](int ring, int slice) {
        return static_cast<std::size_t>(1 + ring * kPalmSlices + (slice + kPalmSlices) % kPalmSlices);
    };
    constexpr std::size_t last = kPalmVertexCount - 1;
    auto fan = [&](std::size_t pole, int ring, float sign) {
        glm::vec3 sum(0.0f);
        for (int j = 0; j < kPalmSlices; ++j)
            sum += glm::cross(p[at(ring, j)] - p[pole], p[at(ring, j + 1)] - p[pole]);
        return glm::normalize(sign * sum);
    };
    w.put(p[0], fan(0, 0, -1.0f));
    for (int i = 0; i < kPalmRings; ++i) {
        for (int j = 0; j < kPalmSlices; ++j) {
            const glm::vec3 along = p[at(i, j + 1)] - p[at(i, j - 1)];
            const glm::vec3 meridian = p[i + 1 < kPalmRings ? at(i + 1, j) : last] - p[i > 0 ? at(i - 1, j) : 0];
            w.put(p[at(i, j)], glm::normalize(glm::cross(along, meridian)));
        }
    }
    w.put(p[last], fan(last, kPalmRings - 1, 1.0f));
}

// Per hand: the palm, then per digit (thumb first) three phalanges, the last
// with a rounder tip, then the palm pads and the knuckles.
constexpr std::size_t kHandVertexCount = kPalmVertexCount + 15 * (kCapsuleSlices * (kStartRings + kEndRings) + 2) +
                                         5 * kCapsuleSlices * (kTipRings - kEndRings) +
                                         (kPalmPadCount + kKnuckleCount) * kBlobVertexCount;

const std::vector<std::uint32_t>& handTopology() {
    static const std::vector<std::uint32_t> topology = [] {
        std::vector<std::uint32_t> idx;
        ringSurfaceIndices(0, kPalmRings, kPalmSlices, idx);
        auto base = static_cast<std::uint32_t>(kPalmVertexCount);
        for (int digit = 0; digit < kDigitCount; ++digit) {
            for (int k = 0; k < 3; ++k) {
                const int endRings = k == 2 ? kTipRings : kEndRings;
                ringSurfaceIndices(base, kStartRings + endRings, kCapsuleSlices, idx);
                base += static_cast<std::uint32_t>(capsuleVertices(endRings));
            }
        }
        for (int blob = 0; blob < kPalmPadCount + kKnuckleCount; ++blob) {
            ringSurfaceIndices(base, kBlobRings, kBlobSlices, idx);
            base += kBlobVertexCount;
        }
        return idx;
    }();
    return topology;
}

const std::vector<std::uint32_t>& nailTopology() {
    static const std::vector<std::uint32_t> topology = [] {
        std::vector<std::uint32_t> idx;
        for (std::uint32_t k = 0; k < kNailCount; ++k) ringSurfaceIndices(k * kBlobVertexCount, kBlobRings, kBlobSlices, idx);
        return idx;
    }();
    return topology;
}

// Unit-free ball template in metres around its centre: sphere then seam tube.
struct BallTemplate {
    std::vector<glm::vec3> positions, normals;
    std::vector<std::uint32_t> indices;  // counter-clockwise, relative to the first vertex
};

const BallTemplate& ballTemplate() {
    static const BallTemplate ball = [] {
        BallTemplate b;
        const float r = 0.5f * kTennisBallDiameterM;
        const auto& circle = unitCircle<kBallSlices>();
        b.positions.emplace_back(0, 0, -r);
        b.normals.emplace_back(0, 0, -1);
        for (int i = 0; i < kBallRings; ++i) {
            const float phi = -0.5f * kPi + kPi * static_cast<float>(i + 1) / static_cast<float>(kBallRings + 1);
            for (const glm::vec2& cs : circle) {
                const glm::vec3 n(std::cos(phi) * cs.x, std::cos(phi) * cs.y, std::sin(phi));
                b.positions.push_back(r * n);
                b.normals.push_back(n);
            }
        }
        b.positions.emplace_back(0, 0, r);
        b.normals.emplace_back(0, 0, 1);
        ringSurfaceIndices(0, kBallRings, kBallSlices, b.indices);

        // Seam: the classic tennis-ball curve on the unit sphere,
        // (a cos t + b cos 3t, a sin t - b sin 3t, 2 sqrt(ab) sin 2t), a + b = 1.
        const float a = 0.7f, bb = 0.3f, c = 2.0f * std::sqrt(a * bb);
        const auto curve = [&](float t) {
            return glm::vec3(a * std::cos(t) + bb * std::cos(3 * t), a * std::sin(t) - bb * std::sin(3 * t),
                             c * std::sin(2 * t));
        };
        const auto first = static_cast<std::uint32_t>(b.positions.size());
        const auto& tube = unitCircle<kSeamSides>();
        for (int k = 0; k < kSeamSamples; ++k) {
            const float t = 2.0f * kPi * static_cast<float>(k) / kSeamSamples;
            const glm::vec3 out = glm::normalize(curve(t));
            const glm::vec3 tangent = glm::normalize(curve(t + 1e-3f) - curve(t - 1e-3f));
            const glm::vec3 binormal = glm::normalize(glm::cross(tangent, out));
            const glm::vec3 centre = (r - kSeamDepthM) * out;
            for (const glm::vec2& cs : tube) {
                const glm::vec3 n = cs.x * out + cs.y * binormal;
                b.positions.push_back(centre + kSeamRadiusM * n);
                b.normals.push_back(n);
            }
        }
        const auto at = [&](int k, int s) {
            return first + static_cast<std::uint32_t>((k % kSeamSamples) * kSeamSides + s % kSeamSides);
        };
        for (int k = 0; k < kSeamSamples; ++k) {
            for (int s = 0; s < kSeamSides; ++s) {
                appendTriangle(at(k, s), at(k, s + 1), at(k + 1, s + 1), b.indices);
                appendTriangle(at(k, s), at(k + 1, s + 1), at(k + 1, s), b.indices);
            }
        }
        return b;
    }();
    return ball;
}

void appendBall(const Placement& pl, MeshGeometry& out) {
    const BallTemplate& ball = ballTemplate();
    const auto base = static_cast<std::uint32_t>(out.positions.size());
    VertexWriter w = growVertices(pl, ball.positions.size(), out);
    for (std::size_t i = 0; i < ball.positions.size(); ++i) w.put(ball.positions[i], ball.normals[i]);
    appendIndices(ball.indices, base, pl.flip, out.indices);
}

bool finite(const glm::vec3& v) { return std::isfinite(v.x) && std::isfinite(v.y) && std::isfinite(v.z); }

void appendHand(const HandRig& rig, MeshGeometry& out, MeshGeometry& nails) {
    const Placement pl{rig.toModel, rig.origin, rig.mirrored};
    const auto base = static_cast<std::uint32_t>(out.positions.size());
    VertexWriter w = growVertices(pl, kHandVertexCount, out);
    writePalm(w, rig);
    for (const DigitChain& chain : rig.digits) {
        for (std::size_t k = 0; k < 3; ++k) {
            // Each phalanx starts just inside the joint before it, so the two
            // spheres there never fight for the same depth.
            const float r0 = k == 0 ? chain.radii[0] : kInnerStart * chain.radii[k];
            writeCapsule(w, chain.joints[k], r0, chain.joints[k + 1], chain.radii[k + 1], chain.flexAxis,
                         k == 2 ? kTipRings : kEndRings);
        }
    }
    for (const Ellipsoid& pad : rig.pads) writeEllipsoid(w, pad);
    for (std::size_t f = 1; f <= kKnuckleCount; ++f) writeEllipsoid(w, knuckle(rig.digits[f]));
    appendIndices(handTopology(), base, pl.flip, out.indices);

    const auto nailBase = static_cast<std::uint32_t>(nails.positions.size());
    VertexWriter nw = growVertices(pl, static_cast<std::size_t>(kNailCount * kBlobVertexCount), nails);
    for (const DigitChain& chain : rig.digits) writeEllipsoid(nw, nail(chain));
    appendIndices(nailTopology(), nailBase, pl.flip, nails.indices);
}

}  // namespace

void appendHandMesh(const HandPose& pose, const HandDimensions& dims, MeshGeometry& out, MeshGeometry* ball,
                    const SkinQuery* skin) {
    if (!pose.inUse) return;
    HandRig rig;
    if (!solveHandRig(pose, dims, rig, skin)) return;
    appendHand(rig, out, out);
    if (rig.hasBall) appendBall(Placement{rig.toModel, rig.ballCentre, rig.mirrored}, ball ? *ball : out);
}

void HandMeshes::clear() {
    for (MeshGeometry* g : {&hand, &nails, &forearm, &ball}) {
        g->positions.clear();
        g->normals.clear();
        g->indices.clear();
    }
    forearmOpacity.clear();
}

void appendHandMeshes(const HandPose& pose, const HandDimensions& dims, HandMeshes& out, const SkinQuery* skin) {
    if (!pose.inUse) return;
    HandRig rig;
    if (!solveHandRig(pose, dims, rig, skin)) return;
    appendHand(rig, out.hand, out.nails);
    appendForearmMesh(pose, rig, dims, out.forearm, out.forearmOpacity);
    if (rig.hasBall) appendBall(Placement{rig.toModel, rig.ballCentre, rig.mirrored}, out.ball);
}

void appendTennisBall(const glm::vec3& contactPoint, const glm::vec3& skinNormal, MeshGeometry& out) {
    if (!finite(contactPoint)) return;
    const float len = glm::length(skinNormal);
    const glm::vec3 n = finite(skinNormal) && len > 1e-6f ? skinNormal / len : glm::vec3(0, 1, 0);
    const glm::vec3 t1 = anyPerpendicular(n);
    const glm::vec3 centre = contactPoint + n * (0.5f * kTennisBallDiameterM - kTennisBallSinkM);
    appendBall(Placement{glm::mat3(t1, n, glm::cross(t1, n)), centre, false}, out);
}

glm::vec3 handContactSurfacePoint(const HandPose& pose, const HandDimensions& dims) {
    HandRig rig;
    return solveHandRig(pose, dims, rig) ? rig.contactSurface : pose.contactPoint;
}

}  // namespace backrub
