#include "core/bodygen/SkinWeights.h"

#include "core/base/MathUtil.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace backrub {
namespace {

// Over how much field difference a point shares two parts (m): about the blend radius of
// the parts' smooth unions, so the shared band is the blended skin between them.
constexpr float kPartBlendM = 0.012f;
// A part weighing less than this is dropped (its share goes to the others).
constexpr float kMinPartWeight = 0.02f;

// A chain of joints along a polyline: joint k owns the stretch between knots[k] and
// knots[k + 1]; across each inner knot the weight passes to the next joint over
// +-halfBlend[k] of arc length.
struct Chain {
    std::vector<int> joint;
    std::vector<glm::vec3> knots;   // joint.size() + 1 points
    std::vector<float> halfBlend;   // per inner knot (joint.size() - 1)
};

// Arc length of the point on the chain's polyline nearest to p.
float arcOf(const Chain& c, const glm::vec3& p) {
    float best = 1e30f, arc = 0.0f, run = 0.0f;
    for (std::size_t i = 0; i + 1 < c.knots.size(); ++i) {
        const glm::vec3 a = c.knots[i], ab = c.knots[i + 1] - a;
        const float len = glm::length(ab);
        const float t = len > 1e-6f ? std::clamp(glm::dot(p - a, ab) / (len * len), 0.0f, 1.0f) : 0.0f;
        const float d = glm::length(p - (a + ab * t));
        if (d < best) {
            best = d;
            arc = run + t * len;
        }
        run += len;
    }
    return arc;
}

// Appends (joint, weight * share) for the chain's joints at point p: joint k weighs what
// has passed knot k but not knot k + 1.
void chainWeights(const Chain& c, const glm::vec3& p, float share, std::vector<std::pair<int, float>>& out) {
    const float u = arcOf(c, p);
    float run = 0.0f, passedBefore = 1.0f;
    for (std::size_t k = 0; k < c.joint.size(); ++k) {
        float passed = 0.0f;
        if (k + 1 < c.joint.size()) {
            run += glm::length(c.knots[k + 1] - c.knots[k]);
            passed = smoothstep(run - c.halfBlend[k], run + c.halfBlend[k], u);
        }
        const float w = passedBefore - passed;
        if (w > 1e-4f) out.emplace_back(c.joint[k], w * share);
        passedBefore = passed;
    }
}

struct Rig {
    Chain spine, head;
    std::array<Chain, 2> arm, leg;
};

Rig buildRig(const Skeleton& sk) {
    auto j = [&](const std::string& name) { return sk.jointIndex(name); };
    Rig r;
    // The spine: the pelvis below S1, then each vertebra from its lower disc to its upper one.
    const glm::vec3 s1 = sk.sacrum.path.front();
    const glm::vec3 hipMid = 0.5f * (sk.pelvis.hipJoint[0] + sk.pelvis.hipJoint[1]);
    r.spine.joint.push_back(j("pelvis"));
    r.spine.knots.push_back(glm::vec3(0.0f, s1.y, hipMid.z - 0.10f));
    r.spine.knots.push_back(s1);
    for (int i = kL5; i >= kC1; --i) {
        const Vertebra& v = sk.vertebrae[i];
        r.spine.joint.push_back(j("vertebra_" + v.label));
        const glm::vec3 next = i > kC1 ? sk.vertebrae[i - 1].center : v.center + (v.center - sk.vertebrae[i + 1].center);
        r.spine.knots.push_back(i > kC1 ? 0.5f * (v.center + next) : next);
    }
    for (std::size_t k = 1; k + 1 < r.spine.knots.size(); ++k) {
        const float gap = std::min(glm::length(r.spine.knots[k] - r.spine.knots[k - 1]),
                                   glm::length(r.spine.knots[k + 1] - r.spine.knots[k]));
        r.spine.halfBlend.push_back(0.5f * gap);
    }
    r.head.joint = {j("skull")};
    r.head.knots = {sk.head.braincase, sk.head.vertex};
    constexpr float kElbowKneeBlendM = 0.035f, kWristAnkleBlendM = 0.02f;
    for (int side = 0; side < 2; ++side) {
        const std::string sfx = sideSuffix(side);
        const Arm& a = sk.arms[side];
        const Digit& middle = a.hand.digits[2];
        r.arm[side].joint = {j("humerus" + sfx), j("radius" + sfx), j("hand" + sfx)};
        r.arm[side].knots = {a.shoulder, a.elbow, a.wrist, middle.joints.back()};
        r.arm[side].halfBlend = {kElbowKneeBlendM, kWristAnkleBlendM};
        const Leg& l = sk.legs[side];
        const Digit& toe = l.foot.toes[1];
        r.leg[side].joint = {j("femur" + sfx), j("tibia" + sfx), j("foot" + sfx)};
        r.leg[side].knots = {l.hip, l.knee, l.ankle, toe.joints.back()};
        r.leg[side].halfBlend = {kElbowKneeBlendM, kWristAnkleBlendM};
    }
    return r;
}

const Chain& chainOf(const Rig& r, const SkinPartId& id) {
    switch (id.part) {
        case SkinPart::Trunk: return r.spine;
        case SkinPart::Head: return r.head;
        case SkinPart::Arm:
        case SkinPart::Hand: return r.arm[id.side];
        case SkinPart::Leg:
        case SkinPart::Foot: return r.leg[id.side];
    }
    return r.spine;
}

}  // namespace

SkinBinding bindToSkeleton(const std::vector<glm::vec3>& points, const Skeleton& sk, const SkinField& field) {
    const Rig rig = buildRig(sk);
    const std::vector<SkinPartId>& ids = field.partIds();
    SkinBinding out;
    out.joints.reserve(points.size());
    out.weights.reserve(points.size());
    std::vector<float> f, share;
    std::vector<std::pair<int, float>> w, merged;
    for (const glm::vec3& p : points) {
        field.partFields(p, f);
        const float fMin = *std::min_element(f.begin(), f.end());
        float total = 0.0f;
        share.resize(f.size());
        for (std::size_t g = 0; g < f.size(); ++g) {
            share[g] = std::exp(-(f[g] - fMin) / kPartBlendM);
            total += share[g];
        }
        w.clear();
        for (std::size_t g = 0; g < f.size(); ++g)
            if (share[g] / total >= kMinPartWeight) chainWeights(chainOf(rig, ids[g]), p, share[g] / total, w);
        // Merge repeated joints (a hand and its arm share a chain), keep the four heaviest.
        std::sort(w.begin(), w.end());
        merged.clear();
        for (const auto& e : w) {
            if (!merged.empty() && merged.back().first == e.first) merged.back().second += e.second;
            else merged.push_back(e);
        }
        std::sort(merged.begin(), merged.end(), [](const auto& a, const auto& b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        if (merged.size() > 4) merged.resize(4);
        float sum = 0.0f;
        for (const auto& e : merged) sum += e.second;
        glm::u16vec4 jt(0);
        glm::vec4 wt(0.0f);
        for (std::size_t k = 0; k < merged.size(); ++k) {
            jt[static_cast<int>(k)] = static_cast<std::uint16_t>(merged[k].first);
            wt[static_cast<int>(k)] = merged[k].second / sum;
        }
        out.joints.push_back(jt);
        out.weights.push_back(wt);
    }
    return out;
}

}  // namespace backrub
