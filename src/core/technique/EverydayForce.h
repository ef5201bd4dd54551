#pragma once
// Forces in everyday terms: a lay user cannot feel "8 N" or "100 kPa", but can
// feel a weight resting on a thumb and can press a kitchen scale until it shows
// that weight. Standard gravity (9.80665 m/s^2) turns newtons into kilograms.
#include "core/pressure/Contact.h"

#include <string>

namespace backrub {

constexpr float kStandardGravity = 9.80665f;  // m/s^2

// The mass whose weight is this force, kg (negative or non-finite gives 0).
float forceAsKg(float forceN);

// The mass rounded as a person would say it: "50 g" steps below 1 kg, "0.1 kg"
// steps up to 2 kg, "0.5 kg" steps up to 10 kg, whole kilograms above.
std::string roundedMass(float forceN);

// Where the force rests, for a contact kind: "the thumb", "the finger pads",
// "the palm", "the heel of the hand", "the knuckles", "the ball".
const char* contactPlace(ContactKind kind);

// "about the weight of 0.8 kg on the thumb"
std::string everydayForce(float forceN, ContactKind kind);

// A comparison a lay user can try before the massage: "press a kitchen scale with
// the thumb until it shows 0.8 kg".
std::string kitchenScaleTip(float forceN, ContactKind kind);

}  // namespace backrub
