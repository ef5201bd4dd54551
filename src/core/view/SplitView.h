#pragma once
// Two pictures side by side (the viewer's compare view): the part of the window the
// panels leave free (the camera's left and right insets) split in two halves, each
// with a camera whose picture has the framed centre in the middle of that half, at the
// scale the single picture has, so the same body part is the same size in both.
#include "core/view/OrbitCamera.h"
#include "core/view/ScreenRect.h"

#include <array>

namespace backrub {

struct SplitHalf {
    PixelRect rect;       // window pixels, GL convention (y from the bottom row)
    OrbitCamera camera;   // draws the whole window's picture; only `rect` of it is shown
};

// [0] the left half, [1] the right half, of a width x height window.
std::array<SplitHalf, 2> splitView(const OrbitCamera& camera, int width, int height);

}  // namespace backrub
