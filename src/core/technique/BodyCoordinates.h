#pragma once
// Body coordinates -> points on the skin. A technique names places by spine
// level (with a fraction toward the next level down) or by landmark, plus
// offsets in centimetres measured over the skin: lateral (+ toward the
// receiver's left, +X) and cranial (+ toward the head, +Z). See Body.h for axes.
#include "core/body/Body.h"
#include "core/base/Problem.h"
#include "core/body/SkinQuery.h"
#include "core/technique/Technique.h"

#include <glm/glm.hpp>

#include <optional>
#include <string>
#include <vector>

namespace backrub {

// Levels a technique may name, cranial to caudal: "C7", "T1".."T12", "L1".."L5",
// "S1".."S5", "coccyx". S2..S5 are placed evenly between the S1 and coccyx landmarks.
const std::vector<std::string>& spineLevelNames();
std::optional<int> spineLevelIndex(const std::string& name);
// Landmark names a technique may use (the names in Body.h).
const std::vector<std::string>& landmarkNames();
bool isLandmarkName(const std::string& name);
// "PSIS_L" <-> "PSIS_R"; midline names map to themselves.
std::string mirroredLandmarkName(const std::string& name);

class BodyCoordinates {
public:
    // `body` and `skin` must outlive this object. Missing landmarks are reported
    // in problems() and estimated (from neighbouring spine levels or the skin bounds).
    BodyCoordinates(const Body& body, const SkinQuery& skin);

    // The point on the skin for `p`; with `mirror`, lateral offsets are negated
    // and _L/_R landmarks swapped (the other hand of a "both" action).
    SkinHit resolve(const BodyPoint& p, bool mirror) const;
    // Continuous spine coordinate: 0 = C7, 1 = T1, ... (index into spineLevelNames()).
    static float spineCoordinate(const BodyPoint& p);
    // Skin point at spine coordinate `u`, moved by the offsets.
    SkinHit spinePoint(float u, float lateralCm, float cranialCm) const;
    // The body coordinates of a point on the skin (or near it): the nearest spine level,
    // fraction 0, and the lateral and cranial offsets over the skin that lead back to it,
    // rounded to a millimetre. `errorM` gets how far resolve() of the result lies from
    // `point` (a few millimetres on the back; more far round the flanks, where sideways
    // offsets along the skin no longer reach it).
    BodyPoint bodyPointAt(const glm::vec3& point, float* errorM = nullptr) const;
    // Moves `from` over the skin by `distanceM` toward `direction` (projected on the
    // skin's tangent plane at every centimetre step).
    SkinHit moveOverSkin(const SkinHit& from, const glm::vec3& direction, float distanceM) const;

    const SkinQuery& skin() const { return skin_; }
    const Problems& problems() const { return problems_; }

private:
    const Body& body_;
    const SkinQuery& skin_;
    std::vector<glm::vec3> spine_;  // one point per spineLevelNames() entry, on the skin
    Problems problems_;
};

}  // namespace backrub
