#pragma once
// Presents a rendered scene (colour premultiplied by coverage over a transparent
// background, see SceneRenderer) in one full-screen pass: composited over the
// theme's studio gradient into the window or another framebuffer, optionally with
// fast approximate anti-aliasing (shaders/present.frag) inside a rectangle, the
// viewer's edge smoothing at a fraction of the cost of multisampling.
#include "core/Image.h"
#include "core/ScreenRect.h"
#include "core/ViewSettings.h"
#include "gfx/RenderTarget.h"
#include "gfx/ShaderProgram.h"

#include <string>

namespace backrub::gfx {

class ScenePresenter {
public:
    ScenePresenter() = default;
    ~ScenePresenter();
    ScenePresenter(const ScenePresenter&) = delete;
    ScenePresenter& operator=(const ScenePresenter&) = delete;

    bool init(std::string& error);
    // Composites `scene` (resolved; see RenderTarget::resolve) over `theme`'s background
    // into `drawFramebuffer` (0: the window) of the scene's size, and smooths edges inside
    // `smoothRect`, where the model is: a software rasterizer runs every branch of a
    // shader, so smoothing would cost as much on the empty background.
    void present(const RenderTarget& scene, Theme theme, const PixelRect& smoothRect,
                 unsigned drawFramebuffer = 0) const;
    // The same picture as an image (top row first): stills, screenshots, tests.
    Image compose(const RenderTarget& scene, Theme theme, const PixelRect& smoothRect = {});

private:
    class Shader : public ShaderProgram {
    public:
        bool build(bool smooth);
        void setFrame(const glm::vec2& texel, const ThemeColors& colors) const;

    private:
        int texel_ = -1, top_ = -1, bottom_ = -1;
    };
    Shader plain_, smooth_;
    unsigned vao_ = 0;
    RenderTarget composed_;  // for compose()
};

}  // namespace backrub::gfx
