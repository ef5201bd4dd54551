#pragma once
// Full-detail pictures drawn offscreen: bind(), draw the scene (multisampled),
// then image() resolves it, composites it over the theme's background and reads
// it back. The path of `backrub render`, snapshots and the golden-image tests.
#include "core/base/Image.h"
#include "core/view/ViewSettings.h"
#include "gfx/RenderTarget.h"
#include "gfx/ScenePresenter.h"

#include <string>

namespace backrub::gfx {

class StillCanvas {
public:
    // False with a message (shader build, framebuffer) on failure.
    bool init(int width, int height, int samples, std::string& error);
    void bind() const { scene_.bind(); }
    Image image(Theme theme);
    int width() const { return scene_.width(); }
    int height() const { return scene_.height(); }

private:
    RenderTarget scene_;
    ScenePresenter presenter_;
};

}  // namespace backrub::gfx
