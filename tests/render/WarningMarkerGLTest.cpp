// A safety warning is marked on the body at the spot where the pressure is over the
// limit, while its episode happens, and nowhere else and at no other time. Each
// picture is compared with the same frame of a session whose limits are out of
// reach (no warnings): the heat map and hands do not depend on the limits, so the
// two differ by the marker alone.
#include "app/Visualization.h"
#include "gfx/StillCanvas.h"
#include "gfx/VisualizerRenderer.h"
#include "render/GLTestContext.h"
#include "render/ScratchSettings.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace backrub;

namespace {

constexpr int kSize = 320;

struct Pixel {
    int r, g, b;
};

Pixel pixelAt(const Image& img, int x, int y) {
    const std::size_t i = (std::size_t(y) * std::size_t(img.width) + std::size_t(x)) * 4;
    return {img.rgba[i], img.rgba[i + 1], img.rgba[i + 2]};
}

int difference(const Image& a, const Image& b, int x, int y) {
    const Pixel p = pixelAt(a, x, y), q = pixelAt(b, x, y);
    return std::abs(p.r - q.r) + std::abs(p.g - q.g) + std::abs(p.b - q.b);
}

Image render(const TechniqueSession& session, const SceneData& scene, const OrbitCamera& camera,
             const ViewSettings& settings) {
    std::string error;
    gfx::VisualizerRenderer renderer;
    const bool ready = renderer.init(error);
    INFO(error);
    REQUIRE(ready);
    renderer.setScene(scene);
    gfx::StillCanvas canvas;
    REQUIRE(canvas.init(kSize, kSize, settings.msaaSamples, error));
    canvas.bind();
    renderer.render(camera, kSize, kSize, settings, &session);
    return canvas.image(settings.theme);
}

glm::vec2 toPixel(const OrbitCamera& camera, const glm::vec3& p) {
    const glm::vec4 clip = camera.projection(1.0f) * camera.view() * glm::vec4(p, 1.0f);
    return {(clip.x / clip.w * 0.5f + 0.5f) * kSize, (0.5f - clip.y / clip.w * 0.5f) * kSize};
}

}  // namespace

TEST_CASE("A warning marker shows at the spot during its episode and not outside it", "[render]") {
    test::requireGlContext();
    app::Visualization vis;
    test::useScratchSettings("warning-marker-config");  // the shipped techniques only, none of the user's
    REQUIRE(vis.load(CommandLine{}));
    const Technique* technique = vis.library.find("thumb-circles-lumbar");
    REQUIRE(technique != nullptr);
    REQUIRE(vis.body.has_value());
    // Firm thumb circles over the lower back pass the kidney zones' safe limit now and then.
    ThresholdTable unreachable = vis.thresholds;
    for (int r = 1; r < kRegionCount; ++r) {
        RegionThreshold t = unreachable.get(static_cast<Region>(r));
        t.pptKPa *= 1000.0f;
        t.safeLimitKPa *= 1000.0f;
        unreachable.set(static_cast<Region>(r), t);
    }
    // Only the left kidney zone keeps its limit, so one marker is drawn and all else stays as it was.
    ThresholdTable oneZone = unreachable;
    oneZone.set(Region::KidneyL, vis.thresholds.get(Region::KidneyL));
    TechniqueSession warned(*technique, *vis.body, oneZone, PressureLevel::Firm);
    TechniqueSession calm(*technique, *vis.body, unreachable, PressureLevel::Firm);

    // The first moment a warning is happening, and one before any and one well after it.
    double during = -1.0;
    SafetyWarning warning;
    for (double t = 0.0; t <= warned.duration() && during < 0.0; t += 0.1) {
        warned.update(t);
        const std::vector<SafetyWarning> active = warned.safety().activeAt(t);
        if (!active.empty()) {
            during = t;
            warning = active.front();
        }
    }
    REQUIRE(during > 1.0);
    const double before = warning.startS - 1.0;
    double after = -1.0;
    for (double t = during + 0.1; t <= warned.duration() && after < 0.0; t += 0.1) {
        warned.update(t);
        bool marked = false;
        for (const SafetyWarning& w : warned.safety().warnings()) marked |= warningMarkerStrength(w, t) > 0.0f;
        if (!marked && t > warning.endS + 1.0) after = t;
    }
    REQUIRE(after > 0.0);
    INFO("warning: " << warning.message() << "; during " << during << " s, after " << after << " s");

    // Close on the spot, from behind.
    const glm::vec3 spot = warning.latestPosition, n = warning.latestNormal;
    OrbitCamera camera;
    camera.frame(spot - glm::vec3(0.08f), spot + glm::vec3(0.08f), 1.0f);
    const glm::vec3 across = glm::normalize(glm::cross(n, glm::vec3(0.0f, 0.0f, 1.0f)));
    const glm::vec3 along = glm::cross(across, n);
    const glm::vec2 centre = toPixel(camera, spot);
    const float ringPixels = glm::length(toPixel(camera, spot + across * kWarningMarkerRadiusM) - centre);
    REQUIRE(ringPixels > 15.0f);

    for (bool seeThrough : {false, true}) {
        ViewSettings settings;  // live heat map, hands with windows over the pressed skin
        settings.handsSeeThrough = seeThrough;
        CAPTURE(seeThrough);
        warned.update(during);
        calm.update(during);
        const Image marked = render(warned, vis.scene, camera, settings);
        const Image plain = render(calm, vis.scene, camera, settings);
        test::requireNoGlErrors();
        std::string pngError;  // for a look when the test fails
        writePng(std::string(BACKRUB_TEST_OUTPUT_DIR) + (seeThrough ? "/warning-marker-see-through.png" : "/warning-marker.png"),
                 marked, pngError);
        // On the ring: red, where the same frame without warnings is not.
        int red = 0;
        const int samples = 16;
        for (int i = 0; i < samples; ++i) {
            const float a = 6.2831853f * float(i) / float(samples);
            const glm::vec3 p = spot + (across * std::cos(a) + along * std::sin(a)) * (0.9f * kWarningMarkerRadiusM);
            const glm::vec2 px = toPixel(camera, p);
            const Pixel m = pixelAt(marked, int(px.x), int(px.y));
            if (difference(marked, plain, int(px.x), int(px.y)) > 60 && m.r > m.g + 60 && m.r > m.b + 60) ++red;
        }
        INFO(red << " of " << samples << " ring samples red");
        // Hands with windows cover part of the ring; see-through hands let more of it show.
        CHECK(red >= (seeThrough ? 12 : 6));
        // Nothing changes away from the spot.
        int changedAway = 0;
        for (int y = 0; y < kSize; ++y)
            for (int x = 0; x < kSize; ++x)
                if (glm::length(glm::vec2(x, y) - centre) > 1.5f * ringPixels && difference(marked, plain, x, y) > 0)
                    ++changedAway;
        CHECK(changedAway == 0);
    }

    // Before the episode and after it has faded: the very same picture as without warnings.
    for (double t : {before, after}) {
        CAPTURE(t);
        warned.update(t);
        calm.update(t);
        const ViewSettings settings;
        const Image a = render(warned, vis.scene, camera, settings);
        const Image b = render(calm, vis.scene, camera, settings);
        test::requireNoGlErrors();
        CHECK(a.rgba == b.rgba);
    }
}
