// The browser page's entry point: the viewer of app/Viewer.h driven by the browser's
// frame loop (emscripten_set_main_loop) instead of a desktop event loop. It waits for
// browser storage (settings, the user's techniques), starts the viewer as the URL asks
// (UrlStart.h), then draws a frame at each animation frame. Console lines starting
// "backrub:" report the start, the first frame, GL errors and (bench=1) frame times;
// the page's buttons and tests reach it through the backrub_* functions below.
#include "app/Viewer.h"
#include "core/technique/UserTechniques.h"
#include "core/base/SafeWrite.h"
#include "gfx/GlDebug.h"
#include "web/BrowserStorage.h"
#include "web/UrlStart.h"

#include <SDL.h>
#include <emscripten.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <vector>

namespace {

using namespace backrub;

EM_JS(void, mountStoredFolders, (const char* joined), {
    Module.backrubStorageReady = false;
    for (const dir of UTF8ToString(joined).split('\n')) {
        if (!dir) continue;
        FS.mkdirTree(dir);
        FS.mount(IDBFS, {}, dir);
    }
    FS.syncfs(true, (err) => {
        if (err) console.warn('backrub: browser storage not readable: ' + err);
        Module.backrubStorageReady = true;
    });
});
EM_JS(int, storageReady, (), { return Module.backrubStorageReady ? 1 : 0; });
EM_JS(char*, pageQuery, (), { return allocateUTF8(location.search); });
EM_JS(int, pageWidth, (), { return Module.canvas.clientWidth || window.innerWidth; });
EM_JS(int, pageHeight, (), { return Module.canvas.clientHeight || window.innerHeight; });
EM_JS(double, pageTimeMs, (), { return performance.now(); });
EM_JS(void, consoleError, (const char* text), { console.error(UTF8ToString(text)); });

struct Page {
    web::UrlStart start;
    std::unique_ptr<app::Viewer> viewer;
    bool failed = false;
    double lastMs = 0.0;
    long frames = 0;
    double nextSaveMs = 0.0;
    std::size_t glErrorsShown = 0;
    std::vector<double> intervalsMs, workMs;  // bench: time between frames, time inside frame()
};
Page page;

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

void reportGlErrors() {
    gfx::checkGlError("frame");
    const auto& errors = gfx::glDebugErrors();
    for (; page.glErrorsShown < errors.size(); ++page.glErrorsShown)
        consoleError(("backrub: GL error: " + errors[page.glErrorsShown]).c_str());
}

void pushKey(SDL_Keycode key) {
    SDL_Event event{};
    event.type = SDL_KEYDOWN;
    event.key.keysym.sym = key;
    SDL_PushEvent(&event);
}

void start() {
    const double t0 = pageTimeMs();
    page.viewer = std::make_unique<app::Viewer>(page.start.cl);
    std::string error;
    if (!page.viewer->init(error, true, pageWidth(), pageHeight())) {
        consoleError(("backrub: cannot start: " + error).c_str());
        page.failed = true;
        return;
    }
    std::printf("backrub: started in %.0f ms (%s)\n", pageTimeMs() - t0,
                page.viewer->session() ? page.viewer->session()->technique().id.c_str() : "no technique");
    if (page.start.play || page.start.bench) pushKey(SDLK_SPACE);
}

void frame() {
    if (page.failed) return;
    if (!page.viewer) {
        if (storageReady()) start();
        page.lastMs = emscripten_get_now();
        return;
    }
    SDL_Event event;
    while (SDL_PollEvent(&event)) page.viewer->handleEvent(event);
    const double now = emscripten_get_now();
    const double dtMs = now - page.lastMs;
    page.lastMs = now;
    page.viewer->frame(dtMs / 1000.0);
    const double workMs = emscripten_get_now() - now;
    if (++page.frames == 1) std::printf("backrub: first frame at %.0f ms after page start\n", pageTimeMs());
    if (page.frames <= 10 || page.frames % 60 == 0) reportGlErrors();
    if (page.start.bench && page.frames > 10) {  // past the start-up frames
        page.intervalsMs.push_back(dtMs);
        page.workMs.push_back(workMs);
        if (page.intervalsMs.size() == 120) {
            std::printf("backrub: bench %zu frames at %dx%d: frame interval median %.1f ms, work in frame() median %.1f ms\n",
                        page.intervalsMs.size(), pageWidth(), pageHeight(), median(page.intervalsMs), median(page.workMs));
            page.intervalsMs.clear();
            page.workMs.clear();
        }
    }
    if (now >= page.nextSaveMs) {  // settings kept as they change, not only when the page closes
        page.nextSaveMs = now + 3000.0;
        page.viewer->savePrefs();
        web::persistStorage();
    }
}

std::string jsonText(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        if (static_cast<unsigned char>(c) >= 0x20) out += c;
    }
    return out + "\"";
}

}  // namespace

extern "C" {

// A technique file from the page's file picker or a drop: kept with the user's techniques, then played.
EMSCRIPTEN_KEEPALIVE int backrub_open_technique(const char* name, const char* text) {
    if (!page.viewer) return 0;
    const std::filesystem::path folder = userTechniquesFolder();
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    const std::string path = (folder / std::filesystem::path(name).filename()).string();
    std::string error;
    if (!writeFileAtomically(path, text, error)) {
        consoleError(("backrub: " + error).c_str());
        return 0;
    }
    const bool opened = page.viewer->openTechniqueFile(path);
    web::persistStorage();
    std::printf("backrub: %s %s\n", opened ? "opened" : "could not open", path.c_str());
    return opened ? 1 : 0;
}

// The page's "Save picture" button: what F12 does.
EMSCRIPTEN_KEEPALIVE void backrub_screenshot() { pushKey(SDLK_F12); }

EMSCRIPTEN_KEEPALIVE void backrub_save_settings() {
    if (!page.viewer) return;
    page.viewer->savePrefs();
    web::persistStorage();
}

// The viewer's state as JSON, for tests: frames drawn, technique, time, pressure, modes, the guided-mode button.
EMSCRIPTEN_KEEPALIVE const char* backrub_state() {
    static std::string json;
    json = "{\"frames\":" + std::to_string(page.frames);
    if (app::Viewer* v = page.viewer.get()) {
        json += ",\"technique\":" + jsonText(v->state().techniqueId) + ",\"time\":" + std::to_string(v->playback().time()) +
                ",\"playing\":" + (v->playback().playing() ? "true" : "false") +
                ",\"pressure\":" + jsonText(pressureLevelId(v->level())) +
                ",\"guided\":" + (v->guided() ? "true" : "false") +
                ",\"presenting\":" + (v->presenting() ? "true" : "false") +
                ",\"status\":" + jsonText(v->statusMessage());
        if (const auto spot = v->hotspot("main.guided"))
            json += ",\"guidedButton\":[" + std::to_string(spot->x0) + "," + std::to_string(spot->y0) + "," +
                    std::to_string(spot->x1) + "," + std::to_string(spot->y1) + "]";
    }
    return (json += "}").c_str();
}

}  // extern "C"

int main() {
    std::printf("backrub: program loaded at %.0f ms after page start\n", pageTimeMs());
    char* query = pageQuery();
    page.start = web::parseUrlStart(query ? query : "");
    std::free(query);
    if (!page.start.problem.empty()) consoleError(("backrub: " + page.start.problem).c_str());
    std::string folders;
    for (const std::string& folder : web::storedFolders()) folders += folder + "\n";
    mountStoredFolders(folders.c_str());
    emscripten_set_main_loop(frame, 0, false);
    return 0;
}
