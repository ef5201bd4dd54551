#include "app/Viewer.h"

#include "app/Commands.h"
#include "app/Download.h"
#include "app/HandoutWriter.h"
#include "app/SceneSource.h"
#include "app/Snapshot.h"
#include "core/base/FreeName.h"
#include "core/technique/TechniqueChoice.h"
#include "core/technique/TechniqueLoader.h"
#include "core/technique/UserTechniques.h"
#include "core/view/UiScale.h"
#include "core/base/SafeWrite.h"
#include "core/pressure/ReportCsv.h"
#include "gfx/WindowTarget.h"

#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

#include <cstdio>
#include <filesystem>

namespace backrub::app {

int runViewer(const CommandLine& cl) {
    Viewer viewer(cl);
    return viewer.run();
}

Viewer::~Viewer() { shutdown(); }

bool Viewer::init(std::string& error, bool visible, int width, int height) {
    prefsPath_ = preferencesPath();
    std::error_code ec;
    const bool firstStart = !prefsPath_.empty() && !std::filesystem::exists(prefsPath_, ec);
    prefs_ = loadPreferences(prefsPath_, prefsProblems_);
    if (!prefsProblems_.empty()) {
        printProblems(prefsProblems_);
        status_.message = "settings file ignored in part: see the Problems window";
    }
    // The techniques first: a --technique file with problems is refused before a window opens.
    vis_.library = loadTechniques(userTechniquesFolder());
    if (!vis_.library.problems.empty()) {
        printProblems(vis_.library.problems);
        status_.message = "some of your techniques did not load: see the Problems window";
    }
    std::string commandLineId = cl_.technique;
    if (namesTechniqueFile(cl_.technique)) {
        const Technique* fromFile = chooseTechnique(vis_.library, cl_.technique, error);
        if (!fromFile) return false;
        commandLineId = fromFile->id;
    }
    GlContextOptions options;
    options.title = "Backrub";
    options.visible = visible;
    options.width = width > 0 ? width : prefs_.windowWidth;
    options.height = height > 0 ? height : prefs_.windowHeight;
    context_ = GlContext::create(options, error);
    if (!context_ || !renderer_.init(error) || !presenter_.init(error)) return false;

    SDL_SetWindowMinimumSize(context_->window(), kMinWindowWidth, kMinWindowHeight);
    {
        int w = 0, h = 0;
        context_->drawableSize(w, h);
        float dpi = 0.0f;
        if (SDL_GetDisplayDPI(SDL_GetWindowDisplayIndex(context_->window()), &dpi, nullptr, nullptr) != 0) dpi = 0.0f;
        uiScale_ = uiScaleFor(h, dpi);
    }

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetStyle().ScaleAllSizes(uiScale_);
    if (!prefsPath_.empty()) {
        imguiIniPath_ = (std::filesystem::path(prefsPath_).parent_path() / "layout.ini").string();
        ImGui::GetIO().IniFilename = imguiIniPath_.c_str();
    } else {
        ImGui::GetIO().IniFilename = nullptr;
    }
    loadFonts();
    ImGui_ImplSDL2_InitForOpenGL(context_->window(), context_->glContext());
    ImGui_ImplOpenGL3_Init(GlContext::glslVersionLine());
    imguiReady_ = true;

    if (!vis_.load(cl_)) {
        error = "cannot build the model";
        return false;
    }
    if (!vis_.problems.empty()) printProblems(vis_.problems);
    status_.model = vis_.label;
    renderer_.setScene(vis_.scene);
    renderer_.setTable(vis_.table ? &vis_.table->mesh : nullptr);
    int w = 0, h = 0;
    context_->drawableSize(w, h);
    camera_ = framedCamera(vis_.scene, ViewPreset::Back, float(w) / float(h > 0 ? h : 1), vis_.body ? &*vis_.body : nullptr);
    sceneCentre_ = camera_.target();  // framing targets the centre of the working area (or the model)

    state_.level = prefs_.pressure;
    resumeAudience(prefs_.audience, state_);
    playback_.setSpeed(prefs_.speed);
    playback_.setLoop(prefs_.loop);
    std::string id = !commandLineId.empty() ? commandLineId : prefs_.technique;
    if (!vis_.library.find(id) && !vis_.library.techniques.empty()) {
        const std::string first = vis_.library.techniques.front().id;
        const std::string unknown = vis_.library.unknownIdMessage(id) + "; opening '" + first + "'";
        if (!cl_.technique.empty()) {
            std::fprintf(stderr, "backrub: %s\n", unknown.c_str());
            status_.message = "unknown technique '" + cl_.technique + "'";
        } else if (!id.empty()) {  // the settings file names a technique that is gone
            prefsProblems_.push_back({prefsPath_, "/technique", unknown});
            printProblems({prefsProblems_.back()});
            status_.message = "settings file ignored in part: see the Problems window";
        }
        id = first;
    }
    selectTechnique(id);
    // A start a link names (the browser's URL parameters; the desktop command line has no
    // such options for the viewer): pressure, view and a time to stand still at.
    if (cl_.pressureGiven) setLevel(cl_.pressure);
    if (cl_.view != ViewPreset::Back) camera_.setPreset(cl_.view);
    if (cl_.timeS && vis_.session) {
        playback_.seek(std::min(*cl_.timeS, playback_.duration()));
        vis_.session->update(playback_.time());
    }
    // Asked once, at the first start; naming a technique on the command line skips it.
    state_.chooserOpen = firstStart && cl_.technique.empty();
    return true;
}

void Viewer::loadFonts() {
    // DejaVu Sans (Debian's fonts-dejavu-core, installed by scripts/setup.sh) reads
    // better than the built-in bitmap font, and a large copy keeps presentation
    // text sharp. Without it the built-in font is used and scaled.
    const char* path = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    ImGuiIO& io = ImGui::GetIO();
    if (!std::filesystem::is_regular_file(path)) {
        std::fprintf(stderr, "backrub: %s not found; using the built-in font\n", path);
        io.FontGlobalScale = uiScale_;
        return;
    }
    io.Fonts->AddFontFromFileTTF(path, 16.0f * uiScale_);
    largeFont_ = io.Fonts->AddFontFromFileTTF(path, 34.0f * uiScale_);
    titleFont_ = io.Fonts->AddFontFromFileTTF(path, 22.0f * uiScale_);
}

const SceneData& Viewer::shownScene() const {
    const PosedBody* posed = renderer_.posedBody();
    return posed && posed->canPose() ? posed->scene() : vis_.scene;
}

const Body* Viewer::shownBody() const {
    const PosedBody* posed = renderer_.posedBody();
    if (posed && posed->canPose()) return &posed->body();
    return vis_.body ? &*vis_.body : nullptr;
}

void Viewer::selectTechnique(const std::string& id) {
    if (!playTechnique(id, 0.0)) return;
    watchTechniqueFile();
    // A receiver standing (self-massage) or lying needs the camera framed anew.
    const PosedBody* posed = renderer_.poseFor(vis_.session.get());
    const bool upright = posed && !posed->atRest() && !posed->pose().restOnTable;
    if (upright != camera_.upright()) {
        int w = 0, h = 0;
        context_->drawableSize(w, h);
        camera_ = framedShownCamera(renderer_, vis_.scene, vis_.body ? &*vis_.body : nullptr, vis_.session.get(),
                                    ViewPreset::Back, float(w) / float(h > 0 ? h : 1));
        sceneCentre_ = camera_.target();
    }
}

// Plays technique `id` from `timeS` (within its length); false, with nothing playing and
// the reason in the status line, when it cannot.
bool Viewer::playTechnique(const std::string& id, double timeS) {
    std::string error;
    if (!vis_.selectTechnique(id, state_.level, error)) {
        status_.message = error;
        state_.techniqueId.clear();
        playback_.setTimeline({}, 0.0);
        return false;
    }
    state_.techniqueId = id;
    const StrokeEngine& engine = vis_.session->engine();
    playback_.setTimeline(engine.stepStarts(), engine.duration());
    playback_.seek(std::min(timeS, engine.duration()));
    vis_.session->update(playback_.time());
    analysis_.reset();
    if (state_.regionPanelOpen) startRegionAnalysis();
    return true;
}

bool Viewer::openTechniqueFile(const std::string& path) {
    TechniqueLoadResult loaded = loadTechniqueFile(path);
    if (!loaded.technique) {
        techniqueFileProblems_ = loaded.problems;
        status_.message = path + " did not load (see the Problems window)";
        return false;
    }
    // The region analysis and the session read the library about to be replaced.
    if (analysisTask_.valid()) analysisTask_.wait();
    analysisTask_ = {};
    vis_.session.reset();
    releaseCompared();
    vis_.library = loadTechniques(userTechniquesFolder());
    restoreCompared();
    selectTechnique(loaded.technique->id);
    status_.message = "opened " + path;
    return true;
}

void Viewer::watchTechniqueFile() {
    techniqueFileProblems_.clear();
    // Shipped techniques are compiled in; the user's own are files that may be edited.
    techniqueWatch_.watch(vis_.library.isUsers(state_.techniqueId) ? vis_.library.fileOf(state_.techniqueId) : "");
}

// After a save: the new version plays from the same time, level and camera; one that does
// not load leaves the last good version playing and its problems in a Problems window.
void Viewer::reloadTechniqueFile() {
    const std::string& file = techniqueWatch_.path();
    TechniqueLoadResult loaded = loadTechniqueFile(file);
    if (!loaded.technique) {
        techniqueFileProblems_ = loaded.problems;
        status_.message = file + " did not load; the last good version plays on (see the Problems window)";
        return;
    }
    // The region analysis reads the technique on a worker thread: let it finish first.
    if (analysisTask_.valid()) analysisTask_.wait();
    analysisTask_ = {};
    const double timeS = playback_.time();
    const bool playing = playback_.playing();
    const std::string oldId = state_.techniqueId, loadedId = loaded.technique->id;
    vis_.session.reset();  // it refers to the technique about to be replaced
    std::string error;
    const bool replaced = vis_.library.replace(oldId, std::move(*loaded.technique), error);
    if (!replaced) techniqueFileProblems_ = {{file, "/id", error}};
    const std::string newId = replaced ? loadedId : oldId;
    if (!playTechnique(newId, timeS)) return;
    if (playing && !playback_.playing()) playback_.togglePlay();
    if (replaced) {
        techniqueFileProblems_.clear();
        status_.message = "reloaded " + file;
    }
}

void Viewer::setLevel(PressureLevel level) {
    state_.level = allowedLevel(state_, level);
    if (!vis_.session) return;
    vis_.session->setLevel(state_.level);
    vis_.session->update(playback_.time());
    analysis_.reset();
    if (state_.regionPanelOpen) startRegionAnalysis();
}

void Viewer::startRegionAnalysis() {
    if (!vis_.session || !vis_.body || analysisTask_.valid()) return;
    // A separate engine on a worker thread: the UI keeps drawing while the whole
    // technique is sampled. Body and technique outlive the task (owned by vis_).
    const Technique* technique = &vis_.session->technique();
    const Body* body = &*vis_.body;
    const ThresholdTable thresholds = vis_.thresholds;
    const PressureLevel level = state_.level;
    const ContactAreas areas = vis_.session->engine().areas();
    // Where no thread can start (a browser page without threads) it runs deferred, in the frame that asks.
    analysisTask_ = std::async(std::launch::async | std::launch::deferred, [technique, body, thresholds, level, areas] {
        StrokeEngine engine(*technique, *body, areas);
        const ContactSource source = [&engine, level](double t) { return engine.evaluate(t, level).contacts; };
        RegionAnalysis a;
        a.technique = technique->id;
        a.level = level;
        ReportOptions options;
        options.landmarks = body->landmarks;
        options.field.areas = areas;
        a.report = computeRegionReport(body->skin, source, engine.duration(), thresholds, options);
        a.timeline = computeRegionTimeline(body->skin, source, engine.duration());
        return a;
    });
}

void Viewer::saveRegionCsv(bool overTime) {
    if (!analysis_) return;
    const std::string stem = "backrub-" + analysis_->technique + "-" + pressureLevelId(analysis_->level) +
                             (overTime ? "-over-time" : "-regions");
    const std::string name = firstFreeName(stem, ".csv", [](const std::string& n) { return std::filesystem::exists(n); });
    const std::string text = overTime ? regionTimelineCsv(analysis_->timeline) : regionFiguresCsv(analysis_->report);
    std::string error;
    if (name.empty()) status_.message = "could not save: no free file name for " + stem + ".csv";
    else if (!writeFileAtomically(name, text, error)) status_.message = error;
    else {
        status_.message = "saved " + name;
        offerDownload(name);
    }
}

void Viewer::printHandout() {
    if (!vis_.session) return;
    const std::string stem = "backrub-" + vis_.session->technique().id + "-" + pressureLevelId(state_.level) + "-handout";
    const std::string name = firstFreeName(stem, ".pdf", [](const std::string& n) { return std::filesystem::exists(n); });
    std::string error;
    int pages = 0;
    if (name.empty()) status_.message = "could not save: no free file name for " + stem + ".pdf";
    else if (!writeHandout(vis_, Paper::A4, name, pages, error)) status_.message = error;
    else status_.message = "saved " + name + " (" + std::to_string(pages) + " pages)";
    vis_.session->update(playback_.time());  // the handout played the technique through
}

void Viewer::frame(double realDtS) {
    status_.frameMs = status_.frameMs == 0.0f ? float(realDtS * 1000.0)
                                              : status_.frameMs * 0.9f + float(realDtS * 1000.0) * 0.1f;
    if (analysisTask_.valid() &&
        analysisTask_.wait_for(std::chrono::seconds(0)) != std::future_status::timeout) {
        RegionAnalysis a = analysisTask_.get();
        // Drop a result for another technique or level than the one now shown (the
        // user switched while it was computed); the panel then asks again.
        if (vis_.session && state_.wants(a)) analysis_ = std::move(a);
    }
    // Live reload: a look at the technique file twice a second costs one stat.
    constexpr double kWatchEveryS = 0.5;
    if (clockS_ + realDtS >= nextWatchCheckS_) {  // at this frame's time
        nextWatchCheckS_ = clockS_ + realDtS + kWatchEveryS;
        if (techniqueWatch_.changed()) reloadTechniqueFile();
    }
    if (vis_.session) {
        playback_.setStepAtATime(state_.guided);  // "Show me" plays the step shown, then stops
        playback_.advance(realDtS);
        vis_.session->update(playback_.time());
        if (comparing_) syncComparing();
    }
    if (handoutRequested_) {
        handoutRequested_ = false;
        printHandout();
    }

    int w = 0, h = 0;
    context_->drawableSize(w, h);
    clockS_ += realDtS;
    camera_.setBottomInset(state_.cameraBottomInset());
    camera_.setRightInset(state_.cameraRightInset());
    camera_.setLeftInset(state_.cameraLeftInset());
    const SceneKey key = sceneKey(w, h);
    // What lies under a resting cursor changes with the camera and the layers shown.
    if (hoverPixel_ && state_.dragButton == 0 &&
        (key.view != lastScene_.view || key.projection != lastScene_.projection || !(key.settings == lastScene_.settings)))
        updateHover(hoverPixel_->x, hoverPixel_->y);
    const ScenePass pass = refinement_.next(!(key == lastScene_), clockS_);
    lastScene_ = key;
    if (pass != ScenePass::Reuse) drawScene(pass == ScenePass::Still, w, h);
    updateCaptionLayout(w);
    if (screenshotsRequested_ > 0) {
        if (!showingFullDetail()) drawScene(true, w, h);  // handouts get the full-detail picture
        // The scene without the UI, one file for each press (several may come in one frame).
        for (; screenshotsRequested_ > 0; --screenshotsRequested_) takeScreenshot();
    }
    presentScene();

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    // Two frames may share a timestamp (a browser's virtual time in headless tests), and
    // ImGui 1.86 wants time to pass between frames.
    if (ImGui::GetIO().DeltaTime <= 0.0f) ImGui::GetIO().DeltaTime = 1.0f / 10000.0f;
    // The pointer as this window's own motion events put it. ImGui 1.86's SDL backend reads
    // it only while SDL reports the window focused, else keeps the last place it knew: a
    // window without focus (no window manager, SDL's offscreen driver in the UI tests) had
    // the panels believe the pointer still over a button long after it left, so a click on
    // the body went to the panel.
    if (pointer_) ImGui::GetIO().MousePos = ImVec2(pointer_->x, pointer_->y);
    ImGui::NewFrame();
    drawUi();
    ImGui::Render();
    gfx::bindWindowTarget(w, h);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (captureWindow_) {
        windowImage_ = gfx::readWindowPixels(w, h);
        captureWindow_ = false;
    }
    context_->swap();
}

bool Viewer::SceneKey::operator==(const SceneKey& o) const {
    return view == o.view && projection == o.projection && width == o.width && height == o.height &&
           technique == o.technique && timeS == o.timeS && level == o.level && settings == o.settings &&
           outlined == o.outlined && highlighted == o.highlighted && compared == o.compared &&
           comparedTimeS == o.comparedTimeS && comparedLevel == o.comparedLevel;
}

Viewer::SceneKey Viewer::sceneKey(int width, int height) const {
    SceneKey key;
    key.view = camera_.view();
    key.projection = camera_.projection(float(width) / float(height > 0 ? height : 1));
    key.width = width;
    key.height = height;
    if (const TechniqueSession* session = vis_.session.get()) {
        key.technique = &session->technique();
        key.timeS = session->time();
        key.level = session->level();
    }
    key.settings = prefs_.view;
    key.outlined = outlinedRegion();
    key.highlighted = selectedNode_ >= 0 ? selectedNode_ : hoveredNode_;
    if (splitShown()) {
        key.compared = &comparing_->session->technique();
        key.comparedTimeS = comparing_->session->time();
        key.comparedLevel = comparing_->level;
    }
    return key;
}

void Viewer::drawScene(bool fullDetail, int width, int height) {
    if (splitShown()) {
        drawSplitScene(fullDetail, width, height);
        return;
    }
    renderer_.setSharedLegend(std::nullopt);
    gfx::RenderTarget& target = fullDetail ? stillTarget_ : fastTarget_;
    const int samples = fullDetail ? prefs_.view.msaaSamples : 0;
    if (width != target.width() || height != target.height()) target.resize(width, height, samples);
    target.bind();
    ViewSettings settings = prefs_.view;
    settings.lightSkin = !fullDetail;
    renderer_.setOutlinedRegion(outlinedRegion());
    renderer_.setHighlightedNode(selectedNode_ >= 0 ? selectedNode_ : hoveredNode_);
    renderer_.render(camera_, width, height, settings, vis_.session.get());
    target.resolve();
    shown_ = &target;
    shownRect_ = renderer_.drawnRect();
    shownSmoothRect_ = renderer_.smoothRect();
}

Region Viewer::outlinedRegion() const {
    // The region picked in the region figures, while they are open.
    return state_.regionPanelOpen && analysis_ ? state_.selectedRegion : Region::None;
}

void Viewer::updateCaptionLayout(int width) {
    if (!state_.presenting || shownRect_.empty() || width <= 0) return;
    // The picture's width at full size, as a part of the window (a bottom caption scales it down).
    const float fullWidth = float(shownRect_.width) / std::max(1.0f - camera_.bottomInset(), 0.1f) / float(width);
    state_.caption.update(fullWidth);
}

// Fast frames are smoothed in the post pass; the full-detail picture is multisampled.
void Viewer::presentScene() {
    if (splitShown()) presentSplit(0);
    else if (shown_) presenter_.present(*shown_, prefs_.view.theme, shownRect_, shown_ == &fastTarget_, 0, shownSmoothRect_);
}

Image Viewer::sceneImage() {
    if (splitShown() && shown_ && comparing_->shown) return splitImage();
    return shown_ ? presenter_.compose(*shown_, prefs_.view.theme, shownRect_, shown_ == &fastTarget_, shownSmoothRect_) : Image{};
}

Image Viewer::screenshotImage() {
    const Image scene = sceneImage();
    const PixelRect free = camera_.uncoveredRect(scene.width, scene.height);  // y from the bottom row
    return cropImage(scene, free.x, scene.height - free.y - free.height, free.width, free.height);
}

void Viewer::savePrefs() {
    if (!context_) return;
    prefs_.technique = state_.techniqueId;
    prefs_.pressure = state_.level;
    prefs_.speed = playback_.speed();
    prefs_.loop = playback_.loop();
    if (!(SDL_GetWindowFlags(context_->window()) & SDL_WINDOW_FULLSCREEN_DESKTOP))
        SDL_GetWindowSize(context_->window(), &prefs_.windowWidth, &prefs_.windowHeight);
    std::string error;
    if (!prefsPath_.empty() && !savePreferences(prefsPath_, prefs_, error))
        std::fprintf(stderr, "backrub: %s\n", error.c_str());
}

void Viewer::shutdown() {
    if (analysisTask_.valid()) analysisTask_.wait();
    analysisTask_ = {};
    if (editing_) vis_.session.reset();  // it may play the editor's draft
    editing_.reset();
    if (comparing_ && comparing_->reportsTask.valid()) comparing_->reportsTask.wait();
    comparing_.reset();  // its pictures are GL objects: gone before the context
    if (imguiReady_) {
        savePrefs();
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplSDL2_Shutdown();
        ImGui::DestroyContext();
        imguiReady_ = false;
    }
    context_.reset();
}

int Viewer::run() {
    std::string error;
    if (!init(error)) {
        std::fprintf(stderr, "backrub: %s\n", error.c_str());
        shutdown();
        return 1;
    }
    Uint64 last = SDL_GetPerformanceCounter();
    while (!quit_) {
        SDL_Event event;
        while (SDL_PollEvent(&event)) handleEvent(event);
        const Uint64 now = SDL_GetPerformanceCounter();
        const double dt = double(now - last) / double(SDL_GetPerformanceFrequency());
        last = now;
        frame(dt);
    }
    shutdown();
    return 0;
}

}  // namespace backrub::app
