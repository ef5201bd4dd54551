#pragma once
// The interactive viewer: window, input, camera, the playing technique, heat map,
// hands and trails, and the ImGui panels (browser, steps, transport, pressure,
// layers, regions, warnings), guided mode and presentation mode.
#include "app/GlContext.h"
#include "app/Visualization.h"
#include "core/session/CommandLine.h"
#include "core/view/OrbitCamera.h"
#include "core/session/Playback.h"
#include "core/session/Preferences.h"
#include "core/view/Refinement.h"
#include "core/session/ViewerState.h"
#include "gfx/RenderTarget.h"
#include "gfx/ScenePresenter.h"
#include "gfx/VisualizerRenderer.h"
#include "ui/StatusLine.h"
#include "ui/TechniqueBrowser.h"

#include <future>
#include <memory>
#include <optional>
#include <string>

union SDL_Event;
struct ImFont;

namespace backrub::app {

class Viewer {
public:
    explicit Viewer(CommandLine cl) : cl_(std::move(cl)) {}
    ~Viewer();
    // Opens the window and runs until closed. Returns the exit code.
    int run();

    // The pieces of run(), public so UI tests can drive a real viewer with
    // synthetic SDL events in an offscreen window.
    // width/height > 0 override the remembered window size (benchmarks, tests).
    bool init(std::string& error, bool visible = true, int width = 0, int height = 0);
    void handleEvent(const SDL_Event& event);
    void frame(double realDtS);  // advance playback by realDtS, draw scene + UI, swap
    void shutdown();

    bool quitRequested() const { return quit_; }
    const OrbitCamera& camera() const { return camera_; }
    const ViewSettings& settings() const { return prefs_.view; }
    const Playback& playback() const { return playback_; }
    const TechniqueSession* session() const { return vis_.session.get(); }
    PressureLevel level() const { return state_.level; }
    bool guided() const { return state_.guided; }
    bool presenting() const { return state_.presenting; }
    const ViewerState& state() const { return state_; }
    const std::string& statusMessage() const { return status_.message; }
    const std::string& hoverText() const { return hoverText_; }
    const Problems& modelProblems() const { return vis_.problems; }
    // The last frame's scene image (without UI).
    Image sceneImage();
    // Whether the scene shown is the full-detail picture (drawn once the view holds still).
    bool showingFullDetail() const { return shown_ == &stillTarget_; }
    // The next frame() also keeps the whole window (scene and UI) in windowImage().
    void captureWindow() { captureWindow_ = true; }
    const Image& windowImage() const { return windowImage_; }

    void selectTechnique(const std::string& id);
    void cycleTechnique(int delta);  // next (+1) or previous (-1) technique in the list
    void setLevel(PressureLevel level);

private:
    void drawUi();
    void drawMainPanel();
    void drawWarningsWindow();
    void drawPresentationCaption();
    void drawLabels();
    void updateHover(int x, int y);
    void handleKey(int key);
    void takeScreenshot();
    void drawScene(bool fullDetail, int width, int height);
    void presentScene();
    void toggleFullscreen();
    void setPresenting(bool on);
    void startRegionAnalysis();
    void savePrefs();
    void loadFonts();

    CommandLine cl_;
    std::unique_ptr<GlContext> context_;
    Visualization vis_;
    gfx::VisualizerRenderer renderer_;
    // What the 3D scene shows; when it differs from the last frame's, the scene is drawn again.
    struct SceneKey {
        glm::mat4 view{0.0f}, projection{0.0f};
        int width = 0, height = 0;
        const void* technique = nullptr;
        double timeS = 0.0;
        PressureLevel level = PressureLevel::Moderate;
        ViewSettings settings;
        bool operator==(const SceneKey& o) const;
    };
    SceneKey sceneKey(int width, int height) const;
    gfx::RenderTarget fastTarget_;   // single-sampled, smoothed when presented
    gfx::RenderTarget stillTarget_;  // multisampled full-detail picture
    const gfx::RenderTarget* shown_ = nullptr;
    PixelRect shownRect_;  // where the shown picture has something drawn
    gfx::ScenePresenter presenter_;
    RefinementPolicy refinement_;
    SceneKey lastScene_;
    double clockS_ = 0.0;  // sum of frame times, for the refinement policy
    OrbitCamera camera_;
    glm::vec3 sceneCentre_{0.0f};  // centre of the model's bounds, for label facing
    Playback playback_;
    Preferences prefs_;
    std::string prefsPath_;
    std::string imguiIniPath_;
    Problems prefsProblems_;
    ViewerState state_;  // choices and layout, without SDL or GL (core/session/ViewerState.h)
    ui::TechniqueBrowserState browser_;
    ui::StatusInfo status_;
    std::string hoverText_;
    std::future<RegionAnalysis> analysisTask_;
    std::optional<RegionAnalysis> analysis_;
    std::optional<Theme> appliedTheme_;
    ImFont* largeFont_ = nullptr;  // presentation mode; nullptr: scale the default font
    Image windowImage_;
    bool captureWindow_ = false;
    bool quit_ = false;
    bool imguiReady_ = false;
    bool screenshotRequested_ = false;
    void updateCaptionLayout(int width);
};

}  // namespace backrub::app
