// `backrub render`: one frame, or an image sequence with --frames, offscreen to PNG.
#include "app/Commands.h"
#include "app/GlContext.h"
#include "app/SceneSource.h"
#include "app/Snapshot.h"
#include "app/Visualization.h"
#include "core/session/HeatDisplay.h"
#include "gfx/GlDebug.h"
#include "gfx/StillCanvas.h"
#include "gfx/VisualizerRenderer.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <optional>

namespace backrub::app {
namespace {

void printProgress(int done, int total) {
    const int width = 40;
    const int filled = total > 0 ? done * width / total : width;
    std::fprintf(stderr, "\r[%.*s%*s] %d/%d", filled, "########################################", width - filled, "",
                 done, total);
    if (done == total) std::fputc('\n', stderr);
    std::fflush(stderr);
}

// The technique times to draw: --time, or every --frames time fitted to the technique
// (past its end is cut, with a notice) in a folder that is created. Empty after
// printing the problem; `code` is then the exit code (2: usage, 1: the folder).
std::vector<double> renderTimes(const CommandLine& cl, const Visualization& vis, int& code) {
    if (!cl.frames) return {cl.timeS.value_or(0.0)};
    const TechniqueSession* session = vis.session.get();
    const FramePlan plan = planFrames(*cl.frames, session ? session->technique().id : "",
                                      session ? std::optional<double>(session->duration()) : std::nullopt);
    if (!plan.error.empty()) {
        std::fprintf(stderr, "backrub: %s\n", plan.error.c_str());
        code = 2;
        return {};
    }
    if (!plan.notice.empty()) std::fprintf(stderr, "backrub: %s\n", plan.notice.c_str());
    std::error_code ec;
    std::filesystem::create_directories(cl.out, ec);
    if (ec) {
        std::fprintf(stderr, "backrub: %s: cannot create the output folder: %s\n", cl.out.c_str(), ec.message().c_str());
        code = 1;
        return {};
    }
    return frameTimes(plan.range);
}

ViewSettings renderSettings(const CommandLine& cl) {
    ViewSettings settings;
    settings.heat = cl.heat;
    for (const auto& row : kShownLayers)
        settings.layer(row.value).visible = ("," + cl.layers + ",").find("," + std::string(row.id) + ",") != std::string::npos;
    settings.setXray(cl.xray);
    return settings;
}

// --out itself, or frame i's file in the --frames folder.
std::string framePath(const CommandLine& cl, std::size_t i) {
    if (!cl.frames) return cl.out;
    char name[32];
    std::snprintf(name, sizeof name, "frame_%05zu.png", i);
    return (std::filesystem::path(cl.out) / name).string();
}

void printSummary(const CommandLine& cl, const Visualization& vis, const TechniqueSession* right, std::size_t frames) {
    std::string what = vis.session ? vis.session->technique().id + " at " + pressureLevelId(cl.pressure) + " pressure, " : "";
    if (right)
        what = vis.session->technique().id + " (left) and " + right->technique().id + " (right) at " + pressureLevelId(cl.pressure) +
               " pressure, ";
    const char* view = viewPresetName(cl.view);
    if (cl.frames)
        std::printf("wrote %zu frames to %s (%dx%d, %s view, %s%s)\n", frames, cl.out.c_str(), cl.width, cl.height, view,
                    what.c_str(), vis.label.c_str());
    else
        std::printf("wrote %s (%dx%d, %s view, %s%s)\n", cl.out.c_str(), cl.width, cl.height, view, what.c_str(),
                    vis.label.c_str());
}

}  // namespace

int runRender(const CommandLine& cl) {
    Visualization vis;
    if (!vis.loadForCommand(cl)) return 1;
    int code = 0;
    const std::vector<double> times = renderTimes(cl, vis, code);
    if (times.empty()) return code;

    std::string error;
    auto context = createOffscreenContext(error);
    if (!context) {
        std::fprintf(stderr, "backrub: %s\n", error.c_str());
        return 1;
    }
    // --compare: a second technique on the same body, drawn beside the first, each half as wide.
    std::unique_ptr<TechniqueSession> right;
    if (!cl.compareTechnique.empty()) {
        right = vis.makeSession(cl.compareTechnique, cl.pressure, error);
        if (!right) {
            std::fprintf(stderr, "backrub: %s\n", error.c_str());
            return 1;
        }
    }
    const int width = right ? cl.width / 2 : cl.width;
    const ViewSettings settings = renderSettings(cl);
    gfx::VisualizerRenderer renderer;
    gfx::StillCanvas canvas;
    if (!renderer.init(error) || !canvas.init(width, cl.height, settings.msaaSamples, error)) {
        std::fprintf(stderr, "backrub: %s\n", error.c_str());
        return 1;
    }
    renderer.setScene(vis.scene);
    renderer.setTable(vis.table ? &vis.table->mesh : nullptr);
    const Body* working = vis.session && vis.body ? &*vis.body : nullptr;  // a technique: frame where it works
    // Framed on the body as the first picture shows it (posed for its step).
    if (vis.session && !times.empty()) vis.session->update(times.front());
    const OrbitCamera camera =
        framedShownCamera(renderer, vis.scene, working, vis.session.get(), cl.view, float(width) / float(cl.height));

    for (std::size_t i = 0; i < times.size(); ++i) {
        if (vis.session) vis.session->update(times[i]);
        if (right) {
            right->update(times[i]);
            const ColorMapId map = colorMapFromName(settings.colorMap).value_or(ColorMapId::Inferno);
            renderer.setSharedLegend(sharedHeatLegend(*vis.session, *right, settings.heat, map, settings.liveScale));
        }
        canvas.bind();
        renderer.render(camera, width, cl.height, settings, vis.session.get());
        Image picture = canvas.image(settings.theme);
        if (right) {
            canvas.bind();
            renderer.render(camera, width, cl.height, settings, right.get());
            picture = sideBySide(picture, canvas.image(settings.theme));
        }
        if (!writePng(framePath(cl, i), picture, error)) {
            if (cl.frames) std::fputc('\n', stderr);
            std::fprintf(stderr, "backrub: %s\n", error.c_str());
            return 1;
        }
        if (cl.frames) printProgress(static_cast<int>(i + 1), static_cast<int>(times.size()));
    }
    if (!gfx::glDebugErrors().empty()) {
        std::fprintf(stderr, "backrub: %zu OpenGL error(s) while rendering\n", gfx::glDebugErrors().size());
        return 1;
    }
    printSummary(cl, vis, right.get(), times.size());
    return 0;
}

}  // namespace backrub::app
