#include "core/bodygen/Muscles.h"

#include "core/geometry/SkinMesher.h"

#include <glm/gtc/constants.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

namespace backrub {
namespace {

struct Outline {
    std::vector<glm::vec3> edgeA, edgeB;  // control points; the sheet spans between them
    glm::vec3 toward;                     // direction into the body (the drape direction)
    float depth;                          // skin surface to the top of the muscle (m)
    float thickness;                      // at mid-belly (m)
    float reach = 0.5f;                   // the drape starts this far outside an outline point (m)
};

// The first skin crossing met when coming from outside along `dir` toward `p`, or nothing
// when the line misses the body (e.g. an outline point beside the narrow neck).
std::optional<glm::vec3> drape(const SkinField& skin, const glm::vec3& p, const glm::vec3& dir, float reach) {
    constexpr float kBeyondM = 0.5f;  // m, how far past the outline point the search goes
    glm::vec3 start = p - dir * reach;
    const float step = 0.012f;  // thinner than any part of the body that a muscle lies on
    for (float t = 0.0f; t < reach + kBeyondM; t += step) {
        if (skin(start + dir * t) < 0.0f) {
            if (t == 0.0f) return std::nullopt;  // started inside: no crossing from outside
            float lo = t - step, hi = t;
            for (int i = 0; i < 24; ++i) {
                float mid = 0.5f * (lo + hi);
                (skin(start + dir * mid) < 0.0f ? hi : lo) = mid;
            }
            return start + dir * hi;
        }
    }
    return std::nullopt;
}

// `p` moved along `inward` until it lies at least `margin` under the skin.
glm::vec3 underSkin(const SkinField& skin, glm::vec3 p, const glm::vec3& inward, float margin) {
    for (int i = 0; i < 40 && skin(p) > -margin; ++i) p += inward * 0.001f;
    return p;
}

MeshBuilder sheet(const SkinField& skin, const Outline& o) {
    const int rows = 14, cols = 7;
    auto resample = [rows](const std::vector<glm::vec3>& pts) {
        std::vector<glm::vec3> dense = catmullRom(pts, 8), out;
        for (int r = 0; r < rows; ++r) out.push_back(dense[static_cast<std::size_t>(r) * (dense.size() - 1) / (rows - 1)]);
        return out;
    };
    const std::vector<glm::vec3> a = resample(o.edgeA), b = resample(o.edgeB);
    const glm::vec3 d = glm::normalize(o.toward);
    const float margin = 0.003f;  // the sheet stays this far under the skin
    std::vector<glm::vec3> top, bottom;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
            float u = static_cast<float>(c) / (cols - 1), v = static_cast<float>(r) / (rows - 1);
            // An outline point whose line misses the body slides toward edge A (which lies on
            // the body) until it meets the skin: no point falls back to table height.
            std::optional<glm::vec3> s;
            for (float k = u; k >= 0.0f && !s; k -= 0.05f) s = drape(skin, glm::mix(a[r], b[r], std::max(k, 0.0f)), d, o.reach);
            if (!s) s = drape(skin, a[r], d, o.reach);
            glm::vec3 q = s.value_or(a[r]);
            // Inward along the skin normal, so sheets follow curved sides (flanks, neck) too.
            glm::vec3 n = fieldGradient(std::cref(skin), q, 0.001f);
            glm::vec3 in = glm::length(n) > 1e-6f ? -glm::normalize(n) : d;
            float belly = std::sqrt(std::max(0.0f, std::sin(glm::pi<float>() * u) * std::sin(glm::pi<float>() * v)));
            glm::vec3 t = underSkin(skin, q + in * o.depth, in, margin);
            top.push_back(t);
            bottom.push_back(t + in * (0.0015f + o.thickness * belly));
        }
    MeshBuilder m;
    m.addSheet(top, bottom, rows, cols);
    return m;
}

}  // namespace

std::vector<MuscleMesh> buildMuscles(const Skeleton& sk, const BodyProportions& p, const SkinField& skin) {
    auto z = [&](const char* label) { return sk.vertebra(label).spinousTip.z; };
    const glm::vec3 down(0, -1, 0);
    const float crestZ = sk.pelvis.iliacCrestTop[0].z, hipY = sk.pelvis.hipJoint[0].y;
    const float psisZ = sk.pelvis.psis[0].z, coccyxZ = sk.sacrum.dorsalCoccyx.z;
    std::vector<MuscleMesh> out;
    for (int side = 0; side < 2; ++side) {
        const float s = sideSign(side);
        const std::string sfx = sideSuffix(side);
        const Scapula& sc = sk.scapulae[side];
        const glm::vec3 troch = sk.femora[side].greaterTrochanter;
        auto P = [s](float x, float zz) { return glm::vec3(s * x, 0.0f, zz); };
        auto add = [&](const std::string& name, const Outline& o) { out.push_back({name + sfx, sheet(skin, o)}); };
        add("trapezius", {{P(0.004f, z("C1")), P(0.004f, z("C7")), P(0.004f, z("T6")), P(0.004f, z("T12"))},
                          {P(0.03f, z("C1")), P(std::abs(sc.acromion.x) * 0.9f, sc.acromion.z), P(std::abs(sc.spineRoot.x) + 0.01f, z("T6")), P(0.01f, z("T12") - 0.01f)},
                          down, 0.004f, 0.006f});
        add("rhomboids", {{P(0.006f, z("C7")), P(0.006f, z("T3")), P(0.006f, z("T5"))},
                          {P(std::abs(sc.superiorAngle.x), sc.superiorAngle.z), P(std::abs(sc.spineRoot.x), sc.spineRoot.z), P(std::abs(sc.inferiorAngle.x) - 0.005f, sc.inferiorAngle.z + 0.02f)},
                          down, 0.011f, 0.005f});
        add("latissimus_dorsi", {{P(0.006f, z("T7")), P(0.006f, z("L3")), P(0.06f, crestZ + 0.005f), P(p.waistHalfWidth * 0.9f, crestZ + 0.02f)},
                                 {P(std::abs(sc.inferiorAngle.x), sc.inferiorAngle.z), P(p.chestHalfWidth * 0.7f, z("T8")), P(p.chestHalfWidth * 0.8f, z("T5")), P(std::abs(sc.glenoid.x), z("T3"))},
                                 down, 0.004f, 0.006f});
        const float ew = p.erectorWidthLumbar;
        add("erector_spinae", {{P(0.012f, psisZ), P(0.012f, z("L3")), P(0.012f, z("T6")), P(0.010f, z("C7"))},
                               {P(0.010f + ew * 0.8f, psisZ), P(0.012f + ew, z("L3")), P(0.05f, z("T6")), P(0.03f, z("C7"))},
                               down, 0.008f, 0.028f});
        add("quadratus_lumborum", {{P(0.045f, crestZ), P(0.045f, z("L2")), P(0.045f, z("T12"))},
                                   {P(0.095f, crestZ + 0.005f), P(0.10f, z("L2")), P(0.08f, z("T12"))},
                                   down, 0.045f, 0.015f});
        add("gluteus_maximus", {{P(0.02f, psisZ + 0.01f), P(0.012f, 0.5f * (psisZ + coccyxZ)), P(0.012f, coccyxZ - 0.01f), P(0.03f, -0.10f)},
                                {P(0.10f, crestZ - 0.02f), P(std::abs(troch.x) - 0.01f, 0.5f * (crestZ + troch.z)), P(std::abs(troch.x) + 0.01f, troch.z - 0.02f), P(std::abs(troch.x) - 0.02f, -0.13f)},
                                down, 0.012f, 0.025f});
        add("gluteus_medius", {{P(0.075f, crestZ - 0.01f), P(0.11f, crestZ + 0.005f), P(p.iliacHalfWidth - 0.01f, crestZ - 0.02f)},
                               {P(0.09f, troch.z + 0.06f), P(0.12f, troch.z + 0.04f), P(std::abs(troch.x), troch.z + 0.02f)},
                               down, 0.03f, 0.018f});
        // The hip's side, draped from just outside it: the forearm lies farther out.
        constexpr float kSideStartM = 0.04f, kSideReachM = 0.05f;
        const glm::vec3 inward(-s, 0.0f, 0.0f);
        auto L = [&](float y, float zz) { return glm::vec3(s * (0.5f * p.hipBreadth + kSideStartM), y, zz); };
        const float kneeZ = sk.legs[side].knee.z;
        add("tensor_fasciae_latae", {{L(hipY - 0.045f, 0.05f), L(hipY - 0.045f, -0.02f), L(hipY - 0.03f, -0.12f)},
                                     {L(hipY - 0.015f, 0.05f), L(hipY - 0.01f, -0.02f), L(hipY - 0.005f, -0.12f)},
                                     inward, 0.006f, 0.012f, kSideReachM});
        add("iliotibial_band", {{L(hipY - 0.012f, troch.z - 0.02f), L(hipY - 0.014f, -0.15f), L(hipY - 0.020f, kneeZ + 0.06f)},
                                {L(hipY + 0.014f, troch.z - 0.02f), L(hipY + 0.012f, -0.15f), L(hipY - 0.002f, kneeZ + 0.06f)},
                                inward, 0.004f, 0.002f, kSideReachM});
    }
    return out;
}

}  // namespace backrub
