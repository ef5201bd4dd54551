#include "gfx/FxaaPass.h"

#include <glad/gl.h>

namespace backrub::gfx {

bool FxaaPass::Shader::build() {
    if (!ShaderProgram::build("fullscreen.vert", "fxaa.frag")) return false;
    texel_ = location("u_texel");
    return true;
}

FxaaPass::~FxaaPass() {
    if (vao_) glDeleteVertexArrays(1, &vao_);
}

bool FxaaPass::init(std::string& error) {
    if (!shader_.build()) {
        error = shader_.error();
        return false;
    }
    glGenVertexArrays(1, &vao_);
    return true;
}

void FxaaPass::present(const RenderTarget& scene, const PixelRect& rect, unsigned drawFramebuffer) const {
    const int width = scene.width(), height = scene.height();
    scene.blitToScreen(width, height, drawFramebuffer);
    glBindFramebuffer(GL_FRAMEBUFFER, drawFramebuffer);
    if (rect.empty()) return;
    glViewport(0, 0, width, height);
    glEnable(GL_SCISSOR_TEST);
    glScissor(rect.x, rect.y, rect.width, rect.height);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_BLEND);
    glDisable(GL_CULL_FACE);
    shader_.use();
    shader_.setTexel(glm::vec2(1.0f / float(width > 0 ? width : 1), 1.0f / float(height > 0 ? height : 1)));
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, scene.colorTexture());  // u_scene defaults to unit 0
    glBindVertexArray(vao_);
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glBindVertexArray(0);
    glBindTexture(GL_TEXTURE_2D, 0);
    glDisable(GL_SCISSOR_TEST);
}

}  // namespace backrub::gfx
