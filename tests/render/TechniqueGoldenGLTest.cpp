// Every shipped technique at a fixed time, seen from the back with the live heat
// map, hands and trails; and one cumulative-dose view. Golden images with the
// tolerance stated in GLTestContext.h.
#include "app/Snapshot.h"
#include "app/Visualization.h"
#include "gfx/RenderTarget.h"
#include "gfx/ScenePresenter.h"
#include "gfx/StillCanvas.h"
#include "gfx/VisualizerRenderer.h"
#include "render/GLTestContext.h"

#include <catch2/catch.hpp>

using namespace backrub;

namespace {

Image renderTechnique(app::Visualization& vis, const std::string& id, double timeS, HeatMode heat) {
    std::string error;
    REQUIRE(vis.selectTechnique(id, PressureLevel::Moderate, error));
    vis.session->update(timeS);
    ViewSettings settings;
    settings.heat = heat;
    gfx::VisualizerRenderer renderer;
    REQUIRE(renderer.init(error));
    renderer.setScene(vis.scene);
    gfx::StillCanvas canvas;
    const int w = 400, h = 400;
    REQUIRE(canvas.init(w, h, settings.msaaSamples, error));
    const OrbitCamera camera = app::framedCamera(vis.scene, ViewPreset::Back, float(w) / float(h));
    canvas.bind();
    renderer.render(camera, w, h, settings, vis.session.get());
    if (heat != HeatMode::Off) REQUIRE(renderer.legend().has_value());
    return canvas.image(settings.theme);
}

}  // namespace

TEST_CASE("Each shipped technique renders as its golden image", "[render][golden]") {
    test::requireGlContext();
    app::Visualization vis;
    REQUIRE(vis.load(CommandLine{}));
    REQUIRE(vis.library.techniques.size() == 8);
    for (const Technique& t : vis.library.techniques) {
        // 40 % into the technique: hands on the body, trails behind them, heat on the skin.
        const double time = 0.4 * t.durationS();
        INFO(t.id << " at " << time << " s");
        const Image image = renderTechnique(vis, t.id, time, HeatMode::Live);
        test::requireNoGlErrors();
        test::requireMatchesGolden(image, "technique_" + t.id);
    }
}

TEST_CASE("The viewer's fast frames: simplified skin and smoothing match their golden image", "[render][golden]") {
    test::requireGlContext();
    app::Visualization vis;
    REQUIRE(vis.load(CommandLine{}));
    std::string error;
    REQUIRE(vis.selectTechnique("thumb-circles-lumbar", PressureLevel::Moderate, error));
    vis.session->update(20.0);
    gfx::VisualizerRenderer renderer;
    REQUIRE(renderer.init(error));
    renderer.setScene(vis.scene);
    gfx::ScenePresenter presenter;
    REQUIRE(presenter.init(error));
    const int w = 400, h = 400;
    const OrbitCamera camera = app::framedCamera(vis.scene, ViewPreset::Oblique, float(w) / float(h));
    ViewSettings settings;
    Image pictures[2];
    for (bool fast : {false, true}) {
        settings.lightSkin = fast;
        gfx::RenderTarget target;
        REQUIRE(target.resize(w, h, fast ? 0 : settings.msaaSamples));
        target.bind();
        renderer.render(camera, w, h, settings, vis.session.get());
        target.resolve();
        pictures[fast] = presenter.compose(target, settings.theme, renderer.drawnRect(), fast);
    }
    test::requireNoGlErrors();
    const PixelRect rect = renderer.drawnRect();
    CHECK(rect.width * rect.height < w * h / 2);  // smoothing stays where the body is
    // The simplified skin is the same surface: the fast picture differs from the full one only at edges.
    CHECK(compareImages(pictures[0], pictures[1], 24).fractionOverTolerance < 0.02);
    test::requireMatchesGolden(pictures[1], "fast_thumb-circles-lumbar_oblique");
}

TEST_CASE("Cumulative dose of the thumb circles shows both paraspinal strips", "[render][golden]") {
    test::requireGlContext();
    app::Visualization vis;
    REQUIRE(vis.load(CommandLine{}));
    const Image image = renderTechnique(vis, "thumb-circles-lumbar", 50.0, HeatMode::Cumulative);
    test::requireNoGlErrors();
    test::requireMatchesGolden(image, "cumulative_thumb-circles-lumbar");
}
