// Compare in the real viewer: one technique at two pressure levels, then two techniques,
// side by side on the same body at the same moment, with the region figures of both.
#include "app/Viewer.h"
#include "gfx/GlDebug.h"
#include "render/GLTestContext.h"
#include "render/ScratchSettings.h"
#include "render/ViewerClick.h"
#include "render/ViewerKeys.h"

#include <SDL.h>
#include <catch2/catch.hpp>

#include <algorithm>

using namespace backrub;

namespace {

// Columns holding skin-bright pixels (the body on the dark studio background) in [x0, x1).
int brightColumns(const Image& image, int x0, int x1) {
    int columns = 0;
    for (int x = x0; x < x1; ++x)
        for (int y = 0; y < image.height; ++y) {
            const std::uint8_t* p = &image.rgba[(std::size_t(y) * image.width + x) * 4];
            if (p[0] + p[1] + p[2] > 3 * 150) {
                ++columns;
                break;
            }
        }
    return columns;
}

float highest(const std::vector<float>& values) { return values.empty() ? 0.0f : *std::max_element(values.begin(), values.end()); }

}  // namespace

TEST_CASE("Compare shows two pressure levels, then two techniques, side by side in step", "[render][ui]") {
    test::useScratchSettings("viewer-config-compare");
    CommandLine cl;
    cl.technique = "thumb-circles-lumbar";
    app::Viewer viewer(cl);
    std::string error;
    REQUIRE(viewer.init(error, false, 1280, 720));
    gfx::clearGlDebugErrors();
    viewer.frame(0.0);
    viewer.frame(0.0);
    const double lengthA = viewer.playback().duration();

    test::click(viewer, "main.compare");
    REQUIRE(viewer.comparing());
    REQUIRE(viewer.comparing()->session);
    // The same technique one level up, on the right.
    CHECK(viewer.comparing()->session->technique().id == "thumb-circles-lumbar");
    CHECK(viewer.comparing()->level == PressureLevel::Firm);
    CHECK(viewer.level() == PressureLevel::Moderate);

    test::key(viewer, SDLK_SPACE);
    for (int i = 0; i < 20; ++i) viewer.frame(0.25);
    const TechniqueSession& left = *viewer.session();
    const TechniqueSession& right = *viewer.comparing()->session;
    CHECK(left.time() > 4.0);
    CHECK(right.time() == left.time());  // in step
    CHECK(highest(right.dose().live()) > 1.2f * highest(left.dose().live()));  // firm presses harder

    // Both halves show a body, apart.
    viewer.captureWindow();
    viewer.frame(0.0);
    const Image scene = viewer.sceneImage();
    REQUIRE(scene.width == 1280);
    CHECK(brightColumns(scene, 470, 800) > 60);   // the left half: moderate
    CHECK(brightColumns(scene, 820, 1270) > 60);  // the right half: firm
    std::string pngError;
    writePng(std::string(BACKRUB_TEST_OUTPUT_DIR) + "/viewer-compare.png", viewer.windowImage(), pngError);
    writePng(std::string(BACKRUB_TEST_OUTPUT_DIR) + "/viewer-compare-scene.png", scene, pngError);

    // The region figures of both, in one table: firm above moderate where the thumbs work.
    for (int i = 0; i < 600 && !viewer.comparing()->reports; ++i) {
        viewer.frame(0.0);
        SDL_Delay(20);
    }
    REQUIRE(viewer.comparing()->reports);
    const auto& reports = *viewer.comparing()->reports;
    CHECK(reports[0].pressure == "moderate");
    CHECK(reports[1].pressure == "firm");
    double impulseA = 0.0, impulseB = 0.0;
    for (const RegionFigures& f : reports[0].regions) impulseA += f.impulseNs;
    for (const RegionFigures& f : reports[1].regions) impulseB += f.impulseNs;
    CHECK(impulseB > impulseA);

    // Another technique on the right: the timeline holds the longer of the two.
    viewer.compareWith("spine-line", PressureLevel::Moderate);
    REQUIRE(viewer.comparing()->session);
    CHECK(viewer.comparing()->session->technique().id == "spine-line");
    viewer.frame(0.0);
    CHECK(viewer.playback().duration() == Approx(std::max(lengthA, viewer.comparing()->session->engine().duration())));

    test::click(viewer, "main.compare");
    CHECK_FALSE(viewer.comparing());
    CHECK(viewer.playback().duration() == Approx(lengthA));
    test::requireNoGlErrors();
    viewer.shutdown();
}
