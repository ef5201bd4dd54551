#pragma once
// Places text labels beside points on the screen without overlaps (landmark labels).
// Each label sits on the side of its point away from a vertical centre line (left of
// points left of it, so the two sides of the body read outward), vertically centred
// on the point. A label that would overlap one placed earlier moves up or down by one
// or two text heights (the caller draws a leader line), else it is left out; its
// point is still drawn. Earlier labels win. Pure screen geometry (pixels, y down).
#include <glm/glm.hpp>

#include <vector>

namespace backrub {

struct LabelRequest {
    glm::vec2 anchor{0.0f};  // the point the label names
    glm::vec2 size{0.0f};    // text width and height
};

struct PlacedLabel {
    bool shown = false;
    glm::vec2 topLeft{0.0f};  // of the text, when shown
    bool shifted = false;     // moved off its point's height: draw a leader line
};

// `gap`: pixels between a point and its text.
std::vector<PlacedLabel> layoutLabels(const std::vector<LabelRequest>& labels, float centreX, float gap = 6.0f);

}  // namespace backrub
