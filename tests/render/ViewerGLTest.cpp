// Drives the real viewer in an offscreen window with synthetic SDL input and
// checks its state and the scene it renders.
#include "app/Viewer.h"
#include "gfx/GlDebug.h"
#include "render/GLTestContext.h"

#include <SDL.h>
#include <catch2/catch.hpp>
#include <imgui.h>
#include <imgui_internal.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

using namespace backrub;

namespace {

void key(app::Viewer& v, SDL_Keycode k) {
    SDL_Event e{};
    e.type = SDL_KEYDOWN;
    e.key.keysym.sym = k;
    v.handleEvent(e);
    e.type = SDL_KEYUP;
    v.handleEvent(e);
}

void drag(app::Viewer& v, Uint8 button, int dx, int dy) {
    SDL_Event e{};
    e.type = SDL_MOUSEBUTTONDOWN;
    e.button.button = button;
    e.button.x = 640;
    e.button.y = 360;
    v.handleEvent(e);
    SDL_Event m{};
    m.type = SDL_MOUSEMOTION;
    m.motion.x = 640 + dx;
    m.motion.y = 360 + dy;
    m.motion.xrel = dx;
    m.motion.yrel = dy;
    v.handleEvent(m);
    e.type = SDL_MOUSEBUTTONUP;
    v.handleEvent(e);
}

void wheel(app::Viewer& v, int steps) {
    SDL_Event e{};
    e.type = SDL_MOUSEWHEEL;
    e.wheel.y = steps;
    v.handleEvent(e);
}

// Settings go to a fresh scratch folder, so a test neither reads nor changes the
// user's and starts from defaults, not from the last run's saved settings; SDL draws
// offscreen. Returns the folder.
std::string useScratchSettings(const std::string& name) {
    const std::string config = std::string(BACKRUB_TEST_OUTPUT_DIR) + "/" + name;
    std::filesystem::remove_all(config);
    setenv("XDG_CONFIG_HOME", config.c_str(), 1);
    app::useOffscreenDriver();
    return config;
}

double differingFraction(const Image& a, const Image& b) {
    return compareImages(a, b, 12).fractionOverTolerance;
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
    CHECK(differingFraction(heatOn, viewer.sceneImage()) > 0.05);
    key(viewer, SDLK_s);

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
    key(viewer, SDLK_1);
    for (int i = 0; i < 3; ++i) viewer.frame(0.1);
    CHECK(viewer.camera().rightInset() > 0.0f);
    CHECK(viewer.camera().bottomInset() == 0.0f);
    key(viewer, SDLK_2);
    wheel(viewer, 4);
    for (int i = 0; i < 3; ++i) viewer.frame(0.1);
    CHECK(viewer.camera().rightInset() == 0.0f);
    CHECK(viewer.camera().bottomInset() > 0.0f);
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

TEST_CASE("The viewer shows warnings in view and the guided panel says what to do", "[render][ui]") {
    useScratchSettings("viewer-config-warnings");
    CommandLine cl;
    cl.technique = "thumb-circles-lumbar";
    app::Viewer viewer(cl);
    std::string error;
    REQUIRE(viewer.init(error, false));
    key(viewer, SDLK_RIGHTBRACKET);
    REQUIRE(viewer.level() == PressureLevel::Firm);
    for (int i = 0; i < 20; ++i) key(viewer, SDLK_PERIOD);  // 20 s: a thumb circles over the spine line
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
