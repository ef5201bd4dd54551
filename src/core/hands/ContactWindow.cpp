#include "core/hands/ContactWindow.h"

#include "core/base/MathUtil.h"

#include "core/pressure/ContactArea.h"

#include <algorithm>
#include <cmath>

namespace backrub {
namespace {


}  // namespace

std::vector<ContactWindow> contactWindows(const std::vector<Contact>& contacts) {
    std::vector<const Contact*> pressing;
    for (const Contact& c : contacts)
        if (c.forceN > 0.0f && std::isfinite(c.forceN)) pressing.push_back(&c);
    if (pressing.size() > std::size_t(kMaxContactWindows)) {
        std::stable_sort(pressing.begin(), pressing.end(),
                         [](const Contact* a, const Contact* b) { return a->forceN > b->forceN; });
        pressing.resize(kMaxContactWindows);
    }
    std::vector<ContactWindow> out;
    out.reserve(pressing.size());
    for (const Contact* c : pressing) {
        const float len = glm::length(c->normal);
        const glm::vec3 n = len > 1e-6f ? c->normal / len : glm::vec3(0.0f, 1.0f, 0.0f);
        out.push_back({c->position, n, 1.25f * contactRadiusM(c->areaCm2) + 0.01f});
    }
    return out;
}

float windowOpacity(const std::vector<ContactWindow>& windows, const glm::vec3& p) {
    float open = 0.0f;  // 1 in the middle of a window
    for (const ContactWindow& w : windows) {
        const glm::vec3 d = p - w.center;
        const float h = glm::dot(d, w.normal);
        const float across = glm::length(d - h * w.normal);
        const float inside = (1.0f - smoothstep(0.6f * w.radius, w.radius, across)) *
                             (1.0f - smoothstep(0.7f * kWindowHeightM, kWindowHeightM, h)) *
                             smoothstep(-0.02f, -0.005f, h);
        open = std::max(open, inside);
    }
    return 1.0f - (1.0f - kWindowFloor) * open;
}

}  // namespace backrub
