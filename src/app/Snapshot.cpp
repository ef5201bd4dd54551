#include "app/Snapshot.h"

#include "core/body/WorkingArea.h"
#include "gfx/SceneRenderer.h"
#include "gfx/StillCanvas.h"

namespace backrub::app {

OrbitCamera framedCamera(const SceneData& scene, ViewPreset view, float aspect, const Body* workingBody, bool upright) {
    OrbitCamera camera;
    glm::vec3 lo(-0.5f), hi(0.5f);
    if (!workingBody || !workingAreaBounds(*workingBody, lo, hi)) scene.worldBounds(lo, hi);
    camera.frame(lo, hi, aspect);
    camera.setUpright(upright);
    camera.setPreset(view);
    return camera;
}

OrbitCamera framedShownCamera(gfx::VisualizerRenderer& renderer, const SceneData& scene, const Body* workingBody,
                              const TechniqueSession* session, ViewPreset view, float aspect) {
    const PosedBody* posed = renderer.poseFor(session);
    if (!posed || posed->atRest()) return framedCamera(scene, view, aspect, workingBody);
    return framedCamera(posed->scene(), view, aspect, workingBody ? &posed->body() : nullptr, !posed->pose().restOnTable);
}

bool renderSnapshot(const SceneData& scene, const SnapshotRequest& request, Image& out, std::string& error) {
    gfx::SceneRenderer renderer;
    if (!renderer.init(error)) return false;
    renderer.setScene(scene);
    renderer.setTable(request.table);
    gfx::StillCanvas canvas;
    if (!canvas.init(request.width, request.height, request.settings.msaaSamples, error)) return false;
    const OrbitCamera camera =
        framedCamera(scene, request.view, float(request.width) / float(request.height), nullptr, request.upright);
    canvas.bind();
    renderer.render(camera, request.width, request.height, request.settings);
    out = canvas.image(request.settings.theme);
    return true;
}

}  // namespace backrub::app
