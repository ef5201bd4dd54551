// Frame-time benchmark of the full viewer: generated body with all layers on,
// a technique playing with hands, trails and the live heat map, and the ImGui
// panels, rendered offscreen (Mesa llvmpipe without a GPU). Prints start-to-first-
// frame time and median / min / max frame time at 1280x720 and 1920x1080, and the
// CPU time of all threads per frame (steadier than wall time on a shared machine).
// Then the roll-over of the knees-to-chest technique at both sizes: the body is posed
// anew every frame (skinning and upload), the whole 10 s roll sampled over the frames.
// Then compare: the technique at two pressure levels side by side (two pictures a frame).
// Then x-ray: the technique playing with the skin see-through, muscles and bones drawn.
// BENCH_VISIBLE=1 shows the window: with SDL_VIDEODRIVER=x11 under xvfb-run that
// adds the copy of every frame to the X server, as a user's window has.
#include "app/GlContext.h"
#include "app/Viewer.h"
#include "render/ViewerKeys.h"

#include <SDL.h>
#include "gfx/Gl.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <ctime>
#include <vector>

using namespace backrub;
using Clock = std::chrono::steady_clock;

namespace {

double ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

// CPU time of all threads (main and llvmpipe's): steadier than wall time on a shared machine.
double processCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) * 1e-6;
}

// What a run plays: a technique, the steps skipped before playing, the playback time each
// frame advances.
struct Run {
    const char* label;
    const char* technique;
    int skipSteps;
    double playbackPerFrameS;
    bool compare = false;  // side by side with itself one level up
    bool xray = false;     // the skin see-through (X): muscles and bones drawn under it
};

bool benchSize(int width, int height, int frames, const std::string& config, const Run& run) {
    // Default settings every run (all layers, hands, trails, live heat map, panels open),
    // whatever an earlier run saved.
    std::error_code ec;
    std::filesystem::remove_all(config, ec);
    CommandLine cl;
    cl.technique = run.technique;
    app::Viewer viewer(cl);
    std::string error;
    const auto start = Clock::now();
    if (!viewer.init(error, std::getenv("BENCH_VISIBLE") != nullptr, width, height)) {
        std::fprintf(stderr, "bench_frame: %s\n", error.c_str());
        return false;
    }
    viewer.frame(0.0);
    glFinish();
    const double firstFrameMs = ms(Clock::now() - start);

    for (int i = 0; i < run.skipSteps; ++i) test::key(viewer, SDLK_RIGHT);
    if (run.compare) viewer.setComparing(true);
    if (run.xray) test::key(viewer, SDLK_x);
    test::key(viewer, SDLK_SPACE);  // play
    std::vector<double> times;
    const double cpuStart = processCpuMs();
    for (int i = 0; i < frames; ++i) {
        const auto t0 = Clock::now();
        viewer.frame(run.playbackPerFrameS);
        glFinish();  // count the GPU (llvmpipe) work of this frame, not just its submission
        times.push_back(ms(Clock::now() - t0));
    }
    const double cpuPerFrame = (processCpuMs() - cpuStart) / frames;
    viewer.shutdown();
    std::sort(times.begin(), times.end());
    const double median = times[times.size() / 2];
    std::printf("%s %dx%d: start to first frame %.0f ms; frame median %.2f ms (%.0f fps), min %.2f, max %.2f over %d frames;"
                " %.1f CPU ms per frame (all threads)\n",
                run.label, width, height, firstFrameMs, median, 1000.0 / median, times.front(), times.back(), frames, cpuPerFrame);
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    const int frames = argc > 1 ? std::max(10, std::atoi(argv[1])) : 120;
    const std::string config = "/tmp/backrub-bench-config";
    setenv("XDG_CONFIG_HOME", config.c_str(), 1);  // leave the user's settings alone
    app::useOffscreenDriver();
    const Run playing{"frame", "thumb-circles-lumbar", 0, 1.0 / 60.0};
    // Two steps on, the receiver rolls from the back onto the stomach over 10 s.
    const Run rolling{"roll-over", "knees-to-chest-glutes", 2, 10.0 / frames};
    const Run comparing{"compare", "thumb-circles-lumbar", 0, 1.0 / 60.0, true};
    const Run xray{"x-ray", "thumb-circles-lumbar", 0, 1.0 / 60.0, false, true};
    // bench_frame [FRAMES [RUN]]: RUN ("frame", "roll-over", "compare", "x-ray") runs that one alone.
    const std::string only = argc > 2 ? argv[2] : "";
    bool ok = true;
    for (const Run* run : {&playing, &rolling, &comparing, &xray}) {
        if (!only.empty() && only != run->label) continue;
        ok = ok && benchSize(1280, 720, frames, config, *run) && benchSize(1920, 1080, frames, config, *run);
    }
    return ok ? 0 : 1;
}
