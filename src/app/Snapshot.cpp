#include "app/Snapshot.h"

#include "gfx/RenderTarget.h"
#include "gfx/SceneRenderer.h"

namespace backrub::app {

OrbitCamera framedCamera(const SceneData& scene, ViewPreset view, float aspect) {
    OrbitCamera camera;
    glm::vec3 lo(-0.5f), hi(0.5f);
    scene.worldBounds(lo, hi);
    camera.frame(lo, hi, aspect);
    camera.setPreset(view);
    return camera;
}

bool renderSnapshot(const SceneData& scene, const SnapshotRequest& request, Image& out, std::string& error) {
    gfx::SceneRenderer renderer;
    if (!renderer.init(error)) return false;
    renderer.setScene(scene);
    gfx::RenderTarget target;
    if (!target.resize(request.width, request.height, request.settings.msaaSamples)) {
        error = "cannot create a " + std::to_string(request.width) + "x" + std::to_string(request.height) +
                " offscreen framebuffer";
        return false;
    }
    const OrbitCamera camera = framedCamera(scene, request.view, float(request.width) / float(request.height));
    target.bind();
    renderer.render(camera, request.width, request.height, request.settings);
    out = target.readPixels();
    return true;
}

}  // namespace backrub::app
