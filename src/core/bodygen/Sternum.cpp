#include "core/bodygen/Sternum.h"

#include <glm/glm.hpp>

#include <algorithm>
#include <array>
#include <cmath>

namespace backrub {
namespace {

// The sternum's outline along its centre line: distance from the jugular notch (m) to the
// half width and half thickness there (m); linear between knots.
struct ProfileKnot {
    float at, halfWidth, halfThickness;
};

ProfileKnot profileAt(const std::vector<ProfileKnot>& knots, float s) {
    if (s <= knots.front().at) return knots.front();
    for (std::size_t i = 1; i < knots.size(); ++i) {
        const ProfileKnot &a = knots[i - 1], &b = knots[i];
        if (s <= b.at) {
            const float t = (s - a.at) / std::max(b.at - a.at, 1e-6f);
            return {s, a.halfWidth + (b.halfWidth - a.halfWidth) * t, a.halfThickness + (b.halfThickness - a.halfThickness) * t};
        }
    }
    return knots.back();
}

// The cartilages are flat bands a little narrower and thicker than the bony rib (estimate).
constexpr float kCartilageWidthShare = 0.85f, kCartilageThicknessShare = 1.25f;
// The sternum lies this far (male) in front of the line through the ribs' anterior ends, so the
// cartilages bring the chest wall forward to it (estimate).
constexpr float kForwardOfRibEndsM = 0.010f;
// Where ribs 8-10 join the cartilage above: this share of the way along it (estimate).
constexpr float kJoinAlongCartilageAbove = 0.35f;
// A cartilage ends this far inside the sternum's edge, so the two meet without a gap.
constexpr float kIntoSternumM = 0.0015f;

}  // namespace

void placeSternumAndCostalCartilages(Skeleton& sk, const BodyProportions& p) {
    auto rib = [&](int side, int n) -> Rib& { return sk.ribs[static_cast<std::size_t>(side * kThoracicCount + n - 1)]; };
    const float m = p.manubriumLength, b = p.sternalBodyLength, x = p.xiphoidLength;
    // Costal notches of ribs 1..7, from the notch down (estimates after atlas plates): the first
    // a third of the way down the manubrium, the second at the sternal angle, the seventh at the
    // xiphisternal junction.
    const std::array<float, 8> notchAt = {0.0f, 0.35f * m, m, m + 0.22f * b, m + 0.45f * b, m + 0.66f * b, m + 0.85f * b, m + b};
    const float mw = 0.5f * p.manubriumWidth, bw = 0.5f * p.sternalBodyWidth, t = 0.5f * p.sternumThickness;
    const std::vector<ProfileKnot> profile = {{0.0f, mw, t},
                                              {notchAt[1], 0.95f * mw, t},
                                              {m, 0.9f * bw, 0.85f * t},
                                              {m + 0.7f * b, bw, 0.85f * t},
                                              {m + b, 0.7f * bw, 0.8f * t},
                                              {m + b + 0.002f, 0.5f * bw, 0.35f * t},
                                              {m + b + x, 0.2f * bw, 0.25f * t}};

    // The line through the anterior ends of ribs 1 and 7 on the midline (the body is symmetric).
    const glm::vec3 e1 = rib(0, 1).path.back(), e7 = rib(0, 7).path.back();
    const glm::vec3 down = glm::normalize(glm::vec3(0.0f, e7.y - e1.y, e7.z - e1.z));
    const glm::vec3 anterior(0.0f, down.z, -down.y);
    const float forward = kForwardOfRibEndsM * p.chestDepth / kMaleProportions.chestDepth;
    // The first costal notch level with the first rib's end.
    const glm::vec3 notch = glm::vec3(0.0f, e1.y, e1.z) - down * notchAt[1] + anterior * forward;
    auto at = [&](float s) { return notch + down * s; };

    Sternum& st = sk.sternum;
    st = Sternum{};
    st.anterior = anterior;
    st.jugularNotch = at(0.0f);
    st.sternalAngle = at(m);
    st.xiphisternalJunction = at(m + b);
    st.xiphoidTip = at(m + b + x);
    // Samples about every 12 mm plus every knot, so the mesh keeps the outline's corners (the
    // costal notches of the first and seventh ribs lie on them).
    std::vector<float> along;
    for (const ProfileKnot& k : profile) along.push_back(k.at);
    const int samples = 14;
    for (int i = 1; i < samples; ++i) {
        const float s = (m + b + x) * static_cast<float>(i) / samples;
        if (std::none_of(profile.begin(), profile.end(), [&](const ProfileKnot& k) { return std::abs(k.at - s) < 0.004f; }))
            along.push_back(s);
    }
    std::sort(along.begin(), along.end());
    for (float s : along) {
        const ProfileKnot k = profileAt(profile, s);
        st.path.push_back(at(s));
        st.halfWidth.push_back(k.halfWidth);
        st.halfThickness.push_back(k.halfThickness);
    }

    for (int side = 0; side < 2; ++side)
        for (int n = 1; n <= 10; ++n) {
            Rib& r = rib(side, n);
            r.cartilageHalfWidth = kCartilageWidthShare * r.halfWidth;
            r.cartilageHalfThickness = kCartilageThicknessShare * r.halfThickness;
            const glm::vec3 end = r.path.back();
            glm::vec3 target;
            if (n <= 7) {
                const float s = notchAt[static_cast<std::size_t>(n)];
                target = at(s) + glm::vec3(sideSign(side) * (profileAt(profile, s).halfWidth - kIntoSternumM), 0.0f, 0.0f);
            } else {
                const std::vector<glm::vec3>& above = rib(side, n - 1).cartilage;
                target = above.front() + (above.back() - above.front()) * kJoinAlongCartilageAbove;
            }
            // Leave the rib along its own direction, then turn to the target.
            const glm::vec3 heading = glm::normalize(end - r.path[r.path.size() - 2]);
            r.cartilage = {end, end + heading * (0.25f * glm::length(target - end)), target};
        }
}

}  // namespace backrub
