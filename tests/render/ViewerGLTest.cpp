// Drives the real viewer in an offscreen window with synthetic SDL input and
// checks its state and the scene it renders.
#include "app/Viewer.h"
#include "core/body/WorkingArea.h"
#include "gfx/GlDebug.h"
#include "render/GLTestContext.h"
#include "render/ScratchSettings.h"
#include "render/ViewerClick.h"
#include "render/ViewerKeys.h"

#include <SDL.h>
#include <catch2/catch.hpp>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <string>

using namespace backrub;

namespace {

using test::click;
using test::drag;
using test::key;
using test::useScratchSettings;
using test::wheel;

// Two frames (a new ImGui window sizes itself in the first and shows from the second),
// the second kept in build/tests/output/<name>.png to look at.
void saveWindow(app::Viewer& v, const std::string& name) {
    v.frame(0.1);
    v.captureWindow();
    v.frame(0.1);
    std::string error;
    writePng(std::string(BACKRUB_TEST_OUTPUT_DIR) + "/" + name + ".png", v.windowImage(), error);
}

// Frames of `dtS` until playback pauses (at most `limitS` of playing).
void playUntilPaused(app::Viewer& v, double dtS, double limitS) {
    for (double t = 0.0; t < limitS && v.playback().playing(); t += dtS) v.frame(dtS);
}

double differingFraction(const Image& a, const Image& b) {
    return compareImages(a, b, 12).fractionOverTolerance;
}

// Room left and right of, and above and below, the bright pixels (skin and hands on the
// dark studio background): a picture framed in its middle has about as much on each side.
struct Margins {
    int left = 0, right = 0, top = 0, bottom = 0;
};
Margins brightMargins(const Image& image) {
    int x0 = image.width, x1 = -1, y0 = image.height, y1 = -1;
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x) {
            const std::uint8_t* p = &image.rgba[(std::size_t(y) * image.width + x) * 4];
            if (p[0] + p[1] + p[2] < 3 * 110) continue;
            x0 = std::min(x0, x);
            x1 = std::max(x1, x);
            y0 = std::min(y0, y);
            y1 = std::max(y1, y);
        }
    return {x0, image.width - 1 - x1, y0, image.height - 1 - y1};
}

}  // namespace

TEST_CASE("The viewer plays, scrubs, switches techniques, pressure, layers and modes from input", "[render][ui]") {
    const std::string config = useScratchSettings("viewer-config");
    CommandLine cl;
    cl.technique = "spine-line";
    app::Viewer viewer(cl);
    std::string error;
    REQUIRE(viewer.init(error, false));
    gfx::clearGlDebugErrors();
    REQUIRE(viewer.session() != nullptr);
    CHECK(viewer.session()->technique().id == "spine-line");
    CHECK(viewer.level() == PressureLevel::Moderate);
    CHECK(viewer.settings().heat == HeatMode::Live);

    viewer.frame(0.0);
    const Image start = viewer.sceneImage();
    std::string pngError;

    // Play: time moves with frame time; pause stops it.
    key(viewer, SDLK_SPACE);
    CHECK(viewer.playback().playing());
    viewer.frame(0.5);
    viewer.frame(0.5);
    CHECK(viewer.playback().time() == Approx(1.0));
    CHECK_FALSE(viewer.showingFullDetail());  // moving: fast frames
    key(viewer, SDLK_SPACE);
    viewer.frame(0.5);
    CHECK(viewer.playback().time() == Approx(1.0));

    // Held still for a moment, the scene is drawn once at full detail and then kept.
    viewer.frame(0.1);
    viewer.frame(0.3);
    CHECK(viewer.showingFullDetail());
    const Image still = viewer.sceneImage();
    viewer.frame(0.1);
    CHECK(viewer.showingFullDetail());
    CHECK(differingFraction(still, viewer.sceneImage()) == 0.0);

    // Steps and scrubbing.
    key(viewer, SDLK_RIGHT);
    CHECK(viewer.playback().currentStep() == 1);
    key(viewer, SDLK_PERIOD);
    const double afterStep = viewer.playback().time();
    CHECK(afterStep == Approx(viewer.playback().stepStart(1) + 1.0));
    key(viewer, SDLK_END);
    CHECK(viewer.playback().time() == Approx(viewer.playback().duration()));
    key(viewer, SDLK_HOME);
    CHECK(viewer.playback().time() == 0.0);

    // Seek to the middle: hands and heat make the scene differ from the start.
    for (int i = 0; i < 25; ++i) key(viewer, SDLK_PERIOD);
    viewer.captureWindow();
    viewer.frame(0.0);
    writePng(std::string(BACKRUB_TEST_OUTPUT_DIR) + "/viewer-playing.png", viewer.windowImage(), pngError);
    const Image middle = viewer.sceneImage();
    CHECK(differingFraction(start, middle) > 0.001);

    // Pressure level: firmer raises the peak live pressure.
    const auto peak = [&] {
        float m = 0.0f;
        for (float p : viewer.session()->dose().live()) m = std::max(m, p);
        return m;
    };
    const float moderatePeak = peak();
    key(viewer, SDLK_RIGHTBRACKET);
    CHECK(viewer.level() == PressureLevel::Firm);
    viewer.frame(0.0);
    CHECK(peak() > moderatePeak);

    // Heat map off changes the picture; layers: hiding the skin shows what is under it.
    const Image heatOn = viewer.sceneImage();
    key(viewer, SDLK_h);  // live -> cumulative
    key(viewer, SDLK_h);  // -> threshold
    key(viewer, SDLK_h);  // -> off
    CHECK(viewer.settings().heat == HeatMode::Off);
    viewer.frame(0.0);
    CHECK(differingFraction(heatOn, viewer.sceneImage()) > 0.0);
    key(viewer, SDLK_s);
    CHECK_FALSE(viewer.settings().layer(Layer::Skin).visible);
    viewer.frame(0.0);
    CHECK(differingFraction(heatOn, viewer.sceneImage()) > 0.02);
    key(viewer, SDLK_s);
    // T hides the massage table round the body (and shows it again).
    CHECK(viewer.settings().layer(Layer::Table).visible);
    viewer.frame(0.0);
    const Image withTable = viewer.sceneImage();
    key(viewer, SDLK_t);
    CHECK_FALSE(viewer.settings().layer(Layer::Table).visible);
    viewer.frame(0.0);
    CHECK(differingFraction(withTable, viewer.sceneImage()) > 0.02);
    key(viewer, SDLK_t);
    CHECK(viewer.settings().layer(Layer::Table).visible);

    // Camera: a preset key and a drag both move the eye; the wheel zooms.
    const float yaw = viewer.camera().yawDeg();
    key(viewer, SDLK_2);
    CHECK(viewer.camera().yawDeg() != yaw);
    const float yawLeft = viewer.camera().yawDeg();
    drag(viewer, SDL_BUTTON_LEFT, 50, 0);
    CHECK(viewer.camera().yawDeg() == Approx(yawLeft - 50 * OrbitCamera::kDegreesPerPixel));

    // Technique browser by keyboard, guided and presentation modes.
    key(viewer, SDLK_PAGEDOWN);
    REQUIRE(viewer.session() != nullptr);
    CHECK(viewer.session()->technique().id != "spine-line");
    CHECK(viewer.playback().time() == 0.0);
    key(viewer, SDLK_g);
    CHECK(viewer.guided());
    viewer.frame(0.1);  // a new ImGui window sizes itself in its first frame and shows from the second
    viewer.captureWindow();
    viewer.frame(0.1);
    // The window holds the scene and the panels: it differs from the scene alone.
    REQUIRE(viewer.windowImage().width > 0);
    CHECK(differingFraction(viewer.windowImage(), viewer.sceneImage()) > 0.05);
    writePng(std::string(BACKRUB_TEST_OUTPUT_DIR) + "/viewer-guided.png", viewer.windowImage(), pngError);
    key(viewer, SDLK_p);
    CHECK(viewer.presenting());
    viewer.frame(0.1);
    viewer.captureWindow();
    viewer.frame(0.1);
    writePng(std::string(BACKRUB_TEST_OUTPUT_DIR) + "/viewer-presenting.png", viewer.windowImage(), pngError);
    // The caption goes beside the tall back view (which keeps its full size) and below a picture
    // too wide to share the window with it (the side view zoomed in).
    // F12 keeps the part the caption leaves free: the picture as framed, as much room on each side.
    key(viewer, SDLK_1);
    for (int i = 0; i < 3; ++i) viewer.frame(0.1);
    CHECK(viewer.camera().rightInset() > 0.0f);
    CHECK(viewer.camera().bottomInset() == 0.0f);
    const Image scene = viewer.sceneImage();
    const Image beside = viewer.screenshotImage();
    CHECK(beside.width == scene.width - int(std::lround(viewer.camera().rightInset() * float(scene.width))));
    CHECK(beside.height == scene.height);
    writePng(std::string(BACKRUB_TEST_OUTPUT_DIR) + "/viewer-presenting-screenshot-beside.png", beside, pngError);
    const Margins m = brightMargins(beside);
    CHECK(std::abs(m.left - m.right) < beside.width / 10);
    // Measured on the body alone: from the side, the table's legs run down off the picture.
    key(viewer, SDLK_t);
    key(viewer, SDLK_2);
    wheel(viewer, 4);
    for (int i = 0; i < 3; ++i) viewer.frame(0.1);
    CHECK(viewer.camera().rightInset() == 0.0f);
    CHECK(viewer.camera().bottomInset() > 0.0f);
    const Image below = viewer.screenshotImage();
    CHECK(below.width == scene.width);
    CHECK(below.height == scene.height - int(std::lround(viewer.camera().bottomInset() * float(scene.height))));
    writePng(std::string(BACKRUB_TEST_OUTPUT_DIR) + "/viewer-presenting-screenshot-below.png", below, pngError);
    const Margins n = brightMargins(below);
    CHECK(std::abs(n.top - n.bottom) < below.height / 5);
    key(viewer, SDLK_t);

    // Three presses in one frame (a few milliseconds) give three files, none overwritten.
    const std::filesystem::path shots = std::string(BACKRUB_TEST_OUTPUT_DIR) + "/viewer-screenshots";
    std::filesystem::remove_all(shots);
    std::filesystem::create_directories(shots);
    const std::filesystem::path cwd = std::filesystem::current_path();
    std::filesystem::current_path(shots);
    for (int i = 0; i < 3; ++i) key(viewer, SDLK_F12);
    viewer.frame(0.0);
    std::filesystem::current_path(cwd);
    int written = 0;
    for (const auto& entry : std::filesystem::directory_iterator(shots)) {
        CHECK(entry.path().filename().string().rfind("backrub-", 0) == 0);
        CHECK(entry.path().extension() == ".png");
        ++written;
    }
    CHECK(written == 3);
    CHECK_THAT(viewer.statusMessage(), Catch::StartsWith("screenshot backrub-"));
    key(viewer, SDLK_ESCAPE);
    CHECK_FALSE(viewer.presenting());
    viewer.frame(0.1);

    test::requireNoGlErrors();
    viewer.shutdown();
    // Closing saved the settings where the test pointed them.
    Problems problems;
    const Preferences saved = loadPreferences(config + "/backrub/settings.json", problems);
    CHECK(problems.empty());
    CHECK(saved.pressure == PressureLevel::Firm);
    CHECK(saved.technique != "spine-line");
}

TEST_CASE("The viewer shows a broken model's problems and keeps running on the generated body", "[render][ui]") {
    useScratchSettings("viewer-config-bad-model");
    const std::string bad = std::string(BACKRUB_TEST_OUTPUT_DIR) + "/not-a-model.glb";
    {
        std::ofstream out(bad, std::ios::binary);
        out << "glTF this is not a GLB";
    }
    CommandLine cl;
    cl.model = bad;
    cl.technique = "no-such-technique";
    app::Viewer viewer(cl);
    std::string error;
    REQUIRE(viewer.init(error, false));
    REQUIRE_FALSE(viewer.modelProblems().empty());
    CHECK(viewer.modelProblems().front().file == bad);
    CHECK_THAT(viewer.statusMessage(), Catch::Contains("no-such-technique"));
    REQUIRE(viewer.session() != nullptr);  // fell back to the generated body and the first technique
    viewer.frame(0.1);
    viewer.captureWindow();
    viewer.frame(0.1);
    std::string pngError;
    writePng(std::string(BACKRUB_TEST_OUTPUT_DIR) + "/viewer-bad-model.png", viewer.windowImage(), pngError);
    test::requireNoGlErrors();
}

TEST_CASE("The viewer plays a technique file and lists the user's folder with its problems", "[render][ui]") {
    const std::string config = useScratchSettings("viewer-config-own-techniques");
    const std::string folder = config + "/data/backrub/techniques";
    std::filesystem::create_directories(folder);
    std::filesystem::copy_file(BACKRUB_TEST_DATA_DIR "/techniques/my-lumbar-glide.json", folder + "/mine.json");
    std::ofstream(folder + "/broken.json") << "{";
    CommandLine cl;
    cl.technique = folder + "/mine.json";  // the folder's own file: played, not a clash with itself
    app::Viewer viewer(cl);
    std::string error;
    REQUIRE(viewer.init(error, false));
    CHECK(viewer.state().techniqueId == "my-lumbar-glide");
    REQUIRE(viewer.session() != nullptr);
    CHECK(viewer.techniques().isUsers("my-lumbar-glide"));
    REQUIRE(viewer.techniques().problems.size() == 1);
    CHECK(viewer.techniques().problems[0].file == folder + "/broken.json");
    CHECK_THAT(viewer.statusMessage(), Catch::Contains("see the Problems window"));
    viewer.frame(0.1);  // the browser marks it "(yours)" and the Problems window names broken.json
    viewer.captureWindow();
    viewer.frame(0.1);
    std::string pngError;
    writePng(std::string(BACKRUB_TEST_OUTPUT_DIR) + "/viewer-own-techniques.png", viewer.windowImage(), pngError);
    test::requireNoGlErrors();
}

TEST_CASE("The viewer refuses a technique file with problems before opening a window", "[render][ui]") {
    useScratchSettings("viewer-config-broken-technique");
    CommandLine cl;
    cl.technique = BACKRUB_TEST_DATA_DIR "/techniques/duplicate-key.json";
    app::Viewer viewer(cl);
    std::string error;
    CHECK_FALSE(viewer.init(error, false));
    CHECK_THAT(error, Catch::StartsWith(cl.technique + ": /steps/0/actions/0/forceN/firm: "));
}

TEST_CASE("The viewer frames the body beside its main panel, in every preset", "[render][ui]") {
    const std::string config = std::string(BACKRUB_TEST_OUTPUT_DIR) + "/viewer-config-framing";
    std::filesystem::remove_all(config);
    setenv("XDG_CONFIG_HOME", config.c_str(), 1);
    app::useOffscreenDriver();
    CommandLine cl;
    cl.technique = "spine-line";  // a technique named: no first-start chooser
    app::Viewer viewer(cl);
    std::string error;
    REQUIRE(viewer.init(error, false, 1280, 720));
    viewer.frame(0.0);
    viewer.frame(0.0);  // the panel's size is known after the first frame
    const float panel = viewer.state().panelRight;
    INFO("main panel covers " << panel << " of the width");
    REQUIRE(panel > 0.2f);
    REQUIRE(viewer.session() != nullptr);
    const auto& skin = viewer.session()->body().skin.positions;
    glm::vec3 lo, hi;  // the working area is framed; head and feet may reach past it
    REQUIRE(workingAreaBounds(viewer.session()->body(), lo, hi));
    for (SDL_Keycode k : {SDLK_1, SDLK_2, SDLK_3, SDLK_4, SDLK_5}) {
        key(viewer, k);
        viewer.frame(0.0);
        const OrbitCamera& camera = viewer.camera();
        const glm::mat4 toClip = camera.projection(1280.0f / 720.0f) * camera.view();
        float leftmost = 1.0f;
        for (std::size_t i = 0; i < skin.size(); i += 7) {
            if (skin[i].z < lo.z || skin[i].z > hi.z) continue;
            const glm::vec4 clip = toClip * glm::vec4(skin[i], 1.0f);
            leftmost = std::min(leftmost, clip.x / clip.w);
        }
        INFO("view key " << k << ": leftmost skin at NDC " << leftmost);
        CHECK(leftmost >= -1.0f + 2.0f * panel - 0.01f);  // never under the panel
    }
    // Zooming at a point off-centre moves the target toward it.
    const glm::vec3 before = viewer.camera().target();
    wheel(viewer, 3, 1100, 200);
    CHECK(glm::length(viewer.camera().target() - before) > 0.0f);
    viewer.shutdown();
}

TEST_CASE("First start asks who it is for: a partner gets a guided beginner technique, one step per Show me, "
          "and a finish screen", "[render][ui]") {
    const std::string config = std::string(BACKRUB_TEST_OUTPUT_DIR) + "/viewer-config-first-start";
    std::filesystem::remove_all(config);  // no settings file yet: a first start
    setenv("XDG_CONFIG_HOME", config.c_str(), 1);
    app::useOffscreenDriver();
    std::string error;
    {
        app::Viewer viewer(CommandLine{});
        REQUIRE(viewer.init(error, false));
        gfx::clearGlDebugErrors();
        CHECK(viewer.state().chooserOpen);
        saveWindow(viewer, "viewer-chooser");
        for (const char* card : {"chooser.learn", "chooser.teach", "chooser.partner"}) CHECK(viewer.hotspot(card));
        CHECK_FALSE(viewer.hotspot("main.audience"));  // the chooser is alone on screen
        key(viewer, SDLK_g);  // other keys wait for the choice
        CHECK_FALSE(viewer.guided());

        click(viewer, "chooser.partner");
        CHECK_FALSE(viewer.state().chooserOpen);
        CHECK(viewer.audience() == Audience::Partner);
        REQUIRE(viewer.session() != nullptr);
        CHECK(viewer.session()->technique().level == TechniqueLevel::Beginner);
        CHECK(viewer.session()->technique().id == "hand-placement");
        CHECK(viewer.guided());
        CHECK(viewer.level() == PressureLevel::Gentle);
        key(viewer, SDLK_RIGHTBRACKET);
        key(viewer, SDLK_RIGHTBRACKET);
        CHECK(viewer.level() == PressureLevel::Moderate);  // firm is not offered
        // The expert panels are hidden: the simple panel is drawn in place of the full one.
        CHECK_FALSE(viewer.state().allControls);
        saveWindow(viewer, "viewer-partner");
        CHECK(viewer.hotspot("lay.all-controls"));
        CHECK(viewer.hotspot("lay.moderate"));
        CHECK_FALSE(viewer.hotspot("main.audience"));

        // "Show me" (Space in guided mode) plays step 1 and stops exactly at its end.
        REQUIRE(viewer.playback().stepCount() >= 2);
        CHECK(viewer.playback().currentStep() == 0);
        key(viewer, SDLK_SPACE);
        CHECK(viewer.playback().playing());
        playUntilPaused(viewer, 0.3, 60.0);
        CHECK_FALSE(viewer.playback().playing());
        CHECK(viewer.playback().time() == viewer.playback().stepEnd(0));
        CHECK(viewer.playback().currentStep() == 1);
        // The next one plays the last step; at its end comes the finish screen.
        key(viewer, SDLK_SPACE);
        playUntilPaused(viewer, 0.3, 60.0);
        CHECK(viewer.playback().atEnd());
        saveWindow(viewer, "viewer-finish");
        REQUIRE(viewer.hotspot("finish.repeat"));
        CHECK_FALSE(viewer.hotspot("lay.all-controls"));

        click(viewer, "finish.repeat");
        CHECK(viewer.playback().time() == 0.0);
        CHECK_FALSE(viewer.hotspot("finish.repeat"));
        CHECK(viewer.guided());

        key(viewer, SDLK_END);
        viewer.frame(0.1);
        click(viewer, "finish.pick");
        viewer.frame(0.1);
        CHECK_FALSE(viewer.hotspot("finish.technique.hand-placement"));  // the one just done
        CHECK_FALSE(viewer.hotspot("finish.technique.circular-kneading"));  // not a beginner's
        click(viewer, "finish.technique.spine-line");
        REQUIRE(viewer.session() != nullptr);
        CHECK(viewer.session()->technique().id == "spine-line");
        CHECK(viewer.playback().time() == 0.0);
        CHECK(viewer.guided());

        // "Show all controls" brings the expert panels back.
        click(viewer, "lay.all-controls");
        CHECK(viewer.state().allControls);
        viewer.frame(0.1);
        CHECK(viewer.hotspot("main.audience"));
        test::requireNoGlErrors();
        viewer.shutdown();
    }
    Problems problems;
    CHECK(loadPreferences(config + "/backrub/settings.json", problems).audience == Audience::Partner);
    CHECK(problems.empty());

    // The next start remembers: no chooser, guided with the simple panel.
    app::Viewer again(CommandLine{});
    REQUIRE(again.init(error, false));
    CHECK_FALSE(again.state().chooserOpen);
    CHECK(again.guided());
    CHECK_FALSE(again.state().allControls);
    again.frame(0.1);
    test::requireNoGlErrors();
}

TEST_CASE("The viewer shows warnings in view and the guided panel says what to do", "[render][ui]") {
    useScratchSettings("viewer-config-warnings");
    CommandLine cl;
    cl.technique = "thumb-circles-lumbar";
    app::Viewer viewer(cl);
    std::string error;
    REQUIRE(viewer.init(error, false));
    key(viewer, SDLK_RIGHTBRACKET);
    REQUIRE(viewer.level() == PressureLevel::Firm);
    // Play to a moment when a firm thumb is over a kidney zone's safe limit, then pause there.
    key(viewer, SDLK_SPACE);
    for (int i = 0; i < 1200 && viewer.session()->safety().activeAt(viewer.session()->time()).empty(); ++i)
        viewer.frame(0.05);
    key(viewer, SDLK_SPACE);
    key(viewer, SDLK_g);
    viewer.frame(0.1);  // new windows size themselves in their first frame
    viewer.captureWindow();
    viewer.frame(0.1);
    std::string pngError;
    writePng(std::string(BACKRUB_TEST_OUTPUT_DIR) + "/viewer-warnings.png", viewer.windowImage(), pngError);
    const TechniqueSession& session = *viewer.session();
    REQUIRE_FALSE(session.safety().activeAt(session.time()).empty());

    // The warnings window and the guided panel lie wholly inside the window, the
    // warnings above the transport bar (nothing below a fold).
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float transportTop = display.y - 2.0f * ImGui::GetFrameHeightWithSpacing();
    for (const char* name : {"###warnings", "Guided massage"}) {
        INFO(name);
        const ImGuiWindow* w = ImGui::FindWindowByName(name);
        REQUIRE(w != nullptr);
        CHECK(w->WasActive);
        CHECK(w->Pos.x >= 0.0f);
        CHECK(w->Pos.y >= 0.0f);
        CHECK(w->Pos.x + w->Size.x <= display.x);
        CHECK(w->Pos.y + w->Size.y <= transportTop);
    }
    // The guided panel grows by the warning's plain words: leaving the warning's time shrinks it.
    const float withWarning = ImGui::FindWindowByName("Guided massage")->Size.y;
    key(viewer, SDLK_HOME);
    viewer.frame(0.1);
    viewer.frame(0.1);
    REQUIRE(viewer.session()->safety().warnings().empty());
    CHECK(ImGui::FindWindowByName("Guided massage")->Size.y < withWarning);
    test::requireNoGlErrors();
}

// A viewer at 1280x720 on `technique` ("" for none named on the command line) whose settings
// folder (a fresh one under the test output) holds one file, backrub/`name`, with `text`.
std::unique_ptr<app::Viewer> viewerWithConfigFile(const std::string& folder, const std::string& name, const std::string& text,
                                                  const std::string& technique = "spine-line") {
    const std::string config = std::string(BACKRUB_TEST_OUTPUT_DIR) + "/" + folder;
    std::filesystem::remove_all(config);
    std::filesystem::create_directories(config + "/backrub");
    std::ofstream(config + "/backrub/" + name) << text;
    setenv("XDG_CONFIG_HOME", config.c_str(), 1);
    app::useOffscreenDriver();
    CommandLine cl;
    cl.technique = technique;
    auto viewer = std::make_unique<app::Viewer>(cl);
    std::string error;
    REQUIRE(viewer->init(error, false, 1280, 720));
    return viewer;
}

TEST_CASE("A broken layout file leaves the main panel usable and on screen", "[render][ui]") {
    // A layout.ini with a panel 18 px square, or one placed far outside the window.
    for (const char* panel : {"Pos=8,8\nSize=18,18\n", "Pos=5000,4000\nSize=400,500\n"}) {
        INFO(panel);
        const auto viewer = viewerWithConfigFile("viewer-config-broken-layout", "layout.ini",
                                                 std::string("[Window][Backrub]\n") + panel + "Collapsed=0\n");
        for (int i = 0; i < 3; ++i) viewer->frame(0.0);
        CHECK(viewer->state().panelRight > 0.2f);  // docked at the left edge, a usable width
    }
}

TEST_CASE("The settings file's Problems window closes and stays closed", "[render][ui]") {
    const auto started = viewerWithConfigFile("viewer-config-problems", "settings.json", "{\"theme\": \"purple\"}");
    app::Viewer& viewer = *started;
    viewer.frame(0.0);
    viewer.frame(0.0);
    REQUIRE(viewer.problemsWindowOpen(1));
    click(viewer, "problems.1.close");
    CHECK_FALSE(viewer.problemsWindowOpen(1));
    for (int i = 0; i < 3; ++i) viewer.frame(0.1);
    CHECK_FALSE(viewer.problemsWindowOpen(1));
    CHECK_FALSE(viewer.hotspot("problems.1.close"));  // not drawn any more
}

TEST_CASE("A technique the settings file names that is gone is reported and the first one opens", "[render][ui]") {
    // No technique on the command line: the settings file's is asked for.
    const auto started = viewerWithConfigFile("viewer-config-gone-technique", "settings.json",
                                              "{\"technique\": \"gone-technique\", \"audience\": \"teach\"}", "");
    app::Viewer& viewer = *started;
    viewer.frame(0.0);
    REQUIRE(viewer.session() != nullptr);
    CHECK(viewer.session()->technique().id == "circular-kneading");
    REQUIRE(viewer.settingsProblems().size() == 1);
    const Problem& p = viewer.settingsProblems().front();
    CHECK(p.location == "/technique");
    CHECK_THAT(p.message, Catch::Contains("gone-technique") && Catch::Contains("spine-line"));
    CHECK(viewer.problemsWindowOpen(1));
}

TEST_CASE("The viewer prints a handout of the technique on screen into the current folder and plays on where it was",
          "[render][ui]") {
    useScratchSettings("viewer-config-handout");
    CommandLine cl;
    cl.technique = "hand-placement";
    app::Viewer viewer(cl);
    std::string error;
    REQUIRE(viewer.init(error, false));
    gfx::clearGlDebugErrors();
    viewer.frame(0.0);
    viewer.frame(0.0);
    const double before = viewer.session()->time();

    const std::filesystem::path folder = std::string(BACKRUB_TEST_OUTPUT_DIR) + "/viewer-handout";
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    const std::filesystem::path cwd = std::filesystem::current_path();
    std::filesystem::current_path(folder);
    click(viewer, "main.handout");
    std::filesystem::current_path(cwd);

    const std::string name = "backrub-hand-placement-moderate-handout.pdf";
    CHECK_THAT(viewer.statusMessage(), Catch::StartsWith("saved " + name + " (") && Catch::EndsWith(" pages)"));
    REQUIRE(std::filesystem::exists(folder / name));
    CHECK(std::filesystem::file_size(folder / name) > 10000);
    CHECK(viewer.session()->time() == Approx(before));  // played through for the pictures, then back
    test::requireNoGlErrors();
    viewer.shutdown();
}

TEST_CASE("The viewer reloads the technique file on screen after each save and keeps the last good one", "[render][ui]") {
    const std::string config = useScratchSettings("viewer-config-live-reload");
    const std::string folder = config + "/data/backrub/techniques";
    std::filesystem::create_directories(folder);
    const std::string file = folder + "/mine.json";
    std::ifstream in(BACKRUB_TEST_DATA_DIR "/techniques/my-lumbar-glide.json");
    const std::string good((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::ofstream(file) << good;
    // save(TEXT): the editor writes the file; its time moves on so the save shows whatever
    // the file system's clock resolution.
    int saves = 0;
    auto save = [&](const std::string& text) {
        const auto before = std::filesystem::last_write_time(file);
        std::ofstream(file, std::ios::trunc) << text;
        std::filesystem::last_write_time(file, before + std::chrono::seconds(++saves));
    };
    CommandLine cl;
    cl.technique = "my-lumbar-glide";
    app::Viewer viewer(cl);
    std::string error;
    REQUIRE(viewer.init(error, false));
    REQUIRE(viewer.session() != nullptr);
    CHECK(viewer.session()->technique().title == "My lumbar glide");
    viewer.frame(0.1);
    test::key(viewer, SDLK_PERIOD);  // one second on
    test::key(viewer, SDLK_PERIOD);
    viewer.frame(0.1);
    const double timeS = viewer.playback().time();
    REQUIRE(timeS > 1.5);
    const glm::mat4 view = viewer.camera().view();

    // A good save: the new version plays from the same time, the camera stays.
    std::string edited = good;
    edited.replace(edited.find("\"My lumbar glide\""), std::string("\"My lumbar glide\"").size(), "\"My lumbar glide, edited\"");
    save(edited);
    viewer.frame(0.6);
    REQUIRE(viewer.session() != nullptr);
    CHECK(viewer.session()->technique().title == "My lumbar glide, edited");
    CHECK(viewer.playback().time() == Approx(timeS));
    CHECK(viewer.camera().view() == view);
    CHECK(viewer.techniqueFileProblems().empty());
    CHECK_THAT(viewer.statusMessage(), Catch::Contains("reloaded"));

    // A broken save: its problems show, the last good version plays on.
    save("{ \"format\": \"backrub.technique/1\", ");
    viewer.frame(0.6);
    REQUIRE(viewer.session() != nullptr);
    CHECK(viewer.session()->technique().title == "My lumbar glide, edited");
    REQUIRE_FALSE(viewer.techniqueFileProblems().empty());
    CHECK(viewer.techniqueFileProblems()[0].file == file);
    viewer.captureWindow();
    viewer.frame(0.1);
    CHECK(viewer.problemsWindowOpen(3));
    CHECK(viewer.playback().time() == Approx(timeS));
    std::string pngError;
    writePng(std::string(BACKRUB_TEST_OUTPUT_DIR) + "/viewer-live-reload-problems.png", viewer.windowImage(), pngError);

    // Fixed again: reloaded, the problems gone.
    save(good);
    viewer.frame(0.6);
    CHECK(viewer.session()->technique().title == "My lumbar glide");
    CHECK(viewer.techniqueFileProblems().empty());
    test::requireNoGlErrors();
}
