#include "core/technique/BodyCoordinates.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace backrub {

namespace {

std::vector<std::string> makeSpineLevels() {
    std::vector<std::string> v{"C7"};
    for (int i = 1; i <= 12; ++i) v.push_back("T" + std::to_string(i));
    for (int i = 1; i <= 5; ++i) v.push_back("L" + std::to_string(i));
    for (int i = 1; i <= 5; ++i) v.push_back("S" + std::to_string(i));
    v.push_back("coccyx");
    return v;
}

std::vector<std::string> makeLandmarks() {
    std::vector<std::string> v;
    for (int i = 1; i <= 7; ++i) v.push_back("C" + std::to_string(i));
    for (int i = 1; i <= 12; ++i) v.push_back("T" + std::to_string(i));
    for (int i = 1; i <= 5; ++i) v.push_back("L" + std::to_string(i));
    v.push_back("S1");
    v.push_back("coccyx");
    for (const char* paired : {"PSIS", "iliac_crest", "scapular_spine", "scapula_inferior_angle", "greater_trochanter"}) {
        v.push_back(std::string(paired) + "_L");
        v.push_back(std::string(paired) + "_R");
    }
    return v;
}

const glm::vec3 kLateral(1.0f, 0.0f, 0.0f);  // receiver's left
const glm::vec3 kCranial(0.0f, 0.0f, 1.0f);

const Landmark* findLandmark(const Body& body, const std::string& name) {
    for (const Landmark& l : body.landmarks) {
        if (l.name == name) return &l;
    }
    return nullptr;
}

}  // namespace

const std::vector<std::string>& spineLevelNames() {
    static const std::vector<std::string> levels = makeSpineLevels();
    return levels;
}

std::optional<int> spineLevelIndex(const std::string& name) {
    const auto& levels = spineLevelNames();
    const auto it = std::find(levels.begin(), levels.end(), name);
    if (it == levels.end()) return std::nullopt;
    return static_cast<int>(it - levels.begin());
}

const std::vector<std::string>& landmarkNames() {
    static const std::vector<std::string> names = makeLandmarks();
    return names;
}

bool isLandmarkName(const std::string& name) {
    const auto& names = landmarkNames();
    return std::find(names.begin(), names.end(), name) != names.end();
}

std::string mirroredLandmarkName(const std::string& name) {
    if (name.size() > 2 && name.compare(name.size() - 2, 2, "_L") == 0) return name.substr(0, name.size() - 2) + "_R";
    if (name.size() > 2 && name.compare(name.size() - 2, 2, "_R") == 0) return name.substr(0, name.size() - 2) + "_L";
    return name;
}

BodyCoordinates::BodyCoordinates(const Body& body, const SkinQuery& skin) : body_(body), skin_(skin) {
    const auto& levels = spineLevelNames();
    const int n = static_cast<int>(levels.size());
    std::vector<std::optional<glm::vec3>> known(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        if (const Landmark* l = findLandmark(body, levels[static_cast<std::size_t>(i)])) known[static_cast<std::size_t>(i)] = l->position;
    }
    // S2..S5 are fused into the sacrum: the body names only S1; spread them to the coccyx.
    const int s1 = *spineLevelIndex("S1");
    const int coccyx = n - 1;
    std::vector<int> have;
    for (int i = 0; i < n; ++i) {
        const bool sacralGap = i > s1 && i < coccyx;
        if (known[static_cast<std::size_t>(i)] && !sacralGap) have.push_back(i);
    }
    if (have.size() < 2) {
        problems_.push_back({"body", "landmarks",
                             "the body lacks spinous-process landmarks (C7 ... coccyx); the spine is estimated "
                             "from the skin bounds"});
        glm::vec3 lo(std::numeric_limits<float>::max()), hi(-std::numeric_limits<float>::max());
        for (const glm::vec3& p : body.skin.positions) {
            lo = glm::min(lo, p);
            hi = glm::max(hi, p);
        }
        if (body.skin.positions.empty()) lo = hi = glm::vec3(0.0f);
        const glm::vec3 top(0.5f * (lo.x + hi.x), hi.y, lo.z + 0.85f * (hi.z - lo.z));
        const glm::vec3 bottom(top.x, hi.y, lo.z + 0.35f * (hi.z - lo.z));
        known.assign(static_cast<std::size_t>(n), std::nullopt);
        known.front() = top;
        known.back() = bottom;
        have = {0, coccyx};
    } else {
        for (int i = 0; i < n; ++i) {
            const bool sacralGap = i > s1 && i < coccyx;
            if (!known[static_cast<std::size_t>(i)] && !sacralGap) {
                problems_.push_back({"body", "landmarks", "landmark \"" + levels[static_cast<std::size_t>(i)] +
                                                               "\" is missing; estimated from its neighbours"});
            }
        }
    }
    // Fill every level by interpolating (or extending) between the levels the body gives.
    spine_.resize(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        if (known[static_cast<std::size_t>(i)] && std::find(have.begin(), have.end(), i) != have.end()) {
            spine_[static_cast<std::size_t>(i)] = *known[static_cast<std::size_t>(i)];
            continue;
        }
        auto upper = std::upper_bound(have.begin(), have.end(), i);
        if (upper == have.end()) --upper;
        if (upper == have.begin()) ++upper;
        const int b = *upper, a = *(upper - 1);
        const float t = static_cast<float>(i - a) / static_cast<float>(b - a);
        spine_[static_cast<std::size_t>(i)] =
            glm::mix(*known[static_cast<std::size_t>(a)], *known[static_cast<std::size_t>(b)], t);
    }
    for (glm::vec3& p : spine_) p = skin_.closest(p).position;
}

float BodyCoordinates::spineCoordinate(const BodyPoint& p) {
    const auto index = spineLevelIndex(p.spineLevel);
    return static_cast<float>(index.value_or(0)) + p.fraction;
}

SkinHit BodyCoordinates::moveOverSkin(const SkinHit& from, const glm::vec3& direction, float distanceM) const {
    SkinHit at = from;
    const float total = std::fabs(distanceM);
    if (total <= 0.0f) return at;
    const glm::vec3 dir = distanceM < 0.0f ? -direction : direction;
    const int steps = std::max(1, static_cast<int>(std::ceil(total / 0.01f)));
    const float stepM = total / static_cast<float>(steps);
    for (int i = 0; i < steps; ++i) {
        glm::vec3 tangent = dir - glm::dot(dir, at.normal) * at.normal;
        const float len = glm::length(tangent);
        if (len < 1e-6f) break;
        at = skin_.closest(at.position + tangent * (stepM / len));
    }
    return at;
}

SkinHit BodyCoordinates::spinePoint(float u, float lateralCm, float cranialCm) const {
    const float maxU = static_cast<float>(spine_.size() - 1);
    const float cu = std::clamp(std::isfinite(u) ? u : 0.0f, 0.0f, maxU);
    const std::size_t i = std::min(static_cast<std::size_t>(cu), spine_.size() - 2);
    const float f = cu - static_cast<float>(i);
    SkinHit at = skin_.closest(glm::mix(spine_[i], spine_[i + 1], f));
    at = moveOverSkin(at, kLateral, lateralCm * 0.01f);
    return moveOverSkin(at, kCranial, cranialCm * 0.01f);
}

BodyPoint BodyCoordinates::bodyPointAt(const glm::vec3& point, float* errorM) const {
    constexpr float kMaxOffsetCm = 40.0f;  // the file format's limit on offsets
    const glm::vec3 target = skin_.closest(point).position;
    // The nearest level by height along the body axis (the spine runs head to tail along -Z).
    std::size_t level = 0;
    float nearest = std::numeric_limits<float>::max();
    for (std::size_t i = 0; i < spine_.size(); ++i) {
        const float d = std::fabs(spine_[i].z - target.z);
        if (d < nearest) {
            nearest = d;
            level = i;
        }
    }
    BodyPoint p;
    p.spineLevel = spineLevelNames()[level];
    const glm::vec3 base = spine_[level];
    float lateral = (target.x - base.x) * 100.0f, cranial = (target.z - base.z) * 100.0f;
    // Offsets are walked over the curved skin, so straight-line ones fall short: correct them by
    // what is still missing until the walk ends on the target.
    float error = std::numeric_limits<float>::max();
    float bestLateral = lateral, bestCranial = cranial;
    for (int iteration = 0; iteration < 12; ++iteration) {
        lateral = std::clamp(lateral, -kMaxOffsetCm, kMaxOffsetCm);
        cranial = std::clamp(cranial, -kMaxOffsetCm, kMaxOffsetCm);
        const glm::vec3 reached = spinePoint(static_cast<float>(level), lateral, cranial).position;
        const glm::vec3 missing = target - reached;
        const float e = glm::length(missing);
        if (e < error) {
            error = e;
            bestLateral = lateral;
            bestCranial = cranial;
        }
        if (e < 0.0005f) break;
        lateral += missing.x * 100.0f;
        cranial += missing.z * 100.0f;
    }
    p.lateralCm = std::round(bestLateral * 10.0f) / 10.0f;
    p.cranialCm = std::round(bestCranial * 10.0f) / 10.0f;
    if (errorM) *errorM = glm::length(spinePoint(static_cast<float>(level), p.lateralCm, p.cranialCm).position - target);
    return p;
}

SkinHit BodyCoordinates::resolve(const BodyPoint& p, bool mirror) const {
    const float lateral = mirror ? -p.lateralCm : p.lateralCm;
    if (!p.isLandmark()) return spinePoint(spineCoordinate(p), lateral, p.cranialCm);
    const std::string name = mirror ? mirroredLandmarkName(p.landmark) : p.landmark;
    if (const auto level = spineLevelIndex(name)) return spinePoint(static_cast<float>(*level), lateral, p.cranialCm);
    SkinHit at;
    if (const Landmark* l = findLandmark(body_, name)) {
        at = skin_.closest(l->position);
    } else {
        // Not in the body: stand in with the nearest spine level at a typical side offset.
        const bool left = name.size() > 2 && name.compare(name.size() - 2, 2, "_L") == 0;
        const float side = left ? 1.0f : -1.0f;
        at = spinePoint(static_cast<float>(*spineLevelIndex("T7")), 8.0f * side, 0.0f);
    }
    at = moveOverSkin(at, kLateral, lateral * 0.01f);
    return moveOverSkin(at, kCranial, p.cranialCm * 0.01f);
}

}  // namespace backrub
