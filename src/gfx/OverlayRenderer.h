#pragma once
// Draws OverlayGeometry (trails, dotted paths, markers): unlit, alpha-blended,
// depth-tested against the scene but not writing depth.
#include "core/session/OverlayGeometry.h"
#include "gfx/ShaderProgram.h"

#include <string>

namespace backrub::gfx {

class OverlayShader : public ShaderProgram {
public:
    bool build();
    void setViewProjection(const glm::mat4& m) const;

private:
    int viewProjection_ = -1;
};

class OverlayRenderer {
public:
    OverlayRenderer() = default;
    ~OverlayRenderer();
    OverlayRenderer(const OverlayRenderer&) = delete;
    OverlayRenderer& operator=(const OverlayRenderer&) = delete;

    bool init(std::string& error);
    // Uploads and draws in one go; the buffers are reused frame to frame.
    void draw(const OverlayGeometry& geometry, const glm::mat4& viewProjection);

private:
    OverlayShader shader_;
    unsigned vao_ = 0, vbo_ = 0, ibo_ = 0;
};

}  // namespace backrub::gfx
