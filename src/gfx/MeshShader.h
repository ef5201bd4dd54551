#pragma once
// The lit mesh program (shaders/mesh.vert + mesh.frag) with cached uniforms.
#include "gfx/ShaderProgram.h"

namespace backrub::gfx {

struct StudioLights {
    glm::vec3 keyDirection{0.0f, -1.0f, 0.0f};  // direction light travels
    glm::vec3 fillDirection{0.0f, -1.0f, 0.0f};
    glm::vec3 rimDirection{0.0f, -1.0f, 0.0f};
    glm::vec3 upAxis{0.0f, 1.0f, 0.0f};
};

class MeshShader : public ShaderProgram {
public:
    // `matte`: the opaque, highlight-free path of mesh.frag (the massage table).
    bool build(bool matte = false);
    void setFrame(const glm::mat4& viewProjection, const glm::vec3& cameraPosition, const StudioLights& lights) const;
    void setModel(const glm::mat4& model) const;
    void setMaterial(const glm::vec4& baseColorLinear, float roughness, float subsurface) const;
    // false: the mesh's overlay tints it (heat map); true: overlay alpha is its opacity.
    void setOverlayAsOpacity(bool on) const;

private:
    int model_ = -1, normalMatrix_ = -1, viewProjection_ = -1, baseColor_ = -1, roughness_ = -1;
    int cameraPosition_ = -1, key_ = -1, fill_ = -1, rim_ = -1, up_ = -1, subsurface_ = -1;
    int overlayOpacity_ = -1;
};

}  // namespace backrub::gfx
