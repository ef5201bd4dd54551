#include "core/technique/PathCurve.h"

#include <algorithm>
#include <cmath>

namespace backrub {

namespace {

// Centripetal Catmull-Rom point between p1 and p2 at t in [0,1] (Barry-Goldman form).
glm::vec3 catmullRom(const glm::vec3& p0, const glm::vec3& p1, const glm::vec3& p2, const glm::vec3& p3, float t) {
    auto knot = [](const glm::vec3& a, const glm::vec3& b) {
        return std::max(std::sqrt(glm::length(b - a)), 1e-4f);  // alpha = 0.5
    };
    const float t0 = 0.0f;
    const float t1 = t0 + knot(p0, p1);
    const float t2 = t1 + knot(p1, p2);
    const float t3 = t2 + knot(p2, p3);
    const float u = t1 + (t2 - t1) * t;
    const glm::vec3 a1 = (t1 - u) / (t1 - t0) * p0 + (u - t0) / (t1 - t0) * p1;
    const glm::vec3 a2 = (t2 - u) / (t2 - t1) * p1 + (u - t1) / (t2 - t1) * p2;
    const glm::vec3 a3 = (t3 - u) / (t3 - t2) * p2 + (u - t2) / (t3 - t2) * p3;
    const glm::vec3 b1 = (t2 - u) / (t2 - t0) * a1 + (u - t0) / (t2 - t0) * a2;
    const glm::vec3 b2 = (t3 - u) / (t3 - t1) * a2 + (u - t1) / (t3 - t1) * a3;
    return (t2 - u) / (t2 - t1) * b1 + (u - t1) / (t2 - t1) * b2;
}

}  // namespace

PathCurve::PathCurve(const std::vector<glm::vec3>& points, const SkinQuery& skin, int samplesPerSegment) {
    if (points.empty()) return;
    const SkinHit first = skin.closest(points.front());
    samples_.push_back(first.position);
    normals_.push_back(first.normal);
    const std::size_t n = points.size();
    const int perSegment = std::max(1, samplesPerSegment);
    for (std::size_t i = 0; i + 1 < n; ++i) {
        // Phantom end points continue the first and last segments straight on.
        const glm::vec3 p0 = i > 0 ? points[i - 1] : 2.0f * points[0] - points[1];
        const glm::vec3 p3 = i + 2 < n ? points[i + 2] : 2.0f * points[n - 1] - points[n - 2];
        for (int k = 1; k <= perSegment; ++k) {
            const float t = static_cast<float>(k) / static_cast<float>(perSegment);
            const SkinHit hit = skin.closest(catmullRom(p0, points[i], points[i + 1], p3, t));
            samples_.push_back(hit.position);
            normals_.push_back(hit.normal);
        }
    }
    arc_.resize(samples_.size(), 0.0f);
    for (std::size_t i = 1; i < samples_.size(); ++i) arc_[i] = arc_[i - 1] + glm::length(samples_[i] - samples_[i - 1]);
}

std::size_t PathCurve::segmentAt(float s) const {
    const auto it = std::upper_bound(arc_.begin(), arc_.end(), s);
    const std::size_t i = static_cast<std::size_t>(it - arc_.begin());
    return std::clamp<std::size_t>(i == 0 ? 0 : i - 1, 0, samples_.size() - 2);
}

SkinHit PathCurve::at(float s) const {
    SkinHit hit;
    if (samples_.empty()) return hit;
    if (samples_.size() == 1) {
        hit.position = samples_.front();
        hit.normal = normals_.front();
        return hit;
    }
    const float cs = std::clamp(std::isfinite(s) ? s : 0.0f, 0.0f, lengthM());
    const std::size_t i = segmentAt(cs);
    const float span = arc_[i + 1] - arc_[i];
    const float f = span > 0.0f ? (cs - arc_[i]) / span : 0.0f;
    hit.position = glm::mix(samples_[i], samples_[i + 1], f);
    const glm::vec3 n = glm::mix(normals_[i], normals_[i + 1], f);
    hit.normal = glm::length(n) > 0.0f ? glm::normalize(n) : normals_[i];
    return hit;
}

}  // namespace backrub
