#include "gfx/ScenePresenter.h"

#include <glad/gl.h>

namespace backrub::gfx {

bool ScenePresenter::Shader::build(bool smooth) {
    if (!ShaderProgram::build("fullscreen.vert", "present.frag", smooth ? "#define SMOOTH\n" : "")) return false;
    texel_ = location("u_texel");
    top_ = location("u_topColor");
    bottom_ = location("u_bottomColor");
    return true;
}

void ScenePresenter::Shader::setFrame(const glm::vec2& texel, const ThemeColors& colors) const {
    use();
    set(texel_, texel);
    set(top_, colors.backgroundTop);
    set(bottom_, colors.backgroundBottom);
}

ScenePresenter::~ScenePresenter() {
    if (vao_) glDeleteVertexArrays(1, &vao_);
}

bool ScenePresenter::init(std::string& error) {
    for (bool smooth : {false, true}) {
        Shader& shader = smooth ? smooth_ : plain_;
        if (!shader.build(smooth)) {
            error = shader.error();
            return false;
        }
    }
    glGenVertexArrays(1, &vao_);
    return true;
}

void ScenePresenter::present(const RenderTarget& scene, Theme theme, const PixelRect& smoothRect,
                             unsigned drawFramebuffer) const {
    const int width = scene.width(), height = scene.height();
    glBindFramebuffer(GL_FRAMEBUFFER, drawFramebuffer);
    glViewport(0, 0, width, height);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_BLEND);
    glDisable(GL_CULL_FACE);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, scene.colorTexture());  // u_scene defaults to unit 0
    glBindVertexArray(vao_);
    const glm::vec2 texel(1.0f / float(width > 0 ? width : 1), 1.0f / float(height > 0 ? height : 1));
    const ThemeColors colors = themeColors(theme);
    plain_.setFrame(texel, colors);
    glDrawArrays(GL_TRIANGLES, 0, 3);
    if (!smoothRect.empty()) {
        glEnable(GL_SCISSOR_TEST);
        glScissor(smoothRect.x, smoothRect.y, smoothRect.width, smoothRect.height);
        smooth_.setFrame(texel, colors);
        glDrawArrays(GL_TRIANGLES, 0, 3);
        glDisable(GL_SCISSOR_TEST);
    }
    glBindVertexArray(0);
    glBindTexture(GL_TEXTURE_2D, 0);
}

Image ScenePresenter::compose(const RenderTarget& scene, Theme theme, const PixelRect& smoothRect) {
    if (composed_.width() != scene.width() || composed_.height() != scene.height())
        composed_.resize(scene.width(), scene.height(), 0);
    present(scene, theme, smoothRect, composed_.framebuffer());
    Image image = composed_.readPixels();
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    return image;
}

}  // namespace backrub::gfx
