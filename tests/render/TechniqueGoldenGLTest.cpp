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

#include <algorithm>
#include <cstdlib>

using namespace backrub;

namespace {

constexpr int kSize = 400;

OrbitCamera backCamera(const app::Visualization& vis) {
    return app::framedCamera(vis.scene, ViewPreset::Back, 1.0f);
}

Image renderTechnique(app::Visualization& vis, const std::string& id, double timeS, const ViewSettings& settings) {
    std::string error;
    REQUIRE(vis.selectTechnique(id, PressureLevel::Moderate, error));
    vis.session->update(timeS);
    gfx::VisualizerRenderer renderer;
    REQUIRE(renderer.init(error));
    renderer.setScene(vis.scene);
    gfx::StillCanvas canvas;
    REQUIRE(canvas.init(kSize, kSize, settings.msaaSamples, error));
    canvas.bind();
    renderer.render(backCamera(vis), kSize, kSize, settings, vis.session.get());
    if (settings.heat != HeatMode::Off) REQUIRE(renderer.legend().has_value());
    return canvas.image(settings.theme);
}

Image renderTechnique(app::Visualization& vis, const std::string& id, double timeS, HeatMode heat) {
    ViewSettings settings;
    settings.heat = heat;
    return renderTechnique(vis, id, timeS, settings);
}

// Sum of absolute RGB differences at one pixel.
int pixelDifference(const Image& a, const Image& b, int x, int y) {
    const std::size_t i = (std::size_t(y) * std::size_t(a.width) + std::size_t(x)) * 4;
    int sum = 0;
    for (std::size_t c = 0; c < 3; ++c) sum += std::abs(int(a.rgba[i + c]) - int(b.rgba[i + c]));
    return sum;
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

TEST_CASE("The heat under a pressing thumb shows through the drawn hand", "[render]") {
    test::requireGlContext();
    app::Visualization vis;
    REQUIRE(vis.load(CommandLine{}));
    std::string error;
    REQUIRE(vis.selectTechnique("thumb-walk-down", PressureLevel::Moderate, error));
    const double time = 20.2;  // a thumb pressing beside the upper thoracic spine
    vis.session->update(time);
    const std::vector<Contact>& contacts = vis.session->frame().contacts;
    REQUIRE(!contacts.empty());
    const Contact strongest = *std::max_element(contacts.begin(), contacts.end(),
                                                 [](const Contact& a, const Contact& b) { return a.forceN < b.forceN; });
    const OrbitCamera camera = backCamera(vis);
    const glm::vec4 clip = camera.projection(1.0f) * camera.view() * glm::vec4(strongest.position, 1.0f);
    const int x = int((clip.x / clip.w * 0.5f + 0.5f) * kSize), y = int((0.5f - clip.y / clip.w * 0.5f) * kSize);
    REQUIRE(x >= 0);
    REQUIRE(x < kSize);
    REQUIRE(y >= 0);
    REQUIRE(y < kSize);

    ViewSettings settings;
    settings.heat = HeatMode::Off;
    const Image handOnly = renderTechnique(vis, "thumb-walk-down", time, settings);
    settings.showHands = false;
    const Image skinOnly = renderTechnique(vis, "thumb-walk-down", time, settings);
    settings.heat = HeatMode::Live;
    settings.showHands = true;
    const Image handAndHeat = renderTechnique(vis, "thumb-walk-down", time, settings);
    test::requireNoGlErrors();
    INFO("contact at pixel " << x << ", " << y << " with " << strongest.forceN << " N");
    CHECK(pixelDifference(handOnly, skinOnly, x, y) > 30);     // without heat, the thumb covers the spot
    CHECK(pixelDifference(handAndHeat, handOnly, x, y) > 60);  // with heat, the spot shows through it
}
