#pragma once
// Skin contact area per contact kind: how widely one contact spreads its force.
// One Contact is one part of a hand (one thumb pad, one finger pad, one
// knuckle) or a tool: the stroke engine lays several finger contacts side by
// side for finger pads, fingertips and knuckles, each with its own share of
// the force. Figures from docs/sources.md, "Contact areas"; the ones
// marked estimate there are estimates here too, so the table is a setting
// (ContactAreas is a plain struct the caller may edit).
#include "core/pressure/Contact.h"

#include <array>

namespace backrub {

constexpr int kContactKindCount = 7;  // ContactKind::ThumbPad ... ContactKind::TennisBall

struct ContactAreas {
    std::array<float, kContactKindCount> cm2{};  // indexed by ContactKind

    // docs/sources.md, "Contact areas"; see ContactArea.cpp for each figure.
    static ContactAreas defaults();

    // Area of this contact's kind, cm^2, at least 0.25 (a zeroed or unknown entry
    // must not make pressure infinite). Contact::areaCm2 is not consulted, so that
    // the areas live in this one table (the stroke engine fills it from defaults()).
    float areaCm2(const Contact& c) const;
};

// Radius in metres of a round contact of this area (cm^2; negative counts as 0).
float contactRadiusM(float areaCm2);

}  // namespace backrub
