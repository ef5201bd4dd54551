#include "gfx/ScenePresenter.h"

#include "gfx/Gl.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace backrub::gfx {
namespace {

// Grid cells across and up: fine enough that interpolating the gradient and the
// vignette stays well under 1/255 from the exact values.
constexpr int kGridX = 32, kGridY = 18;

struct GradientVertex {
    glm::vec2 position;
    glm::vec3 color;
};

}  // namespace

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
    GLuint buffers[] = {gridVbo_, gridIbo_};
    for (GLuint b : buffers)
        if (b) glDeleteBuffers(1, &b);
    GLuint arrays[] = {emptyVao_, gridVao_};
    for (GLuint a : arrays)
        if (a) glDeleteVertexArrays(1, &a);
}

bool ScenePresenter::init(std::string& error) {
    for (bool smooth : {false, true}) {
        Shader& shader = smooth ? smooth_ : plain_;
        if (!shader.build(smooth)) {
            error = shader.error();
            return false;
        }
    }
    if (!gradient_.build("gradient.vert", "gradient.frag")) {
        error = gradient_.error();
        return false;
    }
    glGenVertexArrays(1, &emptyVao_);
    glGenVertexArrays(1, &gridVao_);
    glGenBuffers(1, &gridVbo_);
    glGenBuffers(1, &gridIbo_);
    std::vector<std::uint32_t> indices;
    for (int y = 0; y < kGridY; ++y)
        for (int x = 0; x < kGridX; ++x) {
            const auto v = static_cast<std::uint32_t>(y * (kGridX + 1) + x);
            const std::uint32_t above = v + kGridX + 1;
            indices.insert(indices.end(), {v, v + 1, above + 1, v, above + 1, above});
        }
    gridIndexCount_ = static_cast<int>(indices.size());
    glBindVertexArray(gridVao_);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, gridIbo_);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(indices.size() * sizeof(std::uint32_t)),
                 indices.data(), GL_STATIC_DRAW);
    glBindBuffer(GL_ARRAY_BUFFER, gridVbo_);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(GradientVertex), nullptr);
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 3, GL_FLOAT, GL_FALSE, sizeof(GradientVertex),
                          reinterpret_cast<const void*>(offsetof(GradientVertex, color)));
    glBindVertexArray(0);
    return true;
}

void ScenePresenter::drawBackground(Theme theme) {
    if (gridTheme_ != theme) {
        const ThemeColors colors = themeColors(theme);
        std::vector<GradientVertex> vertices;
        for (int y = 0; y <= kGridY; ++y)
            for (int x = 0; x <= kGridX; ++x) {
                const glm::vec2 uv(float(x) / kGridX, float(y) / kGridY);
                vertices.push_back({uv * 2.0f - 1.0f, backgroundColor(colors, uv)});
            }
        glBindBuffer(GL_ARRAY_BUFFER, gridVbo_);
        glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(vertices.size() * sizeof(GradientVertex)),
                     vertices.data(), GL_STATIC_DRAW);
        gridTheme_ = theme;
    }
    gradient_.use();
    glBindVertexArray(gridVao_);
    glDrawElements(GL_TRIANGLES, gridIndexCount_, GL_UNSIGNED_INT, nullptr);
}

void ScenePresenter::present(const RenderTarget& scene, Theme theme, const PixelRect& drawnRect, bool smooth,
                             unsigned drawFramebuffer, const PixelRect& smoothRect, const PixelRect& clip) {
    const int width = scene.width(), height = scene.height();
    glBindFramebuffer(GL_FRAMEBUFFER, drawFramebuffer);
    glViewport(0, 0, width, height);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_BLEND);
    glDisable(GL_CULL_FACE);
    // Clipped, the background and the scene stay inside `clip` (one of two pictures side by side).
    if (!clip.empty()) {
        glEnable(GL_SCISSOR_TEST);
        glScissor(clip.x, clip.y, clip.width, clip.height);
    }
    drawBackground(theme);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, scene.colorTexture());  // u_scene defaults to unit 0
    glBindVertexArray(emptyVao_);
    glEnable(GL_SCISSOR_TEST);
    const glm::vec2 texel(1.0f / float(std::max(width, 1)), 1.0f / float(std::max(height, 1)));
    // One pass of `shader` over `rect`, kept `inset` pixels in from the borders.
    const auto pass = [&](const Shader& shader, const PixelRect& whole, int inset) {
        const PixelRect rect = clip.empty() ? whole : whole.intersected(clip);
        const int x0 = std::max(rect.x, inset), y0 = std::max(rect.y, inset);
        const int x1 = std::min(rect.x + rect.width, width - inset), y1 = std::min(rect.y + rect.height, height - inset);
        if (x1 <= x0 || y1 <= y0) return;
        glScissor(x0, y0, x1 - x0, y1 - y0);
        shader.setFrame(texel, themeColors(theme));
        glDrawArrays(GL_TRIANGLES, 0, 3);
    };
    // Smoothing reads each pixel's neighbours: it keeps one pixel in from the borders.
    if (!smooth) {
        pass(plain_, drawnRect, 0);
    } else if (smoothRect.empty()) {
        pass(smooth_, drawnRect, 1);
    } else {
        // The plain pass only around the smoothed part: up to four bands of drawnRect.
        const PixelRect inner = drawnRect.intersected(smoothRect);
        if (inner.empty()) {
            pass(plain_, drawnRect, 0);
        } else {
            const int dx1 = drawnRect.x + drawnRect.width, dy1 = drawnRect.y + drawnRect.height;
            const int ix1 = inner.x + inner.width, iy1 = inner.y + inner.height;
            pass(plain_, PixelRect{drawnRect.x, drawnRect.y, drawnRect.width, inner.y - drawnRect.y}, 0);  // below
            pass(plain_, PixelRect{drawnRect.x, iy1, drawnRect.width, dy1 - iy1}, 0);                      // above
            pass(plain_, PixelRect{drawnRect.x, inner.y, inner.x - drawnRect.x, inner.height}, 0);        // left
            pass(plain_, PixelRect{ix1, inner.y, dx1 - ix1, inner.height}, 0);                             // right
            pass(smooth_, inner, 1);
        }
    }
    glDisable(GL_SCISSOR_TEST);
    glBindTexture(GL_TEXTURE_2D, 0);
    glBindVertexArray(0);
}

Image ScenePresenter::compose(const RenderTarget& scene, Theme theme, PixelRect drawnRect, bool smooth, const PixelRect& smoothRect,
                              const PixelRect& clip) {
    if (drawnRect.empty()) drawnRect = PixelRect{0, 0, scene.width(), scene.height()};
    if (composed_.width() != scene.width() || composed_.height() != scene.height())
        composed_.resize(scene.width(), scene.height(), 0);
    present(scene, theme, drawnRect, smooth, composed_.framebuffer(), smoothRect, clip);
    Image image = composed_.readPixels();
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    return image;
}

}  // namespace backrub::gfx
