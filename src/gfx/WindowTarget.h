#pragma once
// The window's own framebuffer (framebuffer 0): binding it for the UI pass and
// reading back what was drawn, so no GL call is needed outside gfx.
#include "core/base/Image.h"

namespace backrub::gfx {

// Binds the window's framebuffer and sets the viewport to all of it.
void bindWindowTarget(int width, int height);

// The window's back buffer (before the swap), top row first; empty for a size <= 0.
Image readWindowPixels(int width, int height);

}  // namespace backrub::gfx
