#include "core/ContactArea.h"

#include <algorithm>
#include <cmath>

namespace backrub {

ContactAreas ContactAreas::defaults() {
    ContactAreas a;
    auto set = [&a](ContactKind k, float cm2) { a.cm2[static_cast<int>(k)] = cm2; };
    // Thumb pad, fingertip, knuckle: 1-2 cm^2 each (estimate, REFERENCE.md); the
    // middle of that range, as an algometer probe (1 cm^2) is a little smaller.
    set(ContactKind::ThumbPad, 1.5f);
    // Fingertips of index and middle finger working together: 2 x 1.5 cm^2 (estimate).
    set(ContactKind::Fingertips, 3.0f);
    // Flat pads of index to ring finger: 3 x 2 cm^2 (estimate, upper end of 1-2 cm^2).
    set(ContactKind::FingerPads, 6.0f);
    // Palm ~0.5 % of body surface, 85-95 cm^2 (REFERENCE.md, "Contact areas").
    set(ContactKind::Palm, 90.0f);
    // Heel of the hand: the thenar/hypothenar base, about a quarter of the palm (estimate).
    set(ContactKind::HeelOfHand, 22.0f);
    // Proximal knuckles of a loose fist, 4 x 1.5 cm^2 (estimate).
    set(ContactKind::Knuckles, 6.0f);
    // Tennis ball: ~7 cm^2 at 80 N on a hard surface, from the ITF deformation
    // test (0.56-0.74 cm under 8.165 kg, diameter 6.54-6.86 cm); estimate.
    set(ContactKind::TennisBall, 7.0f);
    return a;
}

float ContactAreas::areaCm2(const Contact& c) const {
    const int k = static_cast<int>(c.kind);
    float area = (k >= 0 && k < kContactKindCount) ? cm2[static_cast<std::size_t>(k)] : 1.0f;
    if (c.kind == ContactKind::TennisBall) {
        const float f = std::max(c.forceN, 0.0f) / kTennisBallReferenceForceN;
        area *= std::cbrt(f * f);
    }
    // A ball barely touching, or a zeroed table entry, must not make pressure infinite.
    return std::max(area, 0.25f);
}

}  // namespace backrub
