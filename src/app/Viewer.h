#pragma once
// The interactive viewer: window, input, camera, the playing technique, heat map,
// hands and trails, and the ImGui panels (browser, steps, transport, pressure,
// layers, regions, warnings), guided mode and presentation mode; the lay path
// (first-start chooser, simple panel, finish screen) in ViewerLay.cpp.
#include "app/Comparing.h"
#include "app/FileWatch.h"
#include "app/GlContext.h"
#include "app/StrokeEditing.h"
#include "app/Visualization.h"
#include "core/session/CommandLine.h"
#include "core/session/LayPath.h"
#include "core/view/OrbitCamera.h"
#include "core/session/Playback.h"
#include "core/session/Preferences.h"
#include "core/session/StructureSearch.h"
#include "core/view/LabelLayout.h"
#include "core/view/Refinement.h"
#include "core/session/ViewerState.h"
#include "gfx/RenderTarget.h"
#include "gfx/ScenePresenter.h"
#include "gfx/VisualizerRenderer.h"
#include "ui/FinishScreen.h"
#include "ui/Hotspots.h"
#include "ui/StatusLine.h"
#include "ui/TechniqueBrowser.h"

#include <array>
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
    // Whether a Problems window (0 model, 1 settings, 2 techniques, 3 the technique file on
    // screen, after a save that did not load) shows, when it has problems.
    bool problemsWindowOpen(int index) const { return problemsWindows_.at(static_cast<std::size_t>(index)).open; }
    const Problems& settingsProblems() const { return prefsProblems_; }
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
    Audience audience() const { return prefs_.audience; }
    // Where the last frame drew a lay-path button (ui/Hotspots.h), for clicking it in tests.
    std::optional<ui::Hotspot> hotspot(const std::string& name) const { return hotspots_.find(name); }
    const std::string& statusMessage() const { return status_.message; }
    const std::string& hoverText() const { return hoverText_; }
    const Problems& modelProblems() const { return vis_.problems; }
    const TechniqueLibrary& techniques() const { return vis_.library; }
    // The problems of the last save of the technique file on screen that did not load (the
    // version before it keeps playing); empty after a good save.
    const Problems& techniqueFileProblems() const { return techniqueFileProblems_; }
    // The scene and body as the last frame showed them: posed for the step, or at rest.
    const SceneData& shownScene() const;
    const Body* shownBody() const;
    // The last frame's scene image (without UI).
    Image sceneImage();
    // What F12 saves: the scene image cut to the part a presentation caption leaves
    // free, so the picture is framed as shown, with no empty room on one side.
    Image screenshotImage();
    // Whether the scene shown is the full-detail picture (drawn once the view holds still).
    bool showingFullDetail() const { return shown_ == &stillTarget_; }
    // The next frame() also keeps the whole window (scene and UI) in windowImage().
    void captureWindow() { captureWindow_ = true; }
    const Image& windowImage() const { return windowImage_; }

    void selectTechnique(const std::string& id);
    // The stroke editor (ViewerEditor.cpp): opens on the technique on screen (the user's own
    // file is saved over; a shipped one is copied under a free id) or, with none, a new one.
    void openStrokeEditor();
    const StrokeEditor* strokeEditor() const { return editing_ ? &editing_->editor : nullptr; }
    // Compare (ViewerCompare.cpp): the technique on screen on the left, `compareWith`'s on the
    // right, side by side on one heat scale, with the region figures of both.
    void setComparing(bool on);
    void compareWith(const std::string& id, PressureLevel level);
    const Comparing* comparing() const { return comparing_.get(); }
    const std::string& strokeEditorMessage() const;
    // A technique file the user brought (the page's file picker or a drop, saved into their
    // techniques folder): the user's techniques are read again and it plays. False, with its
    // problems in a Problems window, when it does not load.
    bool openTechniqueFile(const std::string& path);
    // Writes the settings file now (the desktop does at exit; a browser page as they change).
    void savePrefs();
    void cycleTechnique(int delta);  // next (+1) or previous (-1) technique in the list
    void setLevel(PressureLevel level);

private:
    void drawUi();
    void drawMainPanel();
    bool drawLayScreen();  // the chooser or the finish screen, alone over the scene; false: neither
    void drawLayPanel();
    void drawAudienceButtons();
    void applyAudienceChoice(Audience audience);
    void drawWarningsWindow();
    void drawPresentationCaption();
    void drawLabels();
    void drawStructureSearch();
    void drawProblemsWindow(const char* title, const Problems& problems, int index);
    void updateHover(int x, int y);
    // The world-space ray under window pixel (x, y).
    void rayAt(int x, int y, glm::vec3& origin, glm::vec3& direction) const;
    void handleKey(int key);
    void takeScreenshot();
    void drawScene(bool fullDetail, int width, int height);
    void presentScene();
    void toggleFullscreen();
    void setPresenting(bool on);
    void startRegionAnalysis();
    bool playTechnique(const std::string& id, double timeS);
    // Live reload: the user's technique file on screen, read again after each save.
    void watchTechniqueFile();
    void reloadTechniqueFile();
    void saveRegionCsv(bool overTime);
    // A printed handout of the technique on screen (A4, the level shown) into the current folder, like screenshots.
    void printHandout();
    Region outlinedRegion() const;  // the region figures (or the pressure over time) into the current folder
    void loadFonts();
    void drawStrokeEditor();
    bool splitShown() const;  // comparing, with both sides playing (not while presenting)
    void syncComparing();
    void drawSplitScene(bool fullDetail, int width, int height);
    void presentSplit(unsigned framebuffer);
    Image splitImage();
    void drawCompareCaptions();
    void drawComparePanel();
    // Around a reload of the library: the compared session refers to a technique in it.
    void releaseCompared();
    void restoreCompared();
    void drawEditorPath();
    void closeStrokeEditor();
    void previewDraft();              // the draft plays, when it has no problems, from the same time
    void layWaypointAt(int x, int y);  // a click on the skin while laying a path
    void saveDraft();

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
        Region outlined = Region::None;
        int highlighted = -1;
        const void* compared = nullptr;  // the right half's technique, when comparing
        double comparedTimeS = 0.0;
        PressureLevel comparedLevel = PressureLevel::Moderate;
        bool operator==(const SceneKey& o) const;
    };
    SceneKey sceneKey(int width, int height) const;
    gfx::RenderTarget fastTarget_;   // single-sampled, smoothed when presented
    gfx::RenderTarget stillTarget_;  // multisampled full-detail picture
    const gfx::RenderTarget* shown_ = nullptr;
    PixelRect shownRect_;  // where the shown picture has something drawn
    PixelRect shownSmoothRect_;  // where fast frames smooth edges (the body, not the table)
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
    // A Problems window closed by the user stays closed until its list changes.
    struct ProblemsWindow {
        bool open = true;
        std::size_t shown = 0;  // problems listed when it was last drawn
    };
    std::array<ProblemsWindow, 4> problemsWindows_{};  // model, settings, techniques, the file on screen
    FileWatch techniqueWatch_;          // the user's technique file on screen ("" for a shipped one)
    double nextWatchCheckS_ = 0.0;      // clockS_ of the next look at it
    Problems techniqueFileProblems_;
    ViewerState state_;  // choices and layout, without SDL or GL (core/session/ViewerState.h)
    ui::TechniqueBrowserState browser_;
    ui::StatusInfo status_;
    std::string hoverText_;
    std::optional<glm::ivec2> hoverPixel_;
    int hoveredNode_ = -1;   // scene node under the cursor, drawn highlighted
    int selectedNode_ = -1;  // structure picked by name, highlighted instead of the hovered one
    char searchText_[64] = "";
    std::vector<StructureMatch> searchMatches_;  // for searchText_  // where the cursor rests over the scene, window pixels
    std::future<RegionAnalysis> analysisTask_;
    std::optional<RegionAnalysis> analysis_;
    std::optional<Theme> appliedTheme_;
    float uiScale_ = 1.0f;         // type and panel size for this display (core/view/UiScale.h)
    bool resetLayout_ = false;
    std::vector<ScreenBox> panelBoxes_;  // panels drawn over the scene last frame (labels keep off them)     // the next frame puts every panel back where it starts
    ImFont* largeFont_ = nullptr;  // presentation mode; nullptr: scale the default font
    ImFont* titleFont_ = nullptr;  // lay-path titles
    ui::Hotspots hotspots_;
    std::optional<glm::vec2> pointer_;  // from mouse-motion events; none once it leaves the window
    ui::FinishScreenState finish_;
    Image windowImage_;
    bool captureWindow_ = false;
    bool quit_ = false;
    bool imguiReady_ = false;
    int screenshotsRequested_ = 0;  // F12 presses since the last frame
    bool handoutRequested_ = false;
    std::unique_ptr<StrokeEditing> editing_;  // while the stroke editor is open
    std::unique_ptr<Comparing> comparing_;    // while comparing side by side
    bool compareHeaderOpens_ = false;         // the next frame opens the compare panel
    std::optional<glm::ivec2> pressedAt_;     // where the left button went down over the scene  // written at the start of the next frame, outside the UI pass
    void updateCaptionLayout(int width);
};

}  // namespace backrub::app
