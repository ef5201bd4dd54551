#pragma once
// The massage table drawn once and reused: while the camera stands (a technique playing,
// the body and hands moving on it) the table's pixels and depth do not change, so fast
// frames copy them from this target instead of shading the table again - on a software
// rasterizer the table costs about a sixth of a frame. Single-sample targets only: a copy
// into a multisampled framebuffer is not allowed (GL 3.3, GLSL ES 3.00 alike).
#include "gfx/RenderTarget.h"

#include <glm/glm.hpp>

#include <functional>

namespace backrub::gfx {

class TableBackdrop {
public:
    struct Key {
        glm::mat4 view{1.0f}, projection{1.0f};
        int width = 0, height = 0;
        int tableGeneration = 0;  // bumped whenever another table is uploaded
        bool operator==(const Key& o) const;
    };
    // Makes `drawFramebuffer` (single-sample, width x height, bound on return) hold the
    // table's colour and depth over a cleared background. `drawTable` draws it with the
    // caller's state; it runs only when `key` differs from the last call's.
    void restore(unsigned drawFramebuffer, const Key& key, const std::function<void()>& drawTable);
    // The next restore() draws the table again.
    void invalidate() { valid_ = false; }
    // Whether restore() with `key` would copy without drawing.
    bool holds(const Key& key) const { return valid_ && key_ == key; }

private:
    RenderTarget cache_;
    Key key_;
    bool valid_ = false;
};

}  // namespace backrub::gfx
