#include "render/GLTestContext.h"

#include "app/GlContext.h"
#include "gfx/GlDebug.h"

#include <SDL.h>
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <memory>

namespace backrub::test {

void requireGlContext() {
    static std::unique_ptr<app::GlContext> context;
    static std::string error;
    if (!context && error.empty()) {
        app::useOffscreenDriver();
        app::GlContextOptions options;
        options.visible = false;
        options.width = 64;
        options.height = 64;
        context = app::GlContext::create(options, error);
    }
    INFO(error);
    REQUIRE(context != nullptr);
    // A viewer test in the same process may have made (and closed) its own context.
    SDL_GL_MakeCurrent(context->window(), context->glContext());
    gfx::clearGlDebugErrors();
}

void requireNoGlErrors() {
    gfx::checkGlError("end of test");
    const auto& errors = gfx::glDebugErrors();
    std::string all;
    for (const auto& e : errors) all += e + "\n";
    INFO(all);
    REQUIRE(errors.empty());
}

void requireMatchesGolden(const Image& actual, const std::string& name) {
    const std::string goldenPath = std::string(BACKRUB_GOLDEN_DIR) + "/" + name + ".png";
    const std::string outBase = std::string(BACKRUB_TEST_OUTPUT_DIR) + "/" + name;
    std::string error;
    const char* update = std::getenv("BACKRUB_UPDATE_GOLDEN");
    if (update && std::string(update) == "1") {
        // Under CI an update would make every golden check pass: refuse it.
        const char* ci = std::getenv("CI");
        if (ci && *ci && std::string(ci) != "0" && std::string(ci) != "false")
            FAIL("BACKRUB_UPDATE_GOLDEN=1 is refused when CI is set: golden images are updated by hand and looked at");
        REQUIRE(writePng(goldenPath, actual, error));
        WARN("updated golden image " << goldenPath);
        return;
    }
    Image golden;
    if (!readPng(goldenPath, golden, error)) {
        writePng(outBase + ".actual.png", actual, error);
        FAIL("missing golden image " << goldenPath << " (actual written to " << outBase
                                     << ".actual.png; run with BACKRUB_UPDATE_GOLDEN=1 to create it)");
    }
    const ImageDifference d = compareImages(actual, golden, 8);
    const bool ok = d.sameSize && d.fractionOverTolerance <= 0.005;
    if (!ok) {
        writePng(outBase + ".actual.png", actual, error);
        if (d.sameSize) writePng(outBase + ".diff.png", d.diff, error);
    }
    INFO(name << ": size match " << d.sameSize << ", max channel delta " << d.maxChannelDelta << ", "
              << d.fractionOverTolerance * 100.0 << " % of pixels over 8/255; actual and diff in " << outBase
              << ".*.png");
    REQUIRE(ok);
}

SceneData sphereScene(const std::string& layer, const glm::vec3& centre, float radius, const glm::vec4& color) {
    SceneData s;
    s.materials.push_back(MaterialData{"m", color, 0.0f, 0.5f, false, false});
    Primitive p;
    const int rings = 48, segments = 96;
    for (int r = 0; r <= rings; ++r) {
        const float theta = float(r) / rings * 3.14159265f;
        for (int g = 0; g <= segments; ++g) {
            const float phi = float(g) / segments * 6.2831853f;
            const glm::vec3 n(std::sin(theta) * std::cos(phi), std::cos(theta), std::sin(theta) * std::sin(phi));
            p.positions.push_back(n * radius);
            p.normals.push_back(n);
        }
    }
    for (int r = 0; r < rings; ++r)
        for (int g = 0; g < segments; ++g) {
            const std::uint32_t a = r * (segments + 1) + g, b = a + segments + 1;
            p.indices.insert(p.indices.end(), {a, a + 1, b, a + 1, b + 1, b});
        }
    p.material = 0;
    s.meshes.push_back(MeshData{"sphere", {p}});
    NodeData mesh;
    mesh.name = "sphere";
    mesh.mesh = 0;
    mesh.local = glm::mat4(1.0f);
    mesh.local[3] = glm::vec4(centre, 1.0f);
    if (layer.empty()) {
        s.nodes.push_back(mesh);
        s.roots = {0};
    } else {
        NodeData group;
        group.name = layer;
        group.children = {1};
        mesh.parent = 0;
        s.nodes = {group, mesh};
        s.roots = {0};
    }
    s.updateWorldTransforms();
    return s;
}

void appendScene(SceneData& into, const SceneData& from) {
    const int nodeBase = static_cast<int>(into.nodes.size());
    const int meshBase = static_cast<int>(into.meshes.size());
    const int materialBase = static_cast<int>(into.materials.size());
    into.materials.insert(into.materials.end(), from.materials.begin(), from.materials.end());
    for (MeshData m : from.meshes) {
        for (Primitive& p : m.primitives)
            if (p.material >= 0) p.material += materialBase;
        into.meshes.push_back(std::move(m));
    }
    for (NodeData n : from.nodes) {
        if (n.parent >= 0) n.parent += nodeBase;
        for (int& c : n.children) c += nodeBase;
        if (n.mesh >= 0) n.mesh += meshBase;
        into.nodes.push_back(std::move(n));
    }
    for (int r : from.roots) into.roots.push_back(r + nodeBase);
    into.updateWorldTransforms();
}

}  // namespace backrub::test
