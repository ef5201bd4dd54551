#pragma once
// Presents a rendered scene texture into the bound framebuffer with fast
// approximate anti-aliasing (shaders/fxaa.frag): the viewer's edge smoothing,
// a fraction of the cost of multisampling on a software rasterizer.
#include "core/ScreenRect.h"
#include "gfx/RenderTarget.h"
#include "gfx/ShaderProgram.h"

#include <string>

namespace backrub::gfx {

class FxaaPass {
public:
    FxaaPass() = default;
    ~FxaaPass();
    FxaaPass(const FxaaPass&) = delete;
    FxaaPass& operator=(const FxaaPass&) = delete;

    bool init(std::string& error);
    // Copies `scene` (single-sampled, the window's size) into the default framebuffer
    // (or `drawFramebuffer`) and smooths the edges inside `rect`, where the model is:
    // a software rasterizer runs every branch of a shader, so smoothing would cost
    // as much on the empty background.
    void present(const RenderTarget& scene, const PixelRect& rect, unsigned drawFramebuffer = 0) const;

private:
    class Shader : public ShaderProgram {
    public:
        bool build();
        void setTexel(const glm::vec2& texel) const { set(texel_, texel); }

    private:
        int texel_ = -1;
    };
    Shader shader_;
    unsigned vao_ = 0;
};

}  // namespace backrub::gfx
