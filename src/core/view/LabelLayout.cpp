#include "core/view/LabelLayout.h"

namespace backrub {
namespace {

struct Box {
    glm::vec2 lo, hi;
    bool overlaps(const Box& o) const { return lo.x < o.hi.x && o.lo.x < hi.x && lo.y < o.hi.y && o.lo.y < hi.y; }
};

}  // namespace

std::vector<PlacedLabel> layoutLabels(const std::vector<LabelRequest>& labels, float centreX, float gap) {
    std::vector<PlacedLabel> out(labels.size());
    std::vector<Box> placed;
    placed.reserve(labels.size());
    constexpr float kShifts[] = {0.0f, -1.0f, 1.0f, -2.0f, 2.0f};  // in text heights
    constexpr float kPad = 1.0f;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const LabelRequest& l = labels[i];
        if (!(l.size.x > 0.0f) || !(l.size.y > 0.0f)) continue;
        const bool leftSide = l.anchor.x < centreX - 1.0f;
        const float x = leftSide ? l.anchor.x - gap - l.size.x : l.anchor.x + gap;
        for (float shift : kShifts) {
            const glm::vec2 topLeft(x, l.anchor.y - 0.5f * l.size.y + shift * (l.size.y + kPad));
            const Box box{topLeft - kPad, topLeft + l.size + kPad};
            bool free = true;
            for (const Box& b : placed) free = free && !b.overlaps(box);
            if (!free) continue;
            placed.push_back(box);
            out[i] = {true, topLeft, shift != 0.0f};
            break;
        }
    }
    return out;
}

}  // namespace backrub
