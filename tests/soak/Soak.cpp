// Long run of the real viewer, headless: frames cycling through every technique,
// pressure level, heat mode, layer and x-ray setting and through steps and seeks, on both
// bodies. Fails (exit code 1) on any GL error, a NaN or infinity in any pressure, dose,
// contact or hand, or resident memory growing more than kMaxGrowthMb after warm-up.
// What the viewer holds depends on what it shows (a posed body keeps a posed copy of the
// scene; x-ray, layers and heat modes have buffers of their own), so memory is compared
// over whole cycles of the techniques: growth is the rise of the lowest and of the highest
// resident memory from the first cycle after warm-up to the last one. A leak lifts both.
// Not part of ctest (it takes minutes): scripts/soak.sh builds and runs it.
//   soak [FRAMES [WIDTHxHEIGHT]]   (default 100000, split between the two bodies; 640x360)
#include "app/Viewer.h"
#include "gfx/GlDebug.h"
#include "render/ViewerKeys.h"

#include <SDL.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <malloc.h>
#include <unistd.h>
#include <vector>

using namespace backrub;

namespace {

constexpr double kMaxGrowthMb = 2.0;
constexpr int kTechniqueEveryFrames = 997;
constexpr int kTechniques = 8;
constexpr int kCycleFrames = kTechniqueEveryFrames * kTechniques;  // every technique once
constexpr int kWarmUpFrames = 8500;  // every technique, level and heat mode met once
constexpr int kSampleFrames = 50;
constexpr int kMinFramesPerBody = kWarmUpFrames + 2 * kCycleFrames;  // warm-up, then two cycles to compare

// Resident memory with the heap's free pages handed back first (malloc_trim): what the
// program holds, not what the allocator keeps around after a busy frame of the software
// rasterizer's threads, which comes and goes by some megabytes.
double residentMb() {
    malloc_trim(0);
    std::ifstream statm("/proc/self/statm");
    long pages = 0, resident = 0;
    statm >> pages >> resident;
    return double(resident) * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

bool finite(const std::vector<float>& values) {
    return std::all_of(values.begin(), values.end(), [](float x) { return std::isfinite(x); });
}

bool finite(const glm::vec3& v) { return std::isfinite(v.x) && std::isfinite(v.y) && std::isfinite(v.z); }

// Empty when everything the session holds is finite, else what is not.
std::string nonFinite(const TechniqueSession& s) {
    if (!finite(s.dose().live())) return "live pressure";
    if (!finite(s.dose().peak())) return "peak pressure";
    if (!finite(s.dose().dose())) return "dose";
    for (const Contact& c : s.frame().contacts)
        if (!finite(c.position) || !finite(c.normal) || !std::isfinite(c.forceN)) return "a contact";
    for (const auto& h : s.frame().hands)
        if (!finite(h.wrist) || !finite(h.contactPoint)) return "a hand";
    return "";
}

// The key pressed at frame i, if any: a schedule that meets every combination over time.
SDL_Keycode keyAt(int i) {
    if (i % kTechniqueEveryFrames == 0) return SDLK_PAGEDOWN;  // next technique
    if (i % 331 == 0) return SDLK_RIGHTBRACKET;  // next pressure level (wraps)
    if (i % 113 == 0) return SDLK_h;             // next heat mode
    if (i % 401 == 0) return SDLK_x;             // x-ray on / off
    if (i % 523 == 0) return SDLK_m;             // muscles
    if (i % 619 == 0) return SDLK_b;             // skeleton
    if (i % 709 == 0) return SDLK_t;             // massage table
    if (i % 89 == 0) return SDLK_RIGHT;          // next step
    if (i % 251 == 0) return SDLK_END;
    if (i % 263 == 0) return SDLK_HOME;
    if (i % 47 == 0) return SDLK_PERIOD;
    return SDLK_UNKNOWN;
}

bool soakBody(const std::string& body, int frames, int width, int height) {
    CommandLine cl;
    cl.body = body;
    cl.technique = "spine-line";
    app::Viewer viewer(cl);
    std::string error;
    if (!viewer.init(error, false, width, height)) {
        std::fprintf(stderr, "soak: %s\n", error.c_str());
        return false;
    }
    gfx::clearGlDebugErrors();
    test::key(viewer, SDLK_SPACE);  // play
    // Lowest and highest resident memory in each whole cycle after warm-up.
    struct Range {
        double low = 1e30, high = 0.0;
    };
    std::vector<Range> cycles;
    for (int i = 1; i <= frames; ++i) {
        if (const SDL_Keycode k = keyAt(i); k != SDLK_UNKNOWN) test::key(viewer, k);
        viewer.frame(1.0 / 30.0);
        if (!viewer.playback().playing()) test::key(viewer, SDLK_SPACE);  // a technique ended: play on
        if (!gfx::glDebugErrors().empty()) {
            std::fprintf(stderr, "soak: %s body, frame %d: GL error: %s\n", body.c_str(), i, gfx::glDebugErrors().front().c_str());
            return false;
        }
        if (const TechniqueSession* s = viewer.session()) {
            if (const std::string bad = nonFinite(*s); !bad.empty()) {
                std::fprintf(stderr, "soak: %s body, frame %d, %s at %.2f s: %s not finite\n", body.c_str(), i,
                             s->technique().id.c_str(), s->time(), bad.c_str());
                return false;
            }
        }
        // Sampled every kSampleFrames (trimming the heap costs a walk of it).
        const int cycle = (i - kWarmUpFrames - 1) / kCycleFrames;
        if (i > kWarmUpFrames && i % kSampleFrames == 0 && kWarmUpFrames + (cycle + 1) * kCycleFrames <= frames) {
            if (static_cast<int>(cycles.size()) <= cycle) cycles.emplace_back();
            const double mb = residentMb();
            cycles.back().low = std::min(cycles.back().low, mb);
            cycles.back().high = std::max(cycles.back().high, mb);
        }
        if (i % 5000 == 0) {
            std::printf("soak: %s body, %d frames, resident %.1f MB\n", body.c_str(), i, residentMb());
            std::fflush(stdout);  // progress shows when the output goes to a file too
        }
    }
    viewer.shutdown();
    if (cycles.size() < 2) {
        std::fprintf(stderr, "soak: %s body: %d frames leave fewer than two whole cycles after warm-up\n", body.c_str(), frames);
        return false;
    }
    for (std::size_t c = 0; c < cycles.size(); ++c)
        std::printf("soak: %s body, cycle %zu after warm-up: resident %.1f to %.1f MB\n", body.c_str(), c + 1, cycles[c].low,
                    cycles[c].high);
    const double floorGrowth = cycles.back().low - cycles.front().low;
    const double ceilingGrowth = cycles.back().high - cycles.front().high;
    std::printf("soak: %s body, %d frames: from the first cycle after warm-up to the last, the lowest resident memory "
                "grew %.2f MB and the highest %.2f MB (limit %.1f)\n",
                body.c_str(), frames, floorGrowth, ceilingGrowth, kMaxGrowthMb);
    return floorGrowth < kMaxGrowthMb && ceilingGrowth < kMaxGrowthMb;
}

}  // namespace

int main(int argc, char** argv) {
    const int frames = argc > 1 ? std::max(2 * kMinFramesPerBody, std::atoi(argv[1])) : 100000;
    // A scratch settings folder: the run neither reads nor changes the user's.
    const std::string config = std::filesystem::temp_directory_path().string() + "/backrub-soak-config";
    std::filesystem::remove_all(config);
    setenv("XDG_CONFIG_HOME", config.c_str(), 1);
    setenv("XDG_DATA_HOME", config.c_str(), 1);
    // A smaller window runs the same frames faster (software rendering costs by the pixel).
    int width = 640, height = 360;
    if (argc > 2 && (std::sscanf(argv[2], "%dx%d", &width, &height) != 2 || width < 64 || height < 64)) {
        std::fprintf(stderr, "soak: window size '%s' is not WIDTHxHEIGHT (at least 64x64)\n", argv[2]);
        return 2;
    }
    bool ok = true;
    for (const char* body : {"female", "male"}) ok = soakBody(body, frames / 2, width, height) && ok;
    std::printf("soak: %s\n", ok ? "passed" : "FAILED");
    return ok ? 0 : 1;
}
