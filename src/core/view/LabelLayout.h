#pragma once
// Places text labels beside points on the screen without overlaps (landmark labels).
// Each label sits on the side of its point away from a vertical centre line (left of
// points left of it, so the two sides of the body read outward), vertically centred
// on the point. A label that would overlap one placed earlier, a panel, or the edge
// of the free screen moves up or down by up to four text heights (the caller draws a
// leader line), then tries the other side of its point; only then is it left out
// (its point is still drawn). Earlier labels win. Pure screen geometry (pixels, y down).
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

struct ScreenBox {
    glm::vec2 min{0.0f};
    glm::vec2 max{0.0f};
};

// Where labels may go: inside `bounds` (when it has an area) and off every `blocked`
// box (panels drawn over the scene).
struct LabelSpace {
    ScreenBox bounds;
    std::vector<ScreenBox> blocked;
};

// `gap`: pixels between a point and its text.
std::vector<PlacedLabel> layoutLabels(const std::vector<LabelRequest>& labels, float centreX, float gap = 6.0f,
                                      const LabelSpace& space = {});

}  // namespace backrub
