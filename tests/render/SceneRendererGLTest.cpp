#include "app/Snapshot.h"
#include "render/GLTestContext.h"

#include <catch2/catch.hpp>

using namespace backrub;

namespace {

const glm::vec4 kSkin{0.80f, 0.56f, 0.45f, 1.0f};
const glm::vec4 kBone{0.90f, 0.86f, 0.75f, 1.0f};

glm::vec3 pixel(const Image& img, int x, int y) {
    const std::uint8_t* p = &img.rgba[(static_cast<std::size_t>(y) * img.width + x) * 4];
    return {p[0], p[1], p[2]};
}

SceneData layeredScene() {
    SceneData s = test::sphereScene("skin", {0, 0, 0}, 0.3f, kSkin);
    test::appendScene(s, test::sphereScene("skeleton", {0, 0, 0}, 0.12f, kBone));
    return s;
}

}  // namespace

TEST_CASE("A lit sphere matches its golden image", "[render]") {
    test::requireGlContext();
    SceneData scene = test::sphereScene("", {0, 0, 0}, 0.5f, kSkin);
    app::SnapshotRequest req;
    req.width = 320;
    req.height = 240;
    req.view = ViewPreset::Oblique;
    Image img;
    std::string error;
    REQUIRE(app::renderSnapshot(scene, req, img, error));
    test::requireNoGlErrors();
    REQUIRE(img.width == 320);
    REQUIRE(img.height == 240);
    // Lit from the key light: the sphere's centre is brighter than the background corner.
    const glm::vec3 centre = pixel(img, 160, 120), corner = pixel(img, 2, 2);
    CHECK(centre.r > corner.r + 40);
    CHECK(centre.r > centre.b);  // skin tone stays warm
    test::requireMatchesGolden(img, "sphere_oblique");
}

TEST_CASE("X-ray skin lets the skeleton show through", "[render]") {
    test::requireGlContext();
    const SceneData scene = layeredScene();
    app::SnapshotRequest req;
    req.width = 200;
    req.height = 200;
    Image solid, xray;
    std::string error;
    REQUIRE(app::renderSnapshot(scene, req, solid, error));
    req.settings.setXray(true);
    REQUIRE(app::renderSnapshot(scene, req, xray, error));
    test::requireNoGlErrors();
    // The bone sphere is paler (more blue) than skin: see-through skin shifts the centre toward it.
    const glm::vec3 a = pixel(solid, 100, 100), b = pixel(xray, 100, 100);
    CHECK(b.b > a.b + 10);
    // Outside both spheres nothing changes.
    CHECK(pixel(solid, 3, 3) == pixel(xray, 3, 3));
    test::requireMatchesGolden(xray, "layers_xray");
}

TEST_CASE("Hiding the skin layer shows the skeleton alone", "[render]") {
    test::requireGlContext();
    const SceneData scene = layeredScene();
    app::SnapshotRequest req;
    req.width = 200;
    req.height = 200;
    Image hidden;
    std::string error;
    req.settings.layer(Layer::Skin).visible = false;
    REQUIRE(app::renderSnapshot(scene, req, hidden, error));
    test::requireNoGlErrors();
    // Between the bone (r=0.12) and the skin radius (0.3) only background remains.
    const glm::vec3 ring = pixel(hidden, 100, 100 - 55), corner = pixel(hidden, 3, 3);
    CHECK(std::abs(ring.r - corner.r) < 30);
    const glm::vec3 centre = pixel(hidden, 100, 100);
    CHECK(centre.r > corner.r + 60);
}
