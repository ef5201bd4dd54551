// Every shipped technique at a fixed time, seen from the back with the live heat
// map, hands and trails; and one cumulative-dose view. Golden images with the
// tolerance stated in GLTestContext.h.
#include "app/Snapshot.h"
#include "app/Visualization.h"
#include "gfx/RenderTarget.h"
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
    gfx::RenderTarget target;
    const int w = 400, h = 400;
    REQUIRE(target.resize(w, h, settings.msaaSamples));
    const OrbitCamera camera = app::framedCamera(vis.scene, ViewPreset::Back, float(w) / float(h));
    target.bind();
    renderer.render(camera, w, h, settings, vis.session.get());
    if (heat != HeatMode::Off) REQUIRE(renderer.legend().has_value());
    return target.readPixels();
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

TEST_CASE("Cumulative dose of the thumb circles shows both paraspinal strips", "[render][golden]") {
    test::requireGlContext();
    app::Visualization vis;
    REQUIRE(vis.load(CommandLine{}));
    const Image image = renderTechnique(vis, "thumb-circles-lumbar", 50.0, HeatMode::Cumulative);
    test::requireNoGlErrors();
    test::requireMatchesGolden(image, "cumulative_thumb-circles-lumbar");
}
