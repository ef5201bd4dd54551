#include "core/hands/HandMesh.h"

#include "core/base/MathUtil.h"
#include "core/geometry/MeshBuilder.h"

#include <array>
#include <cmath>

namespace backrub {

namespace {

constexpr int kCapsuleSlices = 10;
constexpr int kStartRings = 2;  // hidden inside the previous joint or the palm
constexpr int kEndRings = 3;
constexpr int kTipRings = 4;
constexpr float kInnerStart = 0.98f;

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

void triangle(std::uint32_t a, std::uint32_t b, std::uint32_t c, std::vector<std::uint32_t>& idx) {
    idx.push_back(a);
    idx.push_back(b);
    idx.push_back(c);
}

// Indices of a closed surface laid out as pole, `rings` rings of `slices`, pole,
// rings going from the first pole to the second and each ring turning counter-
// clockwise seen from the second pole.
void ringSurfaceIndices(std::uint32_t base, int rings, int slices, std::vector<std::uint32_t>& idx) {
    const auto at = [&](int ring, int slice) {
        return base + 1u + static_cast<std::uint32_t>(ring * slices + slice % slices);
    };
    const std::uint32_t last = base + 1u + static_cast<std::uint32_t>(rings * slices);
    for (int j = 0; j < slices; ++j) triangle(base, at(0, j + 1), at(0, j), idx);
    for (int i = 0; i + 1 < rings; ++i) {
        for (int j = 0; j < slices; ++j) {
            triangle(at(i, j), at(i, j + 1), at(i + 1, j + 1), idx);
            triangle(at(i, j), at(i + 1, j + 1), at(i + 1, j), idx);
        }
    }
    for (int j = 0; j < slices; ++j) triangle(at(rings - 1, j), at(rings - 1, j + 1), last, idx);
}

template <int N>
const std::array<glm::vec2, N>& unitCircle() {
    static const std::array<glm::vec2, N> table = [] {
        std::array<glm::vec2, N> t{};
        for (int j = 0; j < N; ++j) {
            const float a = 2.0f * kPi * static_cast<float>(j) / static_cast<float>(N);
            t[static_cast<std::size_t>(j)] = glm::vec2(std::cos(a), std::sin(a));
        }
        return t;
    }();
    return table;
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
// with a rounder tip.
constexpr std::size_t kHandVertexCount =
    kPalmVertexCount + 15 * (kCapsuleSlices * (kStartRings + kEndRings) + 2) + 5 * kCapsuleSlices * (kTipRings - kEndRings);

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
                triangle(at(k, s), at(k, s + 1), at(k + 1, s + 1), b.indices);
                triangle(at(k, s), at(k + 1, s + 1), at(k + 1, s), b.indices);
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

}  // namespace

void appendHandMesh(const HandPose& pose, const HandDimensions& dims, MeshGeometry& out, MeshGeometry* ball) {
    if (!pose.inUse) return;
    HandRig rig;
    if (!solveHandRig(pose, dims, rig)) return;
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
    appendIndices(handTopology(), base, pl.flip, out.indices);
    if (rig.hasBall) appendBall(Placement{rig.toModel, rig.ballCentre, rig.mirrored}, ball ? *ball : out);
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
