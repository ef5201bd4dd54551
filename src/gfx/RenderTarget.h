#pragma once
// An offscreen framebuffer with multisampling: draw into it, then resolve and
// read back an Image (screenshots, `backrub render`, golden tests).
#include "core/Image.h"

namespace backrub::gfx {

class RenderTarget {
public:
    RenderTarget() = default;
    ~RenderTarget();
    RenderTarget(const RenderTarget&) = delete;
    RenderTarget& operator=(const RenderTarget&) = delete;

    // (Re)creates the buffers; samples is clamped to GL_MAX_SAMPLES. False if incomplete.
    bool resize(int width, int height, int samples);
    void bind() const;  // binds for drawing and sets the viewport
    // Resolves the multisampled colour and returns it top row first.
    Image readPixels() const;
    // Resolves into the default framebuffer (or another bound draw framebuffer).
    void blitToScreen(int screenWidth, int screenHeight) const;
    int width() const { return width_; }
    int height() const { return height_; }

private:
    void release();
    unsigned msFbo_ = 0, msColor_ = 0, msDepth_ = 0, resolveFbo_ = 0, resolveColor_ = 0;
    int width_ = 0, height_ = 0;
};

}  // namespace backrub::gfx
