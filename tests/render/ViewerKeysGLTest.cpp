// The keys, drags, wheel and hover of the viewer's help, each on a real viewer in an
// offscreen window: what the key's line in `backrub --help` promises is what happens.
#include "app/Viewer.h"
#include "gfx/GlDebug.h"
#include "render/GLTestContext.h"
#include "render/ScratchSettings.h"
#include "render/ViewerKeys.h"

#include <SDL.h>
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

using namespace backrub;
using test::key;

// One viewer for every key (a viewer takes seconds to open under the sanitizers): each block
// leaves the viewer as the next one expects it.
TEST_CASE("Each key of the help does what its line says", "[render][ui]") {
    test::useScratchSettings("viewer-keys-config");
    CommandLine cl;
    cl.technique = "spine-line";
    app::Viewer viewer(cl);
    std::string error;
    REQUIRE(viewer.init(error, false));
    gfx::clearGlDebugErrors();
    viewer.frame(0.0);

    // Left goes back a step, comma a second; neither goes before the start.
    {
        key(viewer, SDLK_RIGHT);
        key(viewer, SDLK_RIGHT);
        REQUIRE(viewer.playback().currentStep() == 2);
        key(viewer, SDLK_LEFT);
        CHECK(viewer.playback().currentStep() == 1);
        CHECK(viewer.playback().time() == Approx(viewer.playback().stepStart(1)));
        key(viewer, SDLK_PERIOD);
        key(viewer, SDLK_PERIOD);
        key(viewer, SDLK_COMMA);
        CHECK(viewer.playback().time() == Approx(viewer.playback().stepStart(1) + 1.0));
        key(viewer, SDLK_HOME);
        key(viewer, SDLK_COMMA);
        CHECK(viewer.playback().time() == 0.0);
        key(viewer, SDLK_LEFT);
        CHECK(viewer.playback().currentStep() == 0);
    }

    // Plus and minus step the speed through 0.25, 0.5, 1, 2 and 4 and stop at the ends.
    {
        CHECK(viewer.playback().speed() == 1.0);
        key(viewer, SDLK_PLUS);
        CHECK(viewer.playback().speed() == 2.0);
        key(viewer, SDLK_EQUALS);  // the same key without Shift
        CHECK(viewer.playback().speed() == 4.0);
        key(viewer, SDLK_PLUS);
        CHECK(viewer.playback().speed() == 4.0);
        for (int i = 0; i < 5; ++i) key(viewer, SDLK_MINUS);
        CHECK(viewer.playback().speed() == 0.25);
        // Played at a quarter speed, a second of frames is a quarter second of technique.
        key(viewer, SDLK_SPACE);
        viewer.frame(0.5);
        viewer.frame(0.5);
        CHECK(viewer.playback().time() == Approx(0.25));
        key(viewer, SDLK_SPACE);
        key(viewer, SDLK_PLUS);
        key(viewer, SDLK_PLUS);
        CHECK(viewer.playback().speed() == 1.0);
    }

    // Left bracket is gentler, right bracket firmer, each stopping at its end.
    {
        key(viewer, SDLK_LEFTBRACKET);
        CHECK(viewer.level() == PressureLevel::Gentle);
        key(viewer, SDLK_LEFTBRACKET);
        CHECK(viewer.level() == PressureLevel::Gentle);
        key(viewer, SDLK_RIGHTBRACKET);
        key(viewer, SDLK_RIGHTBRACKET);
        key(viewer, SDLK_RIGHTBRACKET);
        CHECK(viewer.level() == PressureLevel::Firm);
    }

    // Page Up opens the technique before, Page Down the one after, round the list.
    {
        const auto& all = viewer.techniques().techniques;
        REQUIRE(all.size() >= 2);
        viewer.selectTechnique(all.front().id);
        key(viewer, SDLK_PAGEUP);
        REQUIRE(viewer.session() != nullptr);
        CHECK(viewer.session()->technique().id == all.back().id);
        key(viewer, SDLK_PAGEDOWN);
        CHECK(viewer.session()->technique().id == all.front().id);
        key(viewer, SDLK_PAGEDOWN);
        CHECK(viewer.session()->technique().id == all[1].id);
        viewer.selectTechnique("spine-line");
    }

    // X shows the bones through the skin, L the labels; each key again hides them.
    {
        const bool xray = viewer.settings().xray();
        viewer.frame(0.0);
        const Image before = viewer.sceneImage();
        key(viewer, SDLK_x);
        CHECK(viewer.settings().xray() != xray);
        viewer.frame(0.0);
        CHECK(compareImages(before, viewer.sceneImage(), 12).fractionOverTolerance > 0.02);
        key(viewer, SDLK_x);
        CHECK(viewer.settings().xray() == xray);

        const bool labels = viewer.settings().showLabels;
        key(viewer, SDLK_l);
        CHECK(viewer.settings().showLabels != labels);
        key(viewer, SDLK_l);
        CHECK(viewer.settings().showLabels == labels);
    }

    // S, M, B and T show and hide skin, muscles, bones and the table; with the skin hidden,
    // hiding the muscles uncovers the bones.
    {
        for (auto [k, layer] : {std::pair{SDLK_s, Layer::Skin}, std::pair{SDLK_m, Layer::Muscles},
                                std::pair{SDLK_b, Layer::Skeleton}, std::pair{SDLK_t, Layer::Table}}) {
            const bool shown = viewer.settings().layer(layer).visible;
            key(viewer, k);
            CHECK(viewer.settings().layer(layer).visible != shown);
            key(viewer, k);
            CHECK(viewer.settings().layer(layer).visible == shown);
        }
        key(viewer, SDLK_s);
        REQUIRE(viewer.settings().layer(Layer::Muscles).visible);
        viewer.frame(0.0);
        const Image muscles = viewer.sceneImage();
        key(viewer, SDLK_m);
        viewer.frame(0.0);
        CHECK(compareImages(muscles, viewer.sceneImage(), 12).fractionOverTolerance > 0.02);
        key(viewer, SDLK_m);
        key(viewer, SDLK_s);
    }

    // 1 to 5 are five different views, and R brings back the view the viewer opened with.
    {
        const float yaw0 = viewer.camera().yawDeg(), pitch0 = viewer.camera().pitchDeg();
        const float distance0 = viewer.camera().distance();
        std::vector<std::pair<float, float>> views;
        for (SDL_Keycode k : {SDLK_1, SDLK_2, SDLK_3, SDLK_4, SDLK_5}) {
            key(viewer, k);
            views.emplace_back(viewer.camera().yawDeg(), viewer.camera().pitchDeg());
        }
        for (std::size_t i = 0; i < views.size(); ++i)
            for (std::size_t j = i + 1; j < views.size(); ++j) {
                INFO("views " << i + 1 << " and " << j + 1);
                CHECK((std::abs(views[i].first - views[j].first) > 1.0f ||
                       std::abs(views[i].second - views[j].second) > 1.0f));
            }
        test::drag(viewer, SDL_BUTTON_LEFT, 120, 40, 800);
        key(viewer, SDLK_r);
        CHECK(viewer.camera().yawDeg() == Approx(yaw0));
        CHECK(viewer.camera().pitchDeg() == Approx(pitch0));
        CHECK(viewer.camera().distance() == Approx(distance0));
    }

    // A right or middle drag pans: the eye and its target move together, angles and distance kept.
    {
        const glm::vec3 target = viewer.camera().target(), eye = viewer.camera().eye();
        const float yaw = viewer.camera().yawDeg(), distance = viewer.camera().distance();
        test::drag(viewer, SDL_BUTTON_RIGHT, 60, 0, 800);
        const glm::vec3 moved = viewer.camera().target() - target;
        CHECK(glm::length(moved) > 0.01f);
        CHECK(glm::length((viewer.camera().eye() - eye) - moved) < 1e-4f);
        CHECK(viewer.camera().yawDeg() == yaw);
        CHECK(viewer.camera().distance() == Approx(distance));
        const glm::vec3 afterRight = viewer.camera().target();
        test::drag(viewer, SDL_BUTTON_MIDDLE, 0, 60, 800);
        CHECK(glm::length(viewer.camera().target() - afterRight) > 0.01f);
    }

    // The wheel zooms in and out, and back to where it was.
    {
        const float distance = viewer.camera().distance();
        test::wheel(viewer, 2, 800);
        CHECK(viewer.camera().distance() == Approx(distance * OrbitCamera::kZoomPerStep * OrbitCamera::kZoomPerStep));
        test::wheel(viewer, -2, 800);
        CHECK(viewer.camera().distance() == Approx(distance).epsilon(1e-4));
    }

    // Hovering the body names what is under the cursor; off the body, nothing.
    {
        key(viewer, SDLK_1);  // from behind: the back fills the middle of the picture
        viewer.frame(0.0);
        std::string named;
        // Along a line across the picture's middle: some pixel lies on the body.
        for (int x = 500; x <= 1100 && named.empty(); x += 50) {
            test::pointTo(viewer, x, 360);
            named = viewer.hoverText();
        }
        CHECK_FALSE(named.empty());
        test::pointTo(viewer, 1275, 5);  // the top-right corner: studio background
        CHECK(viewer.hoverText().empty());
    }

    test::requireNoGlErrors();
    viewer.shutdown();
}
