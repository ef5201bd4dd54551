#include "gfx/OverlayRenderer.h"

#include "gfx/Gl.h"

#include <cstddef>

namespace backrub::gfx {

bool OverlayShader::build() {
    if (!ShaderProgram::build("overlay.vert", "overlay.frag")) return false;
    viewProjection_ = location("u_viewProjection");
    return true;
}

void OverlayShader::setViewProjection(const glm::mat4& m) const { set(viewProjection_, m); }

OverlayRenderer::~OverlayRenderer() {
    if (vao_) glDeleteVertexArrays(1, &vao_);
    if (vbo_) glDeleteBuffers(1, &vbo_);
    if (ibo_) glDeleteBuffers(1, &ibo_);
}

bool OverlayRenderer::init(std::string& error) {
    if (!shader_.build()) {
        error = shader_.error();
        return false;
    }
    glGenVertexArrays(1, &vao_);
    glGenBuffers(1, &vbo_);
    glGenBuffers(1, &ibo_);
    glBindVertexArray(vao_);
    glBindBuffer(GL_ARRAY_BUFFER, vbo_);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ibo_);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, sizeof(ColoredVertex),
                          reinterpret_cast<const void*>(offsetof(ColoredVertex, position)));
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 4, GL_FLOAT, GL_FALSE, sizeof(ColoredVertex),
                          reinterpret_cast<const void*>(offsetof(ColoredVertex, color)));
    glBindVertexArray(0);
    return true;
}

void OverlayRenderer::draw(const OverlayGeometry& geometry, const glm::mat4& viewProjection) {
    if (!vao_ || geometry.indices.empty()) return;
    glBindVertexArray(vao_);
    glBindBuffer(GL_ARRAY_BUFFER, vbo_);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(geometry.vertices.size() * sizeof(ColoredVertex)),
                 geometry.vertices.data(), GL_STREAM_DRAW);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(geometry.indices.size() * sizeof(std::uint32_t)),
                 geometry.indices.data(), GL_STREAM_DRAW);
    shader_.use();
    shader_.setViewProjection(viewProjection);
    glEnable(GL_DEPTH_TEST);
    glDepthFunc(GL_LEQUAL);
    glDepthMask(GL_FALSE);
    glDisable(GL_CULL_FACE);
    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);  // premultiplied result
    glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(geometry.indices.size()), GL_UNSIGNED_INT, nullptr);
    glDisable(GL_BLEND);
    glDepthMask(GL_TRUE);
    glBindVertexArray(0);
}

}  // namespace backrub::gfx
