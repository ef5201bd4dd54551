#pragma once
// A smooth curve over the skin through waypoints: a centripetal Catmull-Rom
// spline (no loops or cusps between unevenly spaced points), sampled densely,
// every sample projected onto the skin, and parametrised by arc length so a
// hand can move along it at an even speed.
#include "core/body/SkinQuery.h"

#include <glm/glm.hpp>

#include <vector>

namespace backrub {

class PathCurve {
public:
    PathCurve() = default;
    // `points` lie on the skin; one point makes a curve of length 0.
    PathCurve(const std::vector<glm::vec3>& points, const SkinQuery& skin, int samplesPerSegment = 12);

    float lengthM() const { return arc_.empty() ? 0.0f : arc_.back(); }
    // Point at arc length `s` (clamped to [0, length]): interpolated between skin
    // samples a few millimetres apart, so it lies within a fraction of a millimetre
    // of the skin without a closest-point query.
    SkinHit at(float s) const;

private:
    std::vector<glm::vec3> samples_;
    std::vector<glm::vec3> normals_;
    std::vector<float> arc_;  // cumulative length at each sample, metres

    std::size_t segmentAt(float s) const;
};

}  // namespace backrub
