#pragma once
// The interactive viewer: window, input, camera, scene rendering and the ImGui overlay.
#include "app/GlContext.h"
#include "core/CommandLine.h"
#include "core/OrbitCamera.h"
#include "core/Problem.h"
#include "core/SceneData.h"
#include "core/ViewSettings.h"
#include "gfx/RenderTarget.h"
#include "gfx/SceneRenderer.h"
#include "ui/StatusLine.h"

#include <memory>
#include <string>

union SDL_Event;

namespace backrub::app {

class Viewer {
public:
    explicit Viewer(CommandLine cl) : cl_(std::move(cl)) {}
    // Opens the window and runs until closed. Returns the exit code.
    int run();

    // Exposed for UI tests that drive the viewer with synthetic events.
    bool init(std::string& error);
    void handleEvent(const SDL_Event& event);
    void frame();  // draw one frame (scene + UI) and swap
    bool quitRequested() const { return quit_; }
    const OrbitCamera& camera() const { return camera_; }
    ViewSettings& settings() { return settings_; }
    void shutdown();

private:
    void loadScene();
    void drawUi();
    void takeScreenshot();
    void toggleFullscreen();

    CommandLine cl_;
    std::unique_ptr<GlContext> context_;
    gfx::SceneRenderer renderer_;
    gfx::RenderTarget target_;
    SceneData scene_;
    Problems loadProblems_;
    OrbitCamera camera_;
    ViewSettings settings_;
    ui::StatusInfo status_;
    bool quit_ = false;
    bool imguiReady_ = false;
    bool screenshotRequested_ = false;
    int dragButton_ = 0;
    unsigned long long lastTicks_ = 0;
};

}  // namespace backrub::app
