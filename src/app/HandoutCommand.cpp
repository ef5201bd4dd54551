// `backrub handout --technique ID|FILE.json [--pressure LEVEL] [--paper a4|letter] --out F.pdf`:
// a printable handout of a technique, every step pictured offscreen and explained.
#include "app/Commands.h"
#include "app/GlContext.h"
#include "app/HandoutWriter.h"
#include "app/Visualization.h"

#include <chrono>
#include <cstdio>

namespace backrub::app {

int runHandout(const CommandLine& cl) {
    const auto started = std::chrono::steady_clock::now();
    Visualization vis;
    if (!vis.loadForCommand(cl)) return 1;
    std::string error;
    auto context = createOffscreenContext(error);
    if (!context) {
        std::fprintf(stderr, "backrub: %s\n", error.c_str());
        return 1;
    }
    int pages = 0;
    if (!writeHandout(vis, cl.paper, cl.out, pages, error)) {
        std::fprintf(stderr, "backrub: %s\n", error.c_str());
        return 1;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf("wrote %s (%d pages, %s, %s at %s pressure, %.1f s)\n", cl.out.c_str(), pages, paperRow(cl.paper).label,
                vis.session->technique().id.c_str(), pressureLevelId(cl.pressure), seconds);
    return 0;
}

}  // namespace backrub::app
