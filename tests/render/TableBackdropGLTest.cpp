// Fast frames copy the massage table from the last frame's picture while the camera stands
// (gfx/TableBackdrop.h): the copy must be what drawing the table would give, and must follow
// every camera move and every new table.
#include "gfx/RenderTarget.h"
#include "gfx/SceneRenderer.h"
#include "render/GLTestContext.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>

using namespace backrub;

namespace {

const glm::vec4 kSkin{0.80f, 0.56f, 0.45f, 1.0f};

// A flat slab under the sphere, 1.2 x 0.04 x 0.6 m, its top 0.35 m below the sphere's centre.
TableMesh slab(const glm::vec3& albedo) {
    TableMesh t;
    Primitive p;
    const glm::vec3 lo(-0.6f, -0.39f, -0.3f), hi(0.6f, -0.35f, 0.3f);
    // Six faces, four corners each, outward normals.
    const glm::vec3 n[6] = {{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}};
    for (const glm::vec3& normal : n) {
        const glm::vec3 u = std::abs(normal.y) > 0.5f ? glm::vec3(1, 0, 0) : glm::vec3(0, 1, 0);
        const glm::vec3 v = glm::cross(normal, u);
        const glm::vec3 c = 0.5f * (lo + hi) + normal * 0.5f * (hi - lo);
        const glm::vec3 half = 0.5f * (hi - lo);
        const auto base = static_cast<std::uint32_t>(p.positions.size());
        for (auto [a, b] : {std::pair{-1.0f, -1.0f}, std::pair{1.0f, -1.0f}, std::pair{1.0f, 1.0f}, std::pair{-1.0f, 1.0f}}) {
            p.positions.push_back(c + u * half * a + v * half * b);
            p.normals.push_back(normal);
        }
        p.indices.insert(p.indices.end(), {base, base + 1, base + 2, base, base + 2, base + 3});
    }
    t.append("top", p, albedo);
    return t;
}

// A renderer with the sphere and a table, drawing into its own single-sample target.
struct Rig {
    gfx::SceneRenderer renderer;
    gfx::RenderTarget target;
    Rig(const SceneData& scene, const TableMesh& table) {
        std::string error;
        REQUIRE(renderer.init(error));
        renderer.setScene(scene);
        renderer.setTable(&table);
        REQUIRE(target.resize(320, 240, 0));
    }
    Image draw(const OrbitCamera& camera, gfx::RenderTarget* into = nullptr) {
        gfx::RenderTarget& t = into ? *into : target;
        t.bind();
        renderer.render(camera, t.width(), t.height(), ViewSettings{});
        return t.readPixels();
    }
};

OrbitCamera cameraAt(ViewPreset preset) {
    OrbitCamera camera;
    camera.frame({-0.6f, -0.4f, -0.3f}, {0.6f, 0.3f, 0.3f}, 320.0f / 240.0f);
    camera.setPreset(preset);
    return camera;
}

}  // namespace

TEST_CASE("Fast frames reuse the table only while the camera and the table stay the same", "[render][table]") {
    test::requireGlContext();
    const SceneData scene = test::sphereScene("skin", {0, 0, 0}, 0.3f, kSkin);
    const TableMesh wood = slab({0.45f, 0.30f, 0.18f}), white = slab({0.9f, 0.9f, 0.9f});
    const OrbitCamera oblique = cameraAt(ViewPreset::Oblique), left = cameraAt(ViewPreset::Left);

    // What a renderer that has never drawn before shows from each camera.
    const Image obliqueWood = Rig(scene, wood).draw(oblique), leftWood = Rig(scene, wood).draw(left),
                leftWhite = Rig(scene, white).draw(left);
    REQUIRE(obliqueWood.rgba != leftWood.rgba);
    REQUIRE(leftWood.rgba != leftWhite.rgba);

    Rig rig(scene, wood);
    CHECK(rig.draw(oblique).rgba == obliqueWood.rgba);
    CHECK(rig.draw(oblique).rgba == obliqueWood.rgba);  // copied, the same picture
    CHECK(rig.draw(left).rgba == leftWood.rgba);        // the camera moved: drawn again
    rig.renderer.setTable(&white);
    CHECK(rig.draw(left).rgba == leftWhite.rgba);       // another table: drawn again
    test::requireNoGlErrors();

    // The table shows the same whether copied or drawn after the body (multisampled frames draw it).
    gfx::RenderTarget multisampled;
    REQUIRE(multisampled.resize(320, 240, 4));
    rig.renderer.setTable(&wood);
    const Image drawnAfter = rig.draw(oblique, &multisampled);
    int differing = 0;
    for (std::size_t i = 0; i < drawnAfter.rgba.size(); ++i)
        if (std::abs(int(drawnAfter.rgba[i]) - int(obliqueWood.rgba[i])) > 8) ++differing;
    // Only the edges differ (multisampling smooths them).
    CHECK(differing < int(drawnAfter.rgba.size() / 50));
    test::requireNoGlErrors();
}
