// `backrub render`: one frame (or a sequence with --frames) offscreen to PNG.
#include "app/Commands.h"
#include "app/GlContext.h"
#include "app/SceneSource.h"
#include "app/Snapshot.h"
#include "gfx/GlDebug.h"

#include <cstdio>

namespace backrub::app {

int runRender(const CommandLine& cl) {
    Problems problems;
    const std::optional<SceneData> scene = loadSceneFor(cl, problems);
    if (!scene) {
        printProblems(problems);
        return 1;
    }
    useOffscreenDriver();
    GlContextOptions options;
    options.visible = false;
    options.width = 64;
    options.height = 64;
    std::string error;
    auto context = GlContext::create(options, error);
    if (!context) {
        std::fprintf(stderr, "backrub: %s\n", error.c_str());
        return 1;
    }
    SnapshotRequest request;
    request.width = cl.width;
    request.height = cl.height;
    request.view = parseViewPreset(cl.view).value_or(ViewPreset::Back);
    Image image;
    if (!renderSnapshot(*scene, request, image, error) || !writePng(cl.out, image, error)) {
        std::fprintf(stderr, "backrub: %s\n", error.c_str());
        return 1;
    }
    if (!gfx::glDebugErrors().empty()) {
        std::fprintf(stderr, "backrub: %zu OpenGL error(s) while rendering\n", gfx::glDebugErrors().size());
        return 1;
    }
    std::printf("wrote %s (%dx%d, %s view, %s)\n", cl.out.c_str(), image.width, image.height, cl.view.c_str(),
                sceneLabel(cl).c_str());
    return 0;
}

}  // namespace backrub::app
