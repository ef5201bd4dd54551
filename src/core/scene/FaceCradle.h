#pragma once
// The face cradle's horseshoe cushion: where it sits and how it is tilted, fitted to the
// generated head so the forehead rests on its closed end and the cheeks on its arms,
// the nose, mouth and chin in the opening. Axes as in core/body/Body.h.
#include "core/body/Body.h"

#include <glm/glm.hpp>

#include <optional>
#include <vector>

namespace backrub {

struct Head;  // core/bodygen/LimbBones.h (kept out of this header: core/hands has its own Digit)

struct FaceCradle {
    glm::vec3 centre{0.0f};        // centre of the horseshoe's arc, on the cushion's centre line
    glm::vec3 along{0, 0, 1};      // in the cushion's plane, toward the forehead (+Z when level)
    glm::vec3 normal{0, 1, 0};     // out of the cushion's top
    float tiltDeg = 0.0f;          // the forehead end raised (+) or lowered (-) about the X axis
    float armLength = 0.0f;        // the straight arms, from the arc's ends toward the table

    // The cushion's top at `p` projected onto the cradle's plane, measured along `normal`
    // from the centre line's plane; nullopt where `p` is not over the cushion.
    std::optional<float> topAbove(const glm::vec3& p) const;
    // Height of `p` above the cradle's centre-line plane, along `normal`.
    float heightOf(const glm::vec3& p) const { return glm::dot(p - centre, normal); }
    // The horseshoe's centre line: one arm's end, round the arc, the other arm's end.
    std::vector<glm::vec3> centreLine(int arcSegments) const;
    // Where each arm ends (side 0: +X).
    glm::vec3 armEnd(int side) const;
};

// How far the face presses into the cushion where it rests (the foam gives a little).
constexpr float kCradleSinkM = 0.0015f;

// The cushion whose arms end a gap short of the table's head end (`tableHeadEndZ`), centred
// under the face of `head`, tilted and raised until the forehead and the cheeks of `skin` both
// rest on it, pressed in kCradleSinkM.
FaceCradle fitFaceCradle(const Head& head, const SkinSurface& skin, float tableHeadEndZ);

}  // namespace backrub
