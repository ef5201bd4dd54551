#include "core/view/LabelLayout.h"

namespace backrub {
namespace {

struct Box {
    glm::vec2 lo, hi;
    bool overlaps(const Box& o) const { return lo.x < o.hi.x && o.lo.x < hi.x && lo.y < o.hi.y && o.lo.y < hi.y; }
    bool inside(const ScreenBox& b) const { return lo.x >= b.min.x && lo.y >= b.min.y && hi.x <= b.max.x && hi.y <= b.max.y; }
};

}  // namespace

std::vector<PlacedLabel> layoutLabels(const std::vector<LabelRequest>& labels, float centreX, float gap,
                                      const LabelSpace& space) {
    std::vector<PlacedLabel> out(labels.size());
    std::vector<Box> placed;
    placed.reserve(labels.size() + space.blocked.size());
    for (const ScreenBox& b : space.blocked) placed.push_back({b.min, b.max});
    const bool bounded = space.bounds.max.x > space.bounds.min.x && space.bounds.max.y > space.bounds.min.y;
    constexpr float kShifts[] = {0.0f, -1.0f, 1.0f, -2.0f, 2.0f, -3.0f, 3.0f, -4.0f, 4.0f};  // in text heights
    constexpr float kPad = 1.0f;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const LabelRequest& l = labels[i];
        if (!(l.size.x > 0.0f) || !(l.size.y > 0.0f)) continue;
        const bool outwardLeft = l.anchor.x < centreX - 1.0f;
        for (bool left : {outwardLeft, !outwardLeft}) {
            const float x = left ? l.anchor.x - gap - l.size.x : l.anchor.x + gap;
            for (float shift : kShifts) {
                const glm::vec2 topLeft(x, l.anchor.y - 0.5f * l.size.y + shift * (l.size.y + kPad));
                const Box box{topLeft - kPad, topLeft + l.size + kPad};
                if (bounded && !box.inside(space.bounds)) continue;
                bool free = true;
                for (const Box& b : placed) free = free && !b.overlaps(box);
                if (!free) continue;
                placed.push_back(box);
                out[i] = {true, topLeft, shift != 0.0f};
                break;
            }
            if (out[i].shown) break;
        }
    }
    return out;
}

}  // namespace backrub
