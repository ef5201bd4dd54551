#include "core/technique/EverydayForce.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace backrub {

float forceAsKg(float forceN) {
    if (!(forceN > 0.0f) || !std::isfinite(forceN)) return 0.0f;
    return forceN / kStandardGravity;
}

std::string roundedMass(float forceN) {
    const float kg = forceAsKg(forceN);
    char text[32];
    if (kg < 0.95f) {
        const int grams = std::max(50, static_cast<int>(std::lround(kg * 20.0f)) * 50);
        if (grams >= 1000) return "1 kg";
        std::snprintf(text, sizeof text, "%d g", grams);
    } else if (kg < 1.95f) {
        std::snprintf(text, sizeof text, "%.1f kg", std::round(kg * 10.0f) / 10.0f);
    } else if (kg < 9.75f) {
        const float half = std::round(kg * 2.0f) / 2.0f;
        std::snprintf(text, sizeof text, half == std::floor(half) ? "%.0f kg" : "%.1f kg", half);
    } else {
        std::snprintf(text, sizeof text, "%.0f kg", std::round(kg));
    }
    return text;
}

const char* contactPlace(ContactKind kind) {
    switch (kind) {
        case ContactKind::ThumbPad: return "the thumb";
        case ContactKind::FingerPads: return "the finger pads";
        case ContactKind::Fingertips: return "the fingertips";
        case ContactKind::Palm: return "the palm";
        case ContactKind::HeelOfHand: return "the heel of the hand";
        case ContactKind::Knuckles: return "the knuckles";
        case ContactKind::TennisBall: return "the ball";
    }
    return "the hand";
}

std::string everydayForce(float forceN, ContactKind kind) {
    return "about the weight of " + roundedMass(forceN) + " on " + contactPlace(kind);
}

std::string kitchenScaleTip(float forceN, ContactKind kind) {
    return std::string("press a kitchen scale with ") + contactPlace(kind) + " until it shows " + roundedMass(forceN);
}

}  // namespace backrub
