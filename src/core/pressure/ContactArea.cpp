#include "core/pressure/ContactArea.h"

#include "core/base/MathUtil.h"

#include <algorithm>
#include <cmath>

namespace backrub {

ContactAreas ContactAreas::defaults() {
    ContactAreas a;
    auto set = [&a](ContactKind k, float cm2) { a.cm2[static_cast<std::size_t>(k)] = cm2; };
    // Thumb pad, fingertip, knuckle: 1-2 cm^2 each (estimate; docs/sources.md, "Contact areas"). A pad
    // in the middle of that range; a fingertip (the tip, not the pad) at the low end.
    set(ContactKind::ThumbPad, 1.5f);
    set(ContactKind::FingerPads, 1.5f);  // one finger's pad
    set(ContactKind::Fingertips, 1.0f);  // one fingertip
    set(ContactKind::Knuckles, 1.5f);    // one proximal knuckle of a loose fist
    // Palm ~0.5 % of body surface, 85-95 cm^2 (docs/sources.md, "Contact areas").
    set(ContactKind::Palm, 90.0f);
    // Heel of the hand: thenar and hypothenar base, a bit over a quarter of the palm (estimate).
    set(ContactKind::HeelOfHand, 25.0f);
    // Tennis ball: ~7 cm^2 at 80 N on a hard surface, from the ITF deformation test
    // (0.56-0.74 cm under 8.165 kg, diameter 6.54-6.86 cm); larger on soft tissue (estimate).
    set(ContactKind::TennisBall, 10.0f);
    return a;
}

float contactRadiusM(float areaCm2) { return std::sqrt(std::max(areaCm2, 0.0f) / kPi) * 0.01f; }

float ContactAreas::areaCm2(const Contact& c) const {
    const auto k = static_cast<std::size_t>(c.kind);
    const float area = k < cm2.size() ? cm2[k] : 1.0f;
    return std::max(area, 0.25f);
}

}  // namespace backrub
