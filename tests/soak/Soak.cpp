// Long run of the real viewer, headless: frames cycling through every technique,
// pressure level, heat mode, layer and x-ray setting and through steps and seeks, on both
// bodies. Fails (exit code 1) on any GL error, a NaN or infinity in any pressure, dose,
// contact or hand, or resident memory growing more than kMaxGrowthMb after warm-up.
// What the viewer holds depends on what it shows (a posed body keeps a posed copy of the
// scene; every technique builds its own engine; layers and modes change what the software
// rasterizer bins), so resident memory swings by tens of megabytes within a cycle of the
// techniques. Growth is therefore the trend: the least-squares line through resident memory
// sampled every kSampleFrames after warm-up, from its start to its end. A leak lifts it.
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
constexpr int kMinFramesPerBody = kWarmUpFrames + 2 * kCycleFrames;  // warm-up, then two cycles at least

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

// The least-squares line through (frame, MB) samples.
struct Trend {
    double slope = 0.0;  // MB per frame
    double mean = 0.0, deviation = 0.0;  // of the MB values
};
Trend fitTrend(const std::vector<std::pair<double, double>>& samples) {
    const double n = double(samples.size());
    double mx = 0.0, my = 0.0;
    for (const auto& [x, y] : samples) {
        mx += x / n;
        my += y / n;
    }
    double sxx = 0.0, sxy = 0.0, syy = 0.0;
    for (const auto& [x, y] : samples) {
        sxx += (x - mx) * (x - mx);
        sxy += (x - mx) * (y - my);
        syy += (y - my) * (y - my);
    }
    return {sxx > 0.0 ? sxy / sxx : 0.0, my, std::sqrt(syy / n)};
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
    // Resident memory after warm-up, and the lowest and highest in each whole cycle of the techniques.
    std::vector<std::pair<double, double>> samples;  // frame, MB
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
        if (i > kWarmUpFrames && i % kSampleFrames == 0) {
            const double mb = residentMb();
            samples.emplace_back(double(i), mb);
            const int cycle = (i - kWarmUpFrames - 1) / kCycleFrames;
            if (static_cast<int>(cycles.size()) <= cycle) cycles.emplace_back();
            cycles.back().low = std::min(cycles.back().low, mb);
            cycles.back().high = std::max(cycles.back().high, mb);
        }
        if (i % 5000 == 0) {
            std::printf("soak: %s body, %d frames, resident %.1f MB\n", body.c_str(), i, residentMb());
            std::fflush(stdout);  // progress shows when the output goes to a file too
        }
    }
    viewer.shutdown();
    if (samples.size() < 2 || cycles.size() < 2) {
        std::fprintf(stderr, "soak: %s body: %d frames leave too little after warm-up to compare\n", body.c_str(), frames);
        return false;
    }
    for (std::size_t c = 0; c < cycles.size(); ++c)
        std::printf("soak: %s body, cycle %zu after warm-up: resident %.1f to %.1f MB\n", body.c_str(), c + 1, cycles[c].low,
                    cycles[c].high);
    const Trend trend = fitTrend(samples);
    const double growth = trend.slope * (samples.back().first - samples.front().first);
    std::printf("soak: %s body, %d frames: resident memory after warm-up %.1f MB on average (%.1f MB standard deviation); "
                "its trend grows %.2f MB from warm-up to the end (limit %.1f)\n",
                body.c_str(), frames, trend.mean, trend.deviation, growth, kMaxGrowthMb);
    return growth < kMaxGrowthMb;
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
