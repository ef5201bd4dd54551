#include "gfx/GpuMesh.h"

#include "gfx/Gl.h"

#include <utility>

namespace backrub::gfx {
namespace {

GLuint makeBuffer(GLenum target, GLsizeiptr bytes, const void* data, GLenum usage) {
    GLuint buffer = 0;
    glGenBuffers(1, &buffer);
    glBindBuffer(target, buffer);
    glBufferData(target, bytes, data, usage);
    return buffer;
}

void vec3Attribute(GLuint location, GLuint buffer) {
    glBindBuffer(GL_ARRAY_BUFFER, buffer);
    glEnableVertexAttribArray(location);
    glVertexAttribPointer(location, 3, GL_FLOAT, GL_FALSE, sizeof(glm::vec3), nullptr);
}

}  // namespace

GpuMesh::~GpuMesh() { release(); }

GpuMesh::GpuMesh(GpuMesh&& other) noexcept { *this = std::move(other); }

GpuMesh& GpuMesh::operator=(GpuMesh&& other) noexcept {
    if (this != &other) {
        release();
        vao_ = std::exchange(other.vao_, 0u);
        positions_ = std::exchange(other.positions_, 0u);
        normals_ = std::exchange(other.normals_, 0u);
        overlay_ = std::exchange(other.overlay_, 0u);
        indices_ = std::exchange(other.indices_, 0u);
        vertexCount_ = std::exchange(other.vertexCount_, 0u);
        indexCount_ = std::exchange(other.indexCount_, 0);
        streamed_ = std::exchange(other.streamed_, false);
    }
    return *this;
}

void GpuMesh::release() {
    GLuint buffers[] = {positions_, normals_, overlay_, indices_};
    if (vao_) glDeleteVertexArrays(1, &vao_);
    for (GLuint b : buffers)
        if (b) glDeleteBuffers(1, &b);
    vao_ = positions_ = normals_ = overlay_ = indices_ = 0;
    streamed_ = false;
}

void GpuMesh::upload(const std::vector<glm::vec3>& positions, const std::vector<glm::vec3>& normals,
                     const std::vector<std::uint32_t>& indices) {
    release();
    vertexCount_ = positions.size();
    indexCount_ = static_cast<int>(indices.size());
    const auto vec3Bytes = [](const std::vector<glm::vec3>& v) { return static_cast<GLsizeiptr>(v.size() * sizeof(glm::vec3)); };
    const auto indexBytes = static_cast<GLsizeiptr>(indices.size() * sizeof(std::uint32_t));
    glGenVertexArrays(1, &vao_);
    glBindVertexArray(vao_);
    positions_ = makeBuffer(GL_ARRAY_BUFFER, vec3Bytes(positions), positions.data(), GL_STATIC_DRAW);
    vec3Attribute(0, positions_);
    normals_ = makeBuffer(GL_ARRAY_BUFFER, vec3Bytes(normals), normals.data(), GL_STATIC_DRAW);
    vec3Attribute(1, normals_);
    // No overlay until one is set: a constant transparent colour.
    glDisableVertexAttribArray(2);
    glVertexAttrib4f(2, 0.0f, 0.0f, 0.0f, 0.0f);
    indices_ = makeBuffer(GL_ELEMENT_ARRAY_BUFFER, indexBytes, indices.data(), GL_STATIC_DRAW);
    glBindVertexArray(0);
}

void GpuMesh::updateVertices(const std::vector<glm::vec3>& positions, const std::vector<glm::vec3>& normals) {
    if (positions.size() != vertexCount_ || normals.size() != vertexCount_ || !positions_ || !normals_) return;
    // New storage each time (the driver may still be drawing the last frame from the old one),
    // so an update never waits for the previous frame to finish.
    const auto bytes = static_cast<GLsizeiptr>(vertexCount_ * sizeof(glm::vec3));
    glBindBuffer(GL_ARRAY_BUFFER, positions_);
    glBufferData(GL_ARRAY_BUFFER, bytes, positions.data(), GL_DYNAMIC_DRAW);
    glBindBuffer(GL_ARRAY_BUFFER, normals_);
    glBufferData(GL_ARRAY_BUFFER, bytes, normals.data(), GL_DYNAMIC_DRAW);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
}

void GpuMesh::stream(const std::vector<glm::vec3>& positions, const std::vector<glm::vec3>& normals,
                     const std::vector<std::uint32_t>& indices, const std::vector<glm::vec4>& overlay) {
    if (!streamed_) {
        release();
        glGenVertexArrays(1, &vao_);
        GLuint buffers[4] = {};
        glGenBuffers(4, buffers);
        positions_ = buffers[0];
        normals_ = buffers[1];
        overlay_ = buffers[2];
        indices_ = buffers[3];
        glBindVertexArray(vao_);
        vec3Attribute(0, positions_);
        vec3Attribute(1, normals_);
        glBindBuffer(GL_ARRAY_BUFFER, overlay_);
        glVertexAttribPointer(2, 4, GL_FLOAT, GL_FALSE, sizeof(glm::vec4), nullptr);
        glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, indices_);
        streamed_ = true;
    }
    vertexCount_ = positions.size();
    indexCount_ = static_cast<int>(indices.size());
    glBindVertexArray(vao_);
    glBindBuffer(GL_ARRAY_BUFFER, positions_);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(positions.size() * sizeof(glm::vec3)), positions.data(), GL_STREAM_DRAW);
    glBindBuffer(GL_ARRAY_BUFFER, normals_);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(normals.size() * sizeof(glm::vec3)), normals.data(), GL_STREAM_DRAW);
    if (overlay.size() == positions.size() && !overlay.empty()) {
        glBindBuffer(GL_ARRAY_BUFFER, overlay_);
        glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(overlay.size() * sizeof(glm::vec4)), overlay.data(), GL_STREAM_DRAW);
        glEnableVertexAttribArray(2);
    } else {
        glDisableVertexAttribArray(2);
        glVertexAttrib4f(2, 0.0f, 0.0f, 0.0f, 0.0f);
    }
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(indices.size() * sizeof(std::uint32_t)), indices.data(), GL_STREAM_DRAW);
    glBindVertexArray(0);
}

void GpuMesh::updateOverlay(const std::vector<glm::vec4>& overlay) {
    if (!vao_ || overlay.size() != vertexCount_) return;
    glBindVertexArray(vao_);
    const auto bytes = static_cast<GLsizeiptr>(overlay.size() * sizeof(glm::vec4));
    if (!overlay_) {
        overlay_ = makeBuffer(GL_ARRAY_BUFFER, bytes, overlay.data(), GL_DYNAMIC_DRAW);
    } else {
        glBindBuffer(GL_ARRAY_BUFFER, overlay_);
        glBufferSubData(GL_ARRAY_BUFFER, 0, bytes, overlay.data());
    }
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(2, 4, GL_FLOAT, GL_FALSE, sizeof(glm::vec4), nullptr);
    glBindVertexArray(0);
}

void GpuMesh::draw() const {
    if (!vao_ || indexCount_ == 0) return;
    glBindVertexArray(vao_);
    // Constant attribute values are not VAO state: reset the overlay default for meshes without one.
    if (!overlay_) glVertexAttrib4f(2, 0.0f, 0.0f, 0.0f, 0.0f);
    glDrawElements(GL_TRIANGLES, indexCount_, GL_UNSIGNED_INT, nullptr);
    glBindVertexArray(0);
}

}  // namespace backrub::gfx
