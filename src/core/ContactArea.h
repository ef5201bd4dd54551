#pragma once
// Skin contact area per contact kind: how widely a hand part or tool spreads
// its force. Figures from /work/shared/REFERENCE.md "Contact areas"; the ones
// marked estimate there are estimates here too, so the table is a setting
// (ContactAreas is a plain struct the caller may edit).
#include "core/Contact.h"

#include <array>

namespace backrub {

constexpr int kContactKindCount = 7;  // ContactKind::ThumbPad ... ContactKind::TennisBall

struct ContactAreas {
    std::array<float, kContactKindCount> cm2{};  // indexed by ContactKind

    // REFERENCE.md figures; see ContactArea.cpp for the source of each.
    static ContactAreas defaults();

    // Area of this contact, cm^2, always > 0. The tennis ball flattens more under
    // more force (Hertz: area grows as force^(2/3)), scaled from its table entry
    // at 80 N; every other kind uses its table entry.
    float areaCm2(const Contact& c) const;
};

// Force at which the tennis-ball entry of ContactAreas is quoted (ITF deformation test).
constexpr float kTennisBallReferenceForceN = 80.0f;

}  // namespace backrub
