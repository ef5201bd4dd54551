#include "core/bodygen/PelvisMesh.h"

#include "core/bodygen/BoneField.h"

#include <glm/gtc/constants.hpp>

#include <algorithm>
#include <cmath>
#include <functional>

namespace backrub {
namespace {

// Sizes of the hip bone's parts (m, male; estimates after atlas plates: docs/sources.md,
// "Pelvis and sacrum", rows "Iliac wing" and "Ischium, pubis, sacroiliac joint").
constexpr float kCupWallM = 0.0065f;          // acetabular wall behind the articular surface
constexpr float kWingHalfThickTopM = 0.0036f;  // the iliac fossa is thin under the crest
constexpr float kWingBaseExtraM = 0.0070f;     // thicker down toward the body of the ilium
constexpr float kWingPosteriorExtraM = 0.0040f;  // and behind, the iliac tuberosity
constexpr float kWingBulgeM = 0.002f;            // the gluteal surface bulges out
constexpr float kBlendM = 0.006f;                // fillets where the parts meet
constexpr float kCellM = 0.004f;                 // surface-nets grid step
constexpr std::size_t kMaxTriangles = 6500;     // per hip bone

// A point on the sacrum's centre line at t (0 = S1 endplate, 1 = apex) and its half breadth.
glm::vec3 sacrumAt(const Sacrum& s, float t, float* halfWidth) {
    const Sacrum::Spot spot = s.spotAt(t);
    const std::size_t i = spot.segment;
    const float u = spot.along;
    *halfWidth = s.halfWidth[i] + (s.halfWidth[i + 1] - s.halfWidth[i]) * u;
    return s.path[i] + (s.path[i + 1] - s.path[i]) * u;
}

// The iliac wing: a curved plate between the crest and a base line lower down, described round
// a craniocaudal axis through the centre of the crest's curve seen from above. At each angle
// round that axis the plate runs from the base (radius rb, height zb) up to the crest (rc, zc).
class IliacWing {
public:
    IliacWing(const std::vector<glm::vec3>& crestPoints, float side, const glm::vec3& hip, const glm::vec3& psis, const glm::vec3& asis)
        : side_(side) {
        const std::vector<glm::vec3> crest = catmullRom(crestPoints, 3);  // finer rows: no creases between them
        fitAxis(crest);
        const std::size_t n = crest.size();
        for (std::size_t i = 0; i < n; ++i) {
            const float u = static_cast<float>(i) / static_cast<float>(n - 1);  // 0 at the PSIS, 1 at the ASIS
            const glm::vec2 l = local(crest[i]);
            Row r;
            r.theta = std::atan2(l.y, l.x);
            r.rc = glm::length(l);
            r.zc = crest[i].z;
            r.rb = r.rc * (0.42f + 0.10f * u);
            // The base: below the PSIS at the sacroiliac joint, over the acetabulum in the middle,
            // and under the ASIS at the anterior inferior iliac spine.
            const float zPost = psis.z - 0.042f, zMid = hip.z + 0.026f, zAnt = asis.z - 0.024f;
            r.zb = u < 0.5f ? zPost + (zMid - zPost) * (u / 0.5f) : zMid + (zAnt - zMid) * ((u - 0.5f) / 0.5f);
            r.u = u;
            rows_.push_back(r);
        }
    }

    float distance(const glm::vec3& p) const {
        const glm::vec2 l = local(p);
        const float rho = glm::length(l), theta = std::atan2(l.y, l.x);
        // Rows run from the PSIS (largest angle) to the ASIS (smallest).
        const Row& first = rows_.front();
        const Row& last = rows_.back();
        const float th = std::clamp(theta, last.theta, first.theta);
        std::size_t lo = 0, hi = rows_.size() - 1;  // rows_[lo].theta >= th >= rows_[hi].theta
        while (hi - lo > 1) {
            const std::size_t mid = (lo + hi) / 2;
            (rows_[mid].theta >= th ? lo : hi) = mid;
        }
        const std::size_t i = lo;
        const Row &a = rows_[i], &b = rows_[i + 1];
        const float f = std::clamp((a.theta - th) / (a.theta - b.theta), 0.0f, 1.0f);
        auto mix = [f](float x, float y) { return x + (y - x) * f; };
        const float rc = mix(a.rc, b.rc), zc = mix(a.zc, b.zc), rb = mix(a.rb, b.rb), zb = mix(a.zb, b.zb), u = mix(a.u, b.u);
        const float v = std::clamp((p.z - zb) / (zc - zb), 0.0f, 1.0f);
        const float pi = glm::pi<float>();
        const float rw = rb + (rc - rb) * v + kWingBulgeM * std::sin(pi * v) * std::sin(pi * u);
        const float half = kWingHalfThickTopM + kWingBaseExtraM * (1.0f - v) * (1.0f - v) + kWingPosteriorExtraM * (1.0f - u) * (1.0f - u) * (1.0f - v);
        const float slope = (rc - rb) / (zc - zb);
        const float across = (std::abs(rho - rw) - half) / std::sqrt(1.0f + slope * slope);
        const float above = p.z - zc, below = zb - p.z;
        const float beyond = rho * std::max(theta - first.theta, last.theta - theta);
        return std::max(std::max(across, beyond), std::max(above, below));
    }

    // The point of the plate's base at its posterior end (the ilium's sacroiliac part).
    glm::vec3 posteriorBase() const { return basePoint(rows_.front()); }

    // Every point of the plate lies within `radius` of `centre`.
    void bounds(glm::vec3& centre, float& radius) const {
        std::vector<glm::vec3> pts;
        for (const Row& r : rows_) {
            pts.push_back(basePoint(r));
            pts.push_back({axis_.x + side_ * r.rc * std::cos(r.theta), axis_.y + r.rc * std::sin(r.theta), r.zc});
        }
        centre = glm::vec3(0.0f);
        for (const glm::vec3& q : pts) centre += q / static_cast<float>(pts.size());
        radius = 0.0f;
        for (const glm::vec3& q : pts) radius = std::max(radius, glm::length(q - centre));
        radius += kWingHalfThickTopM + kWingBaseExtraM + kWingPosteriorExtraM + kWingBulgeM;
    }

private:
    struct Row {
        float theta, rc, zc, rb, zb, u;
    };

    glm::vec2 local(const glm::vec3& p) const { return {side_ * (p.x - axis_.x), p.y - axis_.y}; }
    glm::vec3 basePoint(const Row& r) const { return {axis_.x + side_ * r.rb * std::cos(r.theta), axis_.y + r.rb * std::sin(r.theta), r.zb}; }

    // Centre of the circle closest to the crest seen from above (algebraic least squares).
    void fitAxis(const std::vector<glm::vec3>& crest) {
        glm::dmat3 m(0.0);
        glm::dvec3 r(0.0);
        for (const glm::vec3& c : crest) {
            const glm::dvec3 row(c.x, c.y, 1.0);
            const double rhs = static_cast<double>(c.x) * c.x + static_cast<double>(c.y) * c.y;
            m += glm::outerProduct(row, row);
            r += row * rhs;
        }
        const glm::dvec3 sol = glm::inverse(m) * r;
        axis_ = {static_cast<float>(0.5 * sol.x), static_cast<float>(0.5 * sol.y)};
    }

    float side_;
    glm::vec2 axis_{0.0f};
    std::vector<Row> rows_;
};

class HipBoneField {
public:
    HipBoneField(const Skeleton& sk, int side)
        : pv_(sk.pelvis), side_(side), wing_(sk.pelvis.iliacCrest[side], sideSign(side), sk.pelvis.hipJoint[side], sk.pelvis.psis[side],
                                             sk.pelvis.asis[side]) {
        const float s = sideSign(side);
        const glm::vec3 hip = pv_.hipJoint[side], it = pv_.ischialTuberosity[side], ps = pv_.pubicSymphysis;
        const glm::vec3 X(s, 0.0f, 0.0f);
        crest_ = pv_.iliacCrest[side];
        crestRadii_.assign(crest_.size(), 0.0058f);
        crestRadii_[0] = 0.0040f;  // the PSIS lies only a few mm under its dimple
        if (crest_.size() > 2) crestRadii_[1] = 0.0048f;
        crestRadii_.back() = 0.0065f;  // the ASIS juts forward
        // The rim round the obturator foramen, closed.
        const auto& rim = pv_.obturatorRim[side];
        std::vector<glm::vec3> loop = {rim.back()};
        loop.insert(loop.end(), rim.begin(), rim.end());
        loop.push_back(rim.front());
        loop.push_back(rim[1]);
        const int per = 3;
        const std::vector<glm::vec3> smooth = catmullRom(loop, per);
        rimPath_.assign(smooth.begin() + per, smooth.end() - per);  // drop the wrap-around segments
        rimRadii_.assign(rimPath_.size(), pv_.obturatorRimBand);
        auto nearestRim = [&](const glm::vec3& q) {
            return *std::min_element(rim.begin(), rim.end(), [&](const glm::vec3& x, const glm::vec3& y) {
                return glm::length(x - q) < glm::length(y - q);
            });
        };
        const glm::vec3 pubisTop = ps + glm::vec3(s * 0.011f, 0.002f, 0.010f), pubisLow = ps + glm::vec3(s * 0.012f, 0.012f, -0.028f);
        // Pieces: ischial body and tuberosity, ischial spine, superior pubic ramus, pubic body,
        // and the auricular part of the ilium against the sacrum.
        pieces_ = {
            {hip + glm::vec3(-s * 0.006f, 0.020f, -0.020f), it + glm::vec3(0.0f, -0.004f, 0.018f), 0.012f, 0.010f},
            {it + glm::vec3(0.0f, -0.004f, 0.016f), it + glm::vec3(0.0f, 0.002f, -0.010f), 0.011f, 0.012f},
            {hip + glm::vec3(-s * 0.016f, 0.026f, -0.024f), hip + glm::vec3(-s * 0.030f, 0.032f, -0.026f), 0.005f, 0.0025f},
            {hip + glm::vec3(-s * 0.022f, -0.018f, 0.012f), pubisTop, 0.009f, 0.008f},
            {pubisTop, pubisLow, 0.0085f, 0.0085f},
            {pubisTop, nearestRim(pubisTop), 0.008f, 0.007f},
            {pubisLow, nearestRim(pubisLow), 0.008f, 0.006f},
            {pv_.psis[side] + glm::vec3(s * 0.010f, -0.012f, -0.004f), wing_.posteriorBase(), 0.010f, 0.010f},
        };
        float hw0 = 0.0f, hw1 = 0.0f;
        const glm::vec3 a0 = sacrumAt(sk.sacrum, 0.10f, &hw0), a1 = sacrumAt(sk.sacrum, 0.45f, &hw1);
        pieces_.push_back({a0 + X * (hw0 + 0.010f), a1 + X * (hw1 + 0.010f), 0.008f, 0.008f});
        wing_.bounds(wingCentre_, wingRadius_);
        for (const glm::vec3& q : crest_) wingRadius_ = std::max(wingRadius_, glm::length(q - wingCentre_) + 0.007f);
        rimCentre_ = glm::vec3(0.0f);
        for (const glm::vec3& q : rimPath_) rimCentre_ += q / static_cast<float>(rimPath_.size());
        for (const glm::vec3& q : rimPath_) rimRadius_ = std::max(rimRadius_, glm::length(q - rimCentre_) + pv_.obturatorRimBand);
        // The box round it all.
        lo_ = hi_ = hip;
        auto grow = [&](const glm::vec3& q) {
            lo_ = glm::min(lo_, q);
            hi_ = glm::max(hi_, q);
        };
        for (const glm::vec3& q : crest_) grow(q);
        for (const glm::vec3& q : rimPath_) grow(q);
        for (const Piece& q : pieces_) {
            grow(q.a);
            grow(q.b);
        }
        grow(hip - glm::vec3(pv_.acetabulumRadius + kCupWallM));
        grow(hip + glm::vec3(pv_.acetabulumRadius + kCupWallM));
        lo_ -= glm::vec3(0.02f);
        hi_ += glm::vec3(0.02f);
    }

    float operator()(const glm::vec3& p) const {
        const glm::vec3 hip = pv_.hipJoint[side_];
        const float r = glm::length(p - hip), inner = pv_.acetabulumRadius;
        // The cup: a spherical shell round the head, open to the equator along its axis.
        float cup = std::abs(r - (inner + 0.5f * kCupWallM)) - 0.5f * kCupWallM;
        cup = smoothIntersect(cup, glm::dot(p - hip, pv_.acetabulumAxis[side_]), 0.002f);
        // Parts whose bounding sphere lies further than the blend past what is there already cannot change it.
        float d = cup;
        if (glm::length(p - wingCentre_) - wingRadius_ < d + kBlendM)
            d = smoothUnion(d, smoothUnion(wing_.distance(p), tubeDistance(p, crest_, crestRadii_), 0.004f), kBlendM);
        if (glm::length(p - rimCentre_) - rimRadius_ < d + kBlendM) d = smoothUnion(d, tubeDistance(p, rimPath_, rimRadii_), kBlendM);
        for (const Piece& q : pieces_) d = smoothUnion(d, capsuleDistance(p, q.a, q.b, q.ra, q.rb), kBlendM);
        // The socket stays clear for the femoral head.
        return smoothIntersect(d, inner - r, 0.002f);
    }

    glm::vec3 lo() const { return lo_; }
    glm::vec3 hi() const { return hi_; }

private:
    struct Piece {
        glm::vec3 a, b;
        float ra, rb;
    };
    const Pelvis& pv_;
    int side_;
    IliacWing wing_;
    std::vector<glm::vec3> crest_, rimPath_;
    std::vector<float> crestRadii_, rimRadii_;
    std::vector<Piece> pieces_;
    glm::vec3 wingCentre_{0.0f}, rimCentre_{0.0f};
    float wingRadius_ = 0.0f, rimRadius_ = 0.0f;
    glm::vec3 lo_{0.0f}, hi_{0.0f};
};

}  // namespace

MeshBuilder pelvisMesh(const Skeleton& sk) {
    MeshBuilder m;
    for (int side = 0; side < 2; ++side) {
        const HipBoneField field(sk, side);
        addBoneField(m, std::cref(field), field.lo(), field.hi(), kCellM, kMaxTriangles);
    }
    return m;
}

}  // namespace backrub
