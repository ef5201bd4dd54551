// Every shipped technique at a fixed time, seen from the back with the live heat
// map, hands and trails; and one cumulative-dose view. Golden images with the
// tolerance stated in GLTestContext.h.
#include "app/Snapshot.h"
#include "core/session/HeatDisplay.h"
#include "core/session/StepPose.h"
#include "app/Visualization.h"
#include "gfx/RenderTarget.h"
#include "gfx/ScenePresenter.h"
#include "gfx/StillCanvas.h"
#include "gfx/VisualizerRenderer.h"
#include "render/GLTestContext.h"
#include "render/ScratchSettings.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <optional>

using namespace backrub;

namespace {

constexpr int kSize = 400;

OrbitCamera backCamera(const app::Visualization& vis) {
    return app::framedCamera(vis.scene, ViewPreset::Back, 1.0f, &*vis.body);
}

// The session's current frame through `camera`, or without one framed as `render` frames
// it: the working area of the body as the step poses it, from the back.
Image renderSession(app::Visualization& vis, const std::optional<OrbitCamera>& camera, const ViewSettings& settings) {
    std::string error;
    gfx::VisualizerRenderer renderer;
    REQUIRE(renderer.init(error));
    renderer.setScene(vis.scene);
    renderer.setTable(&vis.table.value().mesh);
    gfx::StillCanvas canvas;
    REQUIRE(canvas.init(kSize, kSize, settings.msaaSamples, error));
    const OrbitCamera used =
        camera ? *camera : app::framedShownCamera(renderer, vis.scene, &*vis.body, vis.session.get(), ViewPreset::Back, 1.0f);
    canvas.bind();
    renderer.render(used, kSize, kSize, settings, vis.session.get());
    if (settings.heat != HeatMode::Off) REQUIRE(renderer.legend().has_value());
    return canvas.image(settings.theme);
}

Image renderTechnique(app::Visualization& vis, const std::string& id, double timeS, const ViewSettings& settings,
                      PressureLevel level = PressureLevel::Moderate) {
    std::string error;
    REQUIRE(vis.selectTechnique(id, level, error));
    vis.session->update(timeS);
    return renderSession(vis, std::nullopt, settings);
}

// Frames the skin that shows heat now (values above 5 % of the highest), padded by
// 1 cm, from the view preset that faces it best (heat on the sides of the glutes is
// seen from the side): the heat then covers a good share of the picture, so a
// golden image of it checks the heat itself, not the body around it.
// The skin is read as the step poses it.
OrbitCamera heatCamera(const app::Visualization& vis, const TechniqueSession& session, HeatMode mode) {
    const std::vector<float> values = heatValues(session, mode);
    const float highest = values.empty() ? 0.0f : *std::max_element(values.begin(), values.end());
    REQUIRE(highest > 0.0f);
    PosedBody posed(vis.scene, session.body());
    posed.setPose(poseAt(session.technique(), session.time()));
    const SkinSurface& skin = posed.body().skin;
    auto hot = [&](std::size_t i) { return i < skin.positions.size() && i < skin.normals.size() && values[i] > 0.05f * highest; };
    OrbitCamera camera;
    camera.frame(glm::vec3(-1.0f), glm::vec3(1.0f), 1.0f);
    camera.setUpright(!posed.atRest() && !posed.pose().restOnTable);
    ViewPreset best = ViewPreset::Back;
    float bestFacing = -1.0f;
    for (ViewPreset preset : {ViewPreset::Back, ViewPreset::Left, ViewPreset::Right, ViewPreset::Top}) {
        camera.setPreset(preset);
        const glm::vec3 toward = glm::normalize(camera.eye() - camera.target());
        float facing = 0.0f;
        for (std::size_t i = 0; i < values.size(); ++i)
            if (hot(i)) facing += values[i] * std::max(0.0f, glm::dot(skin.normals[i], toward));
        if (facing > bestFacing) {
            bestFacing = facing;
            best = preset;
        }
    }
    camera.setPreset(best);
    const glm::vec3 toward = glm::normalize(camera.eye() - camera.target());
    glm::vec3 lo(1e9f), hi(-1e9f);
    for (std::size_t i = 0; i < values.size(); ++i)
        if (hot(i) && glm::dot(skin.normals[i], toward) > 0.2f) {
            lo = glm::min(lo, skin.positions[i]);
            hi = glm::max(hi, skin.positions[i]);
        }
    REQUIRE(lo.x <= hi.x);
    const bool upright = camera.upright();
    camera.frame(lo - glm::vec3(0.01f), hi + glm::vec3(0.01f), 1.0f);
    camera.setUpright(upright);
    camera.setPreset(best);
    return camera;
}

// Pixels where two renders differ by more than `tolerance` in some channel, as a mask.
std::vector<bool> differingPixels(const Image& a, const Image& b, int tolerance) {
    std::vector<bool> mask(std::size_t(a.width) * std::size_t(a.height), false);
    for (std::size_t p = 0; p < mask.size(); ++p)
        for (std::size_t c = 0; c < 3; ++c)
            if (std::abs(int(a.rgba[p * 4 + c]) - int(b.rgba[p * 4 + c])) > tolerance) mask[p] = true;
    return mask;
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
    test::useScratchSettings("technique-golden-config");  // the shipped techniques only, none of the user's
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
    test::useScratchSettings("technique-golden-config");  // the shipped techniques only, none of the user's
    REQUIRE(vis.load(CommandLine{}));
    std::string error;
    REQUIRE(vis.selectTechnique("thumb-circles-lumbar", PressureLevel::Moderate, error));
    vis.session->update(20.0);
    gfx::VisualizerRenderer renderer;
    REQUIRE(renderer.init(error));
    renderer.setScene(vis.scene);
    renderer.setTable(&vis.table.value().mesh);
    gfx::ScenePresenter presenter;
    REQUIRE(presenter.init(error));
    const int w = 400, h = 400;
    const OrbitCamera camera = app::framedCamera(vis.scene, ViewPreset::Oblique, float(w) / float(h));  // the whole body
    ViewSettings settings;
    Image pictures[2];
    for (bool fast : {false, true}) {
        settings.lightSkin = fast;
        gfx::RenderTarget target;
        REQUIRE(target.resize(w, h, fast ? 0 : settings.msaaSamples));
        target.bind();
        renderer.render(camera, w, h, settings, vis.session.get());
        target.resolve();
        pictures[fast] = presenter.compose(target, settings.theme, renderer.drawnRect(), fast, renderer.smoothRect());
    }
    test::requireNoGlErrors();
    const PixelRect rect = renderer.drawnRect();
    CHECK(rect.width * rect.height < w * h * 4 / 5);  // compositing stays where the body and its table are
    const PixelRect smoothed = renderer.smoothRect();  // smoothing, where the body is
    CHECK(smoothed.width * smoothed.height < w * h / 2);
    CHECK(rect.intersected(smoothed) == smoothed);
    // The simplified skin is the same surface: the fast picture differs from the full one only at edges.
    CHECK(compareImages(pictures[0], pictures[1], 24).fractionOverTolerance < 0.02);
    test::requireMatchesGolden(pictures[1], "fast_thumb-circles-lumbar_oblique");
    // Without the table, smoothing stays where the body is.
    settings.layer(Layer::Table).visible = false;
    gfx::RenderTarget target;
    REQUIRE(target.resize(w, h, 0));
    target.bind();
    renderer.render(camera, w, h, settings, vis.session.get());
    const PixelRect body = renderer.drawnRect();
    CHECK(body.width * body.height < w * h / 2);
}

TEST_CASE("Cumulative dose of the thumb circles shows both paraspinal strips", "[render][golden]") {
    test::requireGlContext();
    app::Visualization vis;
    test::useScratchSettings("technique-golden-config");  // the shipped techniques only, none of the user's
    REQUIRE(vis.load(CommandLine{}));
    std::string error;
    REQUIRE(vis.selectTechnique("thumb-circles-lumbar", PressureLevel::Moderate, error));
    vis.session->update(50.0);
    const OrbitCamera camera = heatCamera(vis, *vis.session, HeatMode::Cumulative);
    ViewSettings settings;
    settings.showHands = false;
    settings.showTrails = false;
    settings.heat = HeatMode::Cumulative;
    const Image dose = renderSession(vis, camera, settings);
    settings.heat = HeatMode::Off;
    const Image plain = renderSession(vis, camera, settings);
    test::requireNoGlErrors();
    test::requireMatchesGolden(dose, "cumulative_thumb-circles-lumbar");
    // Each strip on its own: heat pixels left and right of the spine (its midline
    // projected at the framed height) each hold a good share of all of them.
    const std::vector<bool> heat = differingPixels(dose, plain, 24);
    const glm::vec4 clip = camera.projection(1.0f) * camera.view() * glm::vec4(0.0f, camera.target().y, camera.target().z, 1.0f);
    const int midline = int((clip.x / clip.w * 0.5f + 0.5f) * kSize);
    int left = 0, right = 0;
    for (int y = 0; y < kSize; ++y)
        for (int x = 0; x < kSize; ++x)
            if (heat[std::size_t(y) * kSize + std::size_t(x)]) (x < midline ? left : right) += 1;
    INFO("heat pixels left of the midline (x " << midline << "): " << left << ", right: " << right);
    CHECK(left + right > kSize * kSize / 10);
    CHECK(left > (left + right) / 4);
    CHECK(right > (left + right) / 4);
}

TEST_CASE("Each shipped technique's heat, framed close, matches its golden; heat off or another level does not",
          "[render][golden]") {
    test::requireGlContext();
    app::Visualization vis;
    test::useScratchSettings("technique-golden-config");  // the shipped techniques only, none of the user's
    REQUIRE(vis.load(CommandLine{}));
    ViewSettings settings;
    settings.showHands = false;  // the heat itself, not the hands over it
    settings.showTrails = false;
    for (const Technique& t : vis.library.techniques) {
        const double time = 0.4 * t.durationS();
        INFO(t.id << " at " << time << " s");
        std::string error;
        REQUIRE(vis.selectTechnique(t.id, PressureLevel::Moderate, error));
        vis.session->update(time);
        const OrbitCamera camera = heatCamera(vis, *vis.session, HeatMode::Live);
        settings.heat = HeatMode::Live;
        const Image heat = renderSession(vis, camera, settings);
        settings.heat = HeatMode::Off;
        const Image plain = renderSession(vis, camera, settings);
        REQUIRE(vis.selectTechnique(t.id, PressureLevel::Firm, error));
        vis.session->update(time);
        settings.heat = HeatMode::Live;
        const Image firm = renderSession(vis, camera, settings);
        test::requireNoGlErrors();
        test::requireMatchesGolden(heat, "heat_" + t.id);
        // The golden tolerance (0.5 % of pixels) cannot hide the heat: without it, or at
        // another pressure level on the shared scale, far more pixels differ.
        CHECK(compareImages(heat, plain, 8).fractionOverTolerance > 0.03);
        CHECK(compareImages(heat, firm, 8).fractionOverTolerance > 0.01);
    }
}

TEST_CASE("The heat under a pressing thumb shows through the drawn hand", "[render]") {
    test::requireGlContext();
    app::Visualization vis;
    test::useScratchSettings("technique-golden-config");  // the shipped techniques only, none of the user's
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

TEST_CASE("The shared live scale side by side: a resting palm and firm thumb circles", "[render][golden]") {
    // One scale for both, as a student compares them: the palm barely tints the
    // skin, the thumbs glow. Each half frames its own heat.
    test::requireGlContext();
    app::Visualization vis;
    test::useScratchSettings("technique-golden-config");  // the shipped techniques only, none of the user's
    REQUIRE(vis.load(CommandLine{}));
    ViewSettings settings;
    settings.showHands = false;
    settings.showTrails = false;
    Image halves[2];
    const std::pair<const char*, PressureLevel> shown[2] = {{"hand-placement", PressureLevel::Moderate},
                                                            {"thumb-circles-lumbar", PressureLevel::Firm}};
    for (int i = 0; i < 2; ++i) {
        std::string error;
        REQUIRE(vis.selectTechnique(shown[i].first, shown[i].second, error));
        vis.session->update(0.4 * vis.session->duration());
        halves[i] = renderSession(vis, heatCamera(vis, *vis.session, HeatMode::Live), settings);
    }
    test::requireNoGlErrors();
    Image both;
    both.width = 2 * kSize;
    both.height = kSize;
    both.rgba.resize(std::size_t(both.width) * std::size_t(both.height) * 4);
    for (int y = 0; y < kSize; ++y)
        for (int i = 0; i < 2; ++i)
            std::copy_n(&halves[i].rgba[std::size_t(y) * kSize * 4], std::size_t(kSize) * 4,
                        &both.rgba[(std::size_t(y) * std::size_t(both.width) + std::size_t(i) * kSize) * 4]);
    test::requireMatchesGolden(both, "live_scale_palm_vs_thumb");
}
