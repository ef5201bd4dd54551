#include "gfx/MeshShader.h"

#include <glm/gtc/matrix_inverse.hpp>

namespace backrub::gfx {

bool MeshShader::build(bool matte) {
    if (!ShaderProgram::build("mesh.vert", "mesh.frag", matte ? "#define MATTE\n" : "")) return false;
    model_ = location("u_model");
    normalMatrix_ = location("u_normalMatrix");
    viewProjection_ = location("u_viewProjection");
    baseColor_ = location("u_baseColor");
    roughness_ = location("u_roughness");
    cameraPosition_ = location("u_cameraPosition");
    key_ = location("u_keyDirection");
    fill_ = location("u_fillDirection");
    rim_ = location("u_rimDirection");
    up_ = location("u_upAxis");
    subsurface_ = location("u_subsurface");
    overlayOpacity_ = location("u_overlayOpacity");
    return true;
}

void MeshShader::setFrame(const glm::mat4& viewProjection, const glm::vec3& cameraPosition,
                          const StudioLights& lights) const {
    set(viewProjection_, viewProjection);
    set(cameraPosition_, cameraPosition);
    set(key_, lights.keyDirection);
    set(fill_, lights.fillDirection);
    set(rim_, lights.rimDirection);
    set(up_, lights.upAxis);
}

void MeshShader::setModel(const glm::mat4& model) const {
    set(model_, model);
    set(normalMatrix_, glm::inverseTranspose(glm::mat3(model)));
}

void MeshShader::setMaterial(const glm::vec4& baseColorLinear, float roughness, float subsurface) const {
    set(baseColor_, baseColorLinear);
    set(roughness_, roughness);
    set(subsurface_, subsurface);
}

void MeshShader::setOverlayAsOpacity(bool on) const { set(overlayOpacity_, on ? 1.0f : 0.0f); }

}  // namespace backrub::gfx
