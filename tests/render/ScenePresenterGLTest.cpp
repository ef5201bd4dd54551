// Presenting the scene: composited over the theme's background; the viewer's edge
// smoothing must bring aliased edges closer to the multisampled picture, leave
// flat areas alone, and only touch its rectangle.
#include "app/Snapshot.h"
#include "gfx/RenderTarget.h"
#include "gfx/ScenePresenter.h"
#include "gfx/SceneRenderer.h"
#include "render/GLTestContext.h"

#include <catch2/catch.hpp>

#include <cstdlib>

using namespace backrub;

namespace {

constexpr int kW = 240, kH = 180;

int channel(const Image& img, int x, int y, int c) {
    return img.rgba[(static_cast<std::size_t>(y) * img.width + x) * 4 + c];
}

// Sum over pixels and channels of |a - b|, restricted to `mask` pixels.
long difference(const Image& a, const Image& b, const std::vector<bool>& mask) {
    long sum = 0;
    for (int y = 0; y < kH; ++y)
        for (int x = 0; x < kW; ++x)
            if (mask[y * kW + x])
                for (int c = 0; c < 3; ++c) sum += std::abs(channel(a, x, y, c) - channel(b, x, y, c));
    return sum;
}

struct Pictures {
    Image aliased, smoothed, multisampled, outsideRect;
};

// A lit sphere drawn into `target` (resolved), and a presenter ready to show it.
struct SphereRig {
    SceneData scene = test::sphereScene("", {0, 0, 0}, 0.5f, {0.8f, 0.56f, 0.45f, 1.0f});
    gfx::SceneRenderer renderer;
    gfx::ScenePresenter presenter;

    SphereRig() {
        std::string error;
        REQUIRE(renderer.init(error));
        REQUIRE(presenter.init(error));
        renderer.setScene(scene);
    }
    void draw(gfx::RenderTarget& target, ViewPreset view) const {
        target.bind();
        renderer.render(app::framedCamera(scene, view, float(kW) / float(kH)), kW, kH, ViewSettings{});
        target.resolve();
    }
};

Pictures renderSphere(const PixelRect& partialRect) {
    SphereRig rig;
    gfx::ScenePresenter& presenter = rig.presenter;
    Pictures out;
    gfx::RenderTarget single, multi;
    REQUIRE(single.resize(kW, kH, 0));
    REQUIRE(multi.resize(kW, kH, 4));
    for (gfx::RenderTarget* t : {&single, &multi}) rig.draw(*t, ViewPreset::Oblique);
    out.aliased = presenter.compose(single, Theme::Dark);
    out.multisampled = presenter.compose(multi, Theme::Dark);
    out.smoothed = presenter.compose(single, Theme::Dark, PixelRect{}, true);
    out.outsideRect = presenter.compose(single, Theme::Dark, partialRect, true);
    return out;
}

}  // namespace

TEST_CASE("Presenting: smoothing brings aliased edges toward the multisampled picture and leaves flat areas alone", "[render][fxaa]") {
    test::requireGlContext();
    const Pictures p = renderSphere(PixelRect{0, 0, kW / 2, kH});
    test::requireNoGlErrors();

    // Edge pixels: where the aliased and multisampled pictures differ visibly.
    std::vector<bool> edges(kW * kH, false), flat(kW * kH, false);
    int edgeCount = 0;
    for (int y = 1; y + 1 < kH; ++y)
        for (int x = 1; x + 1 < kW; ++x) {
            int spread = 0;  // largest neighbour difference in the aliased picture
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx)
                    spread = std::max(spread, std::abs(channel(p.aliased, x + dx, y + dy, 1) - channel(p.aliased, x, y, 1)));
            const bool edge = std::abs(channel(p.aliased, x, y, 1) - channel(p.multisampled, x, y, 1)) > 16;
            edges[y * kW + x] = edge;
            edgeCount += edge;
            flat[y * kW + x] = spread <= 2;
        }
    REQUIRE(edgeCount > 100);  // the sphere's silhouette is jagged without smoothing
    const long before = difference(p.aliased, p.multisampled, edges);
    const long after = difference(p.smoothed, p.multisampled, edges);
    INFO("edge error before " << before << ", after " << after);
    CHECK(after < before * 7 / 10);
    CHECK(difference(p.smoothed, p.aliased, flat) == 0);  // no blur where there is no edge

    // Given only the left half as drawn, the left half is as before and the right half
    // is the bare background, as core's backgroundColor computes it (within 1/255).
    std::vector<bool> left(kW * kH, false);
    int offBackground = 0;
    const ThemeColors colors = themeColors(Theme::Dark);
    for (int y = 0; y < kH; ++y)
        for (int x = 0; x < kW; ++x) {
            if (x < kW / 2) {
                left[y * kW + x] = true;
                continue;
            }
            // Image rows run top to bottom; uv runs up, at pixel centres.
            const glm::vec3 expected =
                backgroundColor(colors, {(float(x) + 0.5f) / kW, 1.0f - (float(y) + 0.5f) / kH}) * 255.0f;
            for (int c = 0; c < 3; ++c) offBackground += std::abs(channel(p.outsideRect, x, y, c) - expected[c]) > 1.01f;
        }
    CHECK(offBackground == 0);
    CHECK(difference(p.outsideRect, p.smoothed, left) == 0);
}

TEST_CASE("Presenting: the scene is composited over the theme's gradient", "[render][fxaa]") {
    test::requireGlContext();
    SphereRig rig;
    gfx::RenderTarget target;
    REQUIRE(target.resize(kW, kH, 4));
    rig.draw(target, ViewPreset::Back);
    const Image dark = rig.presenter.compose(target, Theme::Dark);
    const Image light = rig.presenter.compose(target, Theme::Light);
    test::requireNoGlErrors();
    // Corners are background: dark theme dark, light theme light, top lighter than bottom.
    CHECK(channel(dark, 2, 2, 1) < 90);
    CHECK(channel(light, 2, 2, 1) > 180);
    CHECK(channel(dark, 2, 2, 1) > channel(dark, 2, kH - 3, 1));
    // The sphere in the middle is the same in both themes: the background does not leak into it.
    for (int c = 0; c < 3; ++c) CHECK(channel(dark, kW / 2, kH / 2, c) == channel(light, kW / 2, kH / 2, c));
    for (const Image* img : {&dark, &light})
        for (std::size_t i = 3; i < img->rgba.size(); i += 4) REQUIRE(img->rgba[i] == 255);  // opaque picture
}
