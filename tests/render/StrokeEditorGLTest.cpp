// The stroke editor in the real viewer, as an instructor uses it: open it, start a new
// technique, click on the back to lay a path, undo and redo with the keyboard, save it
// into the techniques folder, and play the saved file.
#include "app/Viewer.h"
#include "core/technique/TechniqueLoader.h"
#include "gfx/GlDebug.h"
#include "render/GLTestContext.h"
#include "render/ScratchSettings.h"
#include "render/ViewerClick.h"
#include "render/ViewerKeys.h"
#include "ui/StrokeEditorPanel.h"

#include <SDL.h>
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace backrub;

namespace {

// The window pixel (1280x720) over a point of the body, as the viewer's camera shows it.
glm::ivec2 pixelOf(const app::Viewer& v, const glm::vec3& p) {
    const glm::vec4 clip = v.camera().projection(1280.0f / 720.0f) * v.camera().view() * glm::vec4(p, 1.0f);
    const glm::vec3 ndc = glm::vec3(clip) / clip.w;
    return {int(std::lround((ndc.x * 0.5f + 0.5f) * 1280.0f)), int(std::lround((0.5f - ndc.y * 0.5f) * 720.0f))};
}

// A left click on the scene: down and up at one pixel, a frame apart.
void clickScene(app::Viewer& v, glm::ivec2 at) {
    test::pointTo(v, at.x, at.y);
    v.frame(0.0);
    SDL_Event e{};
    e.type = SDL_MOUSEBUTTONDOWN;
    e.button.button = SDL_BUTTON_LEFT;
    e.button.x = at.x;
    e.button.y = at.y;
    v.handleEvent(e);
    v.frame(0.0);
    e.type = SDL_MOUSEBUTTONUP;
    v.handleEvent(e);
    v.frame(0.0);
}

void ctrlKey(app::Viewer& v, SDL_Keycode k) {
    SDL_SetModState(KMOD_LCTRL);
    test::key(v, k);
    SDL_SetModState(KMOD_NONE);
}

}  // namespace

TEST_CASE("An instructor lays a path on the skin, undoes, saves and plays the new technique", "[render][ui]") {
    const std::string config = test::useScratchSettings("viewer-config-stroke-editor");
    CommandLine cl;
    cl.technique = "spine-line";
    app::Viewer viewer(cl);
    std::string error;
    REQUIRE(viewer.init(error, false, 1280, 720));
    gfx::clearGlDebugErrors();
    viewer.frame(0.0);
    viewer.frame(0.0);

    // Opened on a shipped technique: the user's copy, under an id of its own.
    test::click(viewer, "main.editor");
    REQUIRE(viewer.strokeEditor());
    CHECK(viewer.strokeEditor()->draft().id == "spine-line-mine");
    CHECK(viewer.session()->technique().id == "spine-line-mine");  // the copy plays

    test::click(viewer, "editor.new");
    REQUIRE(viewer.strokeEditor()->draft().id == "my-technique");
    REQUIRE(viewer.strokeEditor()->action());
    CHECK(viewer.strokeEditor()->action()->path.empty());
    CHECK_FALSE(viewer.strokeEditor()->problems().empty());

    // Two clicks on the back, 3 cm to the receiver's left of the L4 and T11 spinous processes.
    test::key(viewer, SDLK_1);  // the back view
    viewer.frame(0.0);
    const Body& body = *viewer.shownBody();
    const glm::vec3 l4 = body.landmark("L4")->position + glm::vec3(0.03f, 0.0f, 0.0f);
    const glm::vec3 t11 = body.landmark("T11")->position + glm::vec3(0.03f, 0.0f, 0.0f);
    clickScene(viewer, pixelOf(viewer, l4));
    INFO(viewer.strokeEditorMessage() << " at " << pixelOf(viewer, l4).x << "," << pixelOf(viewer, l4).y);
    {
        viewer.captureWindow();
        viewer.frame(0.0);
        std::string e;
        writePng(std::string(BACKRUB_TEST_OUTPUT_DIR) + "/viewer-stroke-editor-debug.png", viewer.windowImage(), e);
    }
    REQUIRE(viewer.strokeEditor()->action()->path.size() == 1);
    clickScene(viewer, pixelOf(viewer, t11));
    const std::vector<BodyPoint> path = viewer.strokeEditor()->action()->path;
    REQUIRE(path.size() == 2);
    // Named from the spine as a person would: the level clicked (or its neighbour), about 3 cm out.
    CHECK((path[0].spineLevel == "L4" || path[0].spineLevel == "L3" || path[0].spineLevel == "L5"));
    CHECK((path[1].spineLevel == "T11" || path[1].spineLevel == "T10" || path[1].spineLevel == "T12"));
    for (const BodyPoint& p : path) CHECK(p.lateralCm == Approx(3.0f).margin(1.5f));
    CHECK(viewer.strokeEditor()->problems().empty());
    REQUIRE(viewer.session());
    CHECK(viewer.session()->technique().id == "my-technique");  // the draft plays with its heat map
    CHECK(viewer.session()->technique().steps[0].actions[0].path.size() == 2);
    // On the midline too (a hand resting on the spine's line).
    {
        const glm::vec3 l3 = body.landmark("L3")->position;
        for (int dx = -3; dx <= 3; ++dx) {
            const glm::ivec2 at = pixelOf(viewer, l3) + glm::ivec2(dx, 0);
            clickScene(viewer, at);
            INFO("midline click at " << at.x << "," << at.y << ": " << viewer.strokeEditorMessage());
            CHECK(viewer.strokeEditor()->action()->path.size() == 3);
            ctrlKey(viewer, SDLK_z);
        }
    }
    // A drag turns the body and lays nothing.
    test::drag(viewer, SDL_BUTTON_LEFT, 40, 0, 640, 400);
    viewer.frame(0.0);
    CHECK(viewer.strokeEditor()->action()->path.size() == 2);
    test::key(viewer, SDLK_1);

    // Ctrl+Z takes the last waypoint back (the last good draft plays on); Ctrl+Y brings it again.
    ctrlKey(viewer, SDLK_z);
    CHECK(viewer.strokeEditor()->action()->path.size() == 1);
    CHECK(viewer.session()->technique().steps[0].actions[0].path.size() == 2);
    ctrlKey(viewer, SDLK_y);
    CHECK(viewer.strokeEditor()->action()->path.size() == 2);

    viewer.frame(0.1);
    viewer.captureWindow();
    viewer.frame(0.1);
    std::string pngError;
    writePng(std::string(BACKRUB_TEST_OUTPUT_DIR) + "/viewer-stroke-editor.png", viewer.windowImage(), pngError);

    // Saved into the techniques folder: it validates, and reads back as the draft.
    test::click(viewer, "editor.save");
    const std::string file = config + "/data/backrub/techniques/my-technique.json";
    INFO(viewer.strokeEditorMessage());
    REQUIRE(std::filesystem::exists(file));
    const TechniqueLoadResult saved = loadTechniqueFile(file);
    INFO(formatProblems(saved.problems));
    REQUIRE(saved.technique);
    CHECK(saved.technique->steps[0].actions[0].path.size() == 2);
    CHECK(saved.technique->steps[0].actions[0].path[0].lateralCm == path[0].lateralCm);
    CHECK(viewer.techniques().isUsers("my-technique"));
    CHECK_THAT(viewer.strokeEditorMessage(), Catch::StartsWith("Saved " + file));

    // Closed: the saved file plays from the technique list.
    test::click(viewer, "editor.close");
    CHECK_FALSE(viewer.strokeEditor());
    REQUIRE(viewer.session());
    CHECK(viewer.session()->technique().id == "my-technique");
    CHECK(viewer.techniques().fileOf("my-technique") == file);
    test::requireNoGlErrors();
    viewer.shutdown();
}

TEST_CASE("The stroke editor says where a problem lies and where a waypoint is, in words", "[ui]") {
    CHECK(ui::problemPlace("/steps/1/actions/0/path") == "Step 2, action 1, path");
    CHECK(ui::problemPlace("/steps/0/actions/2/path/4") == "Step 1, action 3, waypoint 5");
    CHECK(ui::problemPlace("/steps/0/actions/0/forceN/firm") == "Step 1, action 1, forceN, firm");
    CHECK(ui::problemPlace("/id") == "Id");
    CHECK(ui::problemPlace("") == "the technique");
    CHECK(ui::cautionLines("  Never on the spine.\n\nStop if it hurts. \r\n") ==
          std::vector<std::string>{"Never on the spine.", "Stop if it hurts."});
    CHECK(ui::cautionLines("").empty());
    BodyPoint p;
    p.spineLevel = "T7";
    p.lateralCm = -3.0f;
    p.cranialCm = 1.2f;
    CHECK(ui::bodyPointText(p) == "T7, 3.0 cm right, 1.2 cm up");
    p.spineLevel.clear();
    p.landmark = "PSIS_L";
    p.lateralCm = 0.0f;
    p.cranialCm = -2.0f;
    CHECK(ui::bodyPointText(p) == "PSIS_L, 2.0 cm down");
}
