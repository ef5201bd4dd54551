#pragma once
// Where drawn hands turn see-through so the heat map under them shows. A thumb
// pad presses a spot about 1.5 cm across and the thumb itself covers it, so with
// the heat map on each loaded contact opens a window: a short cylinder standing
// on the skin along its normal, a little wider than the contact. Hand surfaces
// inside it fade to a ghost (kWindowFloor, outline kept by the shader's rim term),
// so the student sees both the thumb and the pressure under it.
// The renderer evaluates windowOpacity() at each hand vertex and passes it as the
// mesh's opacity (MeshShader::setOverlayAsOpacity).
#include "core/pressure/Contact.h"

#include <vector>

namespace backrub {

struct ContactWindow {
    glm::vec3 center{0.0f};  // the contact point on the skin
    glm::vec3 normal{0.0f, 1.0f, 0.0f};  // outward skin normal, unit
    float radius = 0.0f;  // metres; opacity rises from 60 % of this to all of it
};

constexpr int kMaxContactWindows = 12;    // the strongest contacts get one
constexpr float kWindowHeightM = 0.06f;   // hand parts up to 6 cm above the skin fade (a thumb over its pad)
constexpr float kWindowFloor = 0.12f;     // opacity left in the middle of a window

// One window per contact pressing with force > 0, at most kMaxContactWindows
// (the strongest ones when there are more). Radius: 1.25 x the contact's own
// radius (the pressure kernel spreads past the pad) plus 1 cm.
std::vector<ContactWindow> contactWindows(const std::vector<Contact>& contacts);

// Opacity multiplier for a hand surface at p: kWindowFloor in the middle of a
// window, 1 outside every window (beside it, below the skin or above its height).
float windowOpacity(const std::vector<ContactWindow>& windows, const glm::vec3& p);

}  // namespace backrub
