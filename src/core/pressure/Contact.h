#pragma once
// What the stroke engine hands to the pressure field and the renderer: one
// part of a hand (or a tool) touching the skin at one moment.
#include <glm/glm.hpp>

#include <cstdint>

namespace backrub {

enum class ContactKind : std::uint8_t { ThumbPad, FingerPads, Fingertips, Palm, HeelOfHand, Knuckles, TennisBall };

enum class HandSide : std::uint8_t { Left, Right };

struct Contact {
    glm::vec3 position{0.0f};  // on the skin surface, model space (metres)
    glm::vec3 normal{0.0f, 1.0f, 0.0f};  // outward skin normal at position
    float forceN = 0.0f;       // normal force pressed into the skin, newtons
    float areaCm2 = 1.0f;      // contact area, cm^2
    ContactKind kind = ContactKind::ThumbPad;
    HandSide hand = HandSide::Right;
};

}  // namespace backrub
