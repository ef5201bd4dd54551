#pragma once
// An offscreen framebuffer: draw into it, then read back an Image (screenshots,
// `backrub render`, golden tests) or present it. With samples > 1 it renders
// multisampled and resolves into a colour texture; with samples <= 1 it renders
// straight into that texture (the viewer then smooths edges in a post pass).
#include "core/base/Image.h"

namespace backrub::gfx {

class RenderTarget {
public:
    RenderTarget() = default;
    ~RenderTarget();
    RenderTarget(const RenderTarget&) = delete;
    RenderTarget& operator=(const RenderTarget&) = delete;

    // (Re)creates the buffers; samples above 1 are clamped to GL_MAX_SAMPLES. False if incomplete.
    bool resize(int width, int height, int samples);
    void bind() const;  // binds for drawing and sets the viewport
    // Resolves the colour (if multisampled) and returns it top row first.
    Image readPixels() const;
    unsigned framebuffer() const { return samples_ > 0 ? msFbo_ : resolveFbo_; }  // what bind() binds
    // The single-sample colour texture, up to date after resolve().
    unsigned colorTexture() const { return resolveColor_; }
    void resolve() const;  // multisampled: resolves into the colour texture; otherwise nothing to do
    int width() const { return width_; }
    int height() const { return height_; }
    int samples() const { return samples_; }

private:
    void release();
    unsigned msFbo_ = 0, msColor_ = 0, depth_ = 0, resolveFbo_ = 0, resolveColor_ = 0;
    int width_ = 0, height_ = 0, samples_ = 0;
};

}  // namespace backrub::gfx
