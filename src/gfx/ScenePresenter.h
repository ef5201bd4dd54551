#pragma once
// Presents a rendered scene (colour premultiplied by coverage over a transparent
// background, see SceneRenderer): the theme's studio gradient everywhere, drawn
// as a grid of coloured vertices (each pixel only interpolates), then the scene
// composited over it inside the rectangle where it drew something, optionally
// with fast approximate anti-aliasing (shaders/present.frag): the viewer's edge
// smoothing at a fraction of the cost of multisampling. A software rasterizer
// pays for every pixel a shader runs on, so the costly passes stay in the rectangle.
#include "core/base/Image.h"
#include "core/view/ScreenRect.h"
#include "core/view/ViewSettings.h"
#include "gfx/RenderTarget.h"
#include "gfx/ShaderProgram.h"

#include <optional>
#include <string>

namespace backrub::gfx {

class ScenePresenter {
public:
    ScenePresenter() = default;
    ~ScenePresenter();
    ScenePresenter(const ScenePresenter&) = delete;
    ScenePresenter& operator=(const ScenePresenter&) = delete;

    bool init(std::string& error);
    // Draws into `drawFramebuffer` (0: the window) of the scene's size. `scene` must be
    // resolved (RenderTarget::resolve) and transparent outside `drawnRect`. With `smooth`,
    // edges are smoothed within `smoothRect` (empty: all of drawnRect): smoothing reads
    // nine texels a pixel, so the viewer keeps it to the body and what is on it.
    // A non-empty `clip` limits all of it, background included, to that part of the framebuffer.
    void present(const RenderTarget& scene, Theme theme, const PixelRect& drawnRect, bool smooth,
                 unsigned drawFramebuffer = 0, const PixelRect& smoothRect = {}, const PixelRect& clip = {});
    // The same picture as an image (top row first): stills, screenshots, tests. An
    // empty drawnRect means the whole scene.
    // With `clip`, the rest of the image is left as it was: compose one half after the other.
    Image compose(const RenderTarget& scene, Theme theme, PixelRect drawnRect = {}, bool smooth = false,
                  const PixelRect& smoothRect = {}, const PixelRect& clip = {});

private:
    class Shader : public ShaderProgram {
    public:
        bool build(bool smooth);
        void setFrame(const glm::vec2& texel, const ThemeColors& colors) const;

    private:
        int texel_ = -1, top_ = -1, bottom_ = -1;
    };
    void drawBackground(Theme theme);

    Shader plain_, smooth_;
    ShaderProgram gradient_;
    unsigned emptyVao_ = 0, gridVao_ = 0, gridVbo_ = 0, gridIbo_ = 0;
    int gridIndexCount_ = 0;
    std::optional<Theme> gridTheme_;  // what the grid's colours show
    RenderTarget composed_;           // for compose()
};

}  // namespace backrub::gfx
