#pragma once
// Renders one frame of a scene into an image with the current GL context:
// the path shared by `backrub render`, F12 screenshots and the render tests.
#include "core/base/Image.h"
#include "core/body/Body.h"
#include "core/view/OrbitCamera.h"
#include "core/base/SceneData.h"
#include "core/view/ViewSettings.h"
#include "core/scene/TableMesh.h"
#include "gfx/VisualizerRenderer.h"

#include <string>

namespace backrub::app {

struct SnapshotRequest {
    int width = 1280;
    int height = 720;
    ViewPreset view = ViewPreset::Back;
    ViewSettings settings;
    const TableMesh* table = nullptr;  // the massage table under the body, if any
    bool upright = false;              // view presets of a standing body (OrbitCamera::setUpright)
};

// The camera `render` and the viewer use: the working area of `workingBody` framed when
// one is given (a technique plays on it), else the scene's bounds; then the preset applied.
OrbitCamera framedCamera(const SceneData& scene, ViewPreset view, float aspect, const Body* workingBody = nullptr,
                         bool upright = false);
// The same for what `renderer` shows of `session` at its current time: the body posed for
// the step (the posed working area, upright presets for a standing receiver); the rest
// scene and `workingBody` without a session or a posable body.
OrbitCamera framedShownCamera(gfx::VisualizerRenderer& renderer, const SceneData& scene, const Body* workingBody,
                              const TechniqueSession* session, ViewPreset view, float aspect);

// False with a message (shader build, framebuffer) on failure.
bool renderSnapshot(const SceneData& scene, const SnapshotRequest& request, Image& out, std::string& error);

}  // namespace backrub::app
