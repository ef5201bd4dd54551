#include "core/bodygen/SacrumMesh.h"

#include "core/bodygen/BoneField.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <limits>

namespace backrub {
namespace {

// Shares of the sacrum's thickness at S1 (its halfThickness there), so that the parts scale
// with the bone (estimates after atlas plates: docs/sources.md, "Pelvis and sacrum").
constexpr float kRoofHalfWidth = 0.75f;       // the canal's roof spreads this far either side
constexpr float kLateralThinning = 0.35f;     // the lateral parts are thinner than the midline
constexpr float kVentralHollow = 0.25f;       // the pelvic surface is hollow from side to side
constexpr float kEdgeRound = 0.18f;           // rounding of the lateral border
constexpr float kCellM = 0.0035f;             // surface-nets grid step
constexpr std::size_t kMaxTriangles = 5000;

// The median sacral crest: its tubercles (fused spinous processes of S1-S4) along the sacrum
// (share of its length), their height above the roof and radius, as shares of halfThickness at S1.
struct Tubercle {
    float t, height, radius;
};
constexpr Tubercle kCrest[] = {{0.03f, 0.15f, 0.16f}, {0.12f, 0.27f, 0.20f}, {0.22f, 0.12f, 0.13f}, {0.31f, 0.22f, 0.17f},
                               {0.41f, 0.10f, 0.12f}, {0.49f, 0.18f, 0.15f}, {0.58f, 0.08f, 0.11f}, {0.65f, 0.12f, 0.12f},
                               {0.76f, 0.00f, 0.09f}};

struct Section {
    glm::vec3 centre, back, axis;  // on the path; posterior; cranial
    float t;                       // 0 at S1, 1 at the apex (beyond: outside)
    float halfWidth, halfThickness, archDepth;
};

class SacrumField {
public:
    explicit SacrumField(const Sacrum& s) : s_(s), t0_(s.halfThickness.front()) {
        for (const Tubercle& tb : kCrest) {
            const Section sec = sectionAt(tb.t);
            crest_.push_back(sec.centre + sec.back * (sec.halfThickness + sec.archDepth + tb.height * t0_));
            crestRadii_.push_back(tb.radius * t0_);
        }
        // The superior articular processes rise behind the S1 body's top, either side of the canal.
        const Section top = sectionAt(0.0f);
        for (float side : {1.0f, -1.0f}) {
            const glm::vec3 base = top.centre + top.back * (top.halfThickness + 0.55f * top.archDepth) +
                                   glm::vec3(side * 0.85f * t0_, 0.0f, 0.0f) - top.axis * (0.3f * t0_);
            facets_.push_back({base, base + top.axis * (0.75f * t0_) + top.back * (0.1f * t0_)});
        }
        lo_ = hi_ = s.path.front();
        for (std::size_t i = 0; i < s.path.size(); ++i) {
            const float r = s.halfThickness[i] + s.archDepth[i] + 0.5f * t0_;
            lo_ = glm::min(lo_, s.path[i] - glm::vec3(s.halfWidth[i], r, r));
            hi_ = glm::max(hi_, s.path[i] + glm::vec3(s.halfWidth[i], r, r));
        }
        lo_ -= glm::vec3(0.012f);
        hi_ += glm::vec3(0.012f);
    }

    float operator()(const glm::vec3& p) const {
        const Section sec = nearest(p);
        const glm::vec3 q = p - sec.centre;
        const float u = std::abs(p.x), n = glm::dot(q, sec.back);
        const float w = sec.halfWidth, h = sec.halfThickness, roof = kRoofHalfWidth * t0_;
        const float x = std::min(u / w, 1.0f);
        // Dorsal and ventral faces across the section, and their slopes, to keep the field distance-like.
        const float bump = std::exp(-(u / roof) * (u / roof));
        const float dorsal = h * (1.0f - kLateralThinning * x * x) + sec.archDepth * bump;
        const float dorsalSlope = -2.0f * h * kLateralThinning * x / w - 2.0f * sec.archDepth * bump * u / (roof * roof);
        const float ventral = -h + kVentralHollow * h * x * x;
        const float behind = (n - dorsal) / std::sqrt(1.0f + dorsalSlope * dorsalSlope);
        const float front = ventral - n;
        float d = smoothIntersect(std::max(behind, front), u - w, kEdgeRound * t0_);
        // The S1 end plate above, the apex below.
        d = smoothIntersect(d, glm::dot(p - s_.path.front(), sec0Axis()), 0.002f);
        d = smoothIntersect(d, glm::dot(s_.path.back() - p, lastAxis()), 0.004f);
        d = smoothUnion(d, tubeDistance(p, crest_, crestRadii_), 0.004f);
        for (const auto& f : facets_) d = smoothUnion(d, capsuleDistance(p, f[0], f[1], 0.30f * t0_, 0.24f * t0_), 0.004f);
        // The dorsal foramina, open right through.
        for (const auto& level : s_.dorsalForamina)
            for (const SacralForamen& f : level) {
                const glm::vec3 r = p - f.centre;
                const float off = glm::length(r - f.axis * glm::dot(r, f.axis));
                d = smoothIntersect(d, f.radius - off, 0.0015f);
            }
        return d;
    }

    glm::vec3 lo() const { return lo_; }
    glm::vec3 hi() const { return hi_; }

private:
    glm::vec3 sec0Axis() const { return glm::normalize(s_.path[0] - s_.path[1]); }
    glm::vec3 lastAxis() const { return glm::normalize(s_.path[s_.path.size() - 2] - s_.path.back()); }

    Section sectionOn(std::size_t i, float u) const {
        const glm::vec3 a = s_.path[i], b = s_.path[i + 1];
        Section sec;
        sec.centre = a + (b - a) * u;
        sec.axis = glm::normalize(a - b);
        sec.back = glm::normalize(glm::cross(glm::vec3(1, 0, 0), b - a));
        sec.t = (static_cast<float>(i) + u) / static_cast<float>(s_.path.size() - 1);
        auto mix = [&](const std::vector<float>& v) { return v[i] + (v[i + 1] - v[i]) * u; };
        sec.halfWidth = mix(s_.halfWidth);
        sec.halfThickness = mix(s_.halfThickness);
        sec.archDepth = mix(s_.archDepth);
        return sec;
    }

    Section sectionAt(float t) const {
        const Sacrum::Spot spot = s_.spotAt(t);
        return sectionOn(spot.segment, spot.along);
    }

    // The section through the point of the path nearest to p (in the midsagittal plane).
    Section nearest(const glm::vec3& p) const {
        const glm::vec2 q(p.y, p.z);
        float best = std::numeric_limits<float>::max();
        std::size_t bi = 0;
        float bu = 0.0f;
        for (std::size_t i = 0; i + 1 < s_.path.size(); ++i) {
            const glm::vec2 a(s_.path[i].y, s_.path[i].z), b(s_.path[i + 1].y, s_.path[i + 1].z);
            const glm::vec2 ab = b - a;
            const float u = std::clamp(glm::dot(q - a, ab) / glm::dot(ab, ab), 0.0f, 1.0f);
            const float d = glm::length(q - (a + ab * u));
            if (d < best) {
                best = d;
                bi = i;
                bu = u;
            }
        }
        return sectionOn(bi, bu);
    }

    const Sacrum& s_;
    float t0_;
    std::vector<glm::vec3> crest_;
    std::vector<float> crestRadii_;
    std::vector<std::array<glm::vec3, 2>> facets_;
    glm::vec3 lo_{0.0f}, hi_{0.0f};
};

}  // namespace

MeshBuilder sacrumMesh(const Sacrum& s) {
    MeshBuilder m;
    const SacrumField field(s);
    addBoneField(m, std::cref(field), field.lo(), field.hi(), kCellM, kMaxTriangles);
    return m;
}

}  // namespace backrub
