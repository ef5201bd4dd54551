#include "app/Viewer.h"

#include "app/Commands.h"
#include "app/SceneSource.h"
#include "core/BodyModel.h"
#include "ui/LayerPanel.h"

#include <SDL.h>
#include <glad/gl.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

#include <cstdio>
#include <ctime>

namespace backrub::app {

int runViewer(const CommandLine& cl) {
    Viewer viewer(cl);
    return viewer.run();
}

bool Viewer::init(std::string& error) {
    GlContextOptions options;
    options.title = "Backrub";
    context_ = GlContext::create(options, error);
    if (!context_) return false;
    if (!renderer_.init(error)) return false;

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;  // layout persistence comes with the settings file
    ImGui::StyleColorsDark();
    ImGui_ImplSDL2_InitForOpenGL(context_->window(), context_->glContext());
    ImGui_ImplOpenGL3_Init("#version 330 core");
    imguiReady_ = true;

    loadScene();
    lastTicks_ = SDL_GetPerformanceCounter();
    return true;
}

void Viewer::loadScene() {
    loadProblems_.clear();
    std::optional<SceneData> scene = loadSceneFor(cl_, loadProblems_);
    if (!scene) {
        // Keep running: show the problems and the generated body instead.
        printProblems(loadProblems_);
        CommandLine fallback = cl_;
        fallback.model.clear();
        scene = loadSceneFor(fallback, loadProblems_);
        status_.model = sceneLabel(fallback) + " (could not open " + cl_.model + ")";
    } else {
        status_.model = sceneLabel(cl_);
    }
    scene_ = std::move(*scene);
    renderer_.setScene(scene_);
    int w = 0, h = 0;
    context_->drawableSize(w, h);
    glm::vec3 lo(-0.5f), hi(0.5f);
    scene_.worldBounds(lo, hi);
    camera_.frame(lo, hi, float(w) / float(h > 0 ? h : 1));
}

void Viewer::toggleFullscreen() {
    const bool full = SDL_GetWindowFlags(context_->window()) & SDL_WINDOW_FULLSCREEN_DESKTOP;
    SDL_SetWindowFullscreen(context_->window(), full ? 0 : SDL_WINDOW_FULLSCREEN_DESKTOP);
}

void Viewer::handleEvent(const SDL_Event& event) {
    ImGui_ImplSDL2_ProcessEvent(&event);
    const ImGuiIO& io = ImGui::GetIO();
    switch (event.type) {
        case SDL_QUIT: quit_ = true; break;
        case SDL_MOUSEBUTTONDOWN:
            if (!io.WantCaptureMouse) dragButton_ = event.button.button;
            break;
        case SDL_MOUSEBUTTONUP: dragButton_ = 0; break;
        case SDL_MOUSEMOTION: {
            if (dragButton_ == SDL_BUTTON_LEFT) camera_.rotate(float(event.motion.xrel), float(event.motion.yrel));
            else if (dragButton_ == SDL_BUTTON_RIGHT || dragButton_ == SDL_BUTTON_MIDDLE) {
                int w = 0, h = 0;
                SDL_GetWindowSize(context_->window(), &w, &h);
                camera_.pan(float(event.motion.xrel), float(event.motion.yrel), float(h));
            }
            break;
        }
        case SDL_MOUSEWHEEL:
            if (!io.WantCaptureMouse) camera_.zoom(float(event.wheel.y));
            break;
        case SDL_KEYDOWN: {
            if (io.WantCaptureKeyboard) break;
            const SDL_Keycode key = event.key.keysym.sym;
            const ViewPreset presets[] = {ViewPreset::Back, ViewPreset::Left, ViewPreset::Right, ViewPreset::Top,
                                          ViewPreset::Oblique};
            if (key >= SDLK_1 && key <= SDLK_5) camera_.setPreset(presets[key - SDLK_1]);
            else if (key == SDLK_r) camera_.reset();
            else if (key == SDLK_F11) toggleFullscreen();
            else if (key == SDLK_F12) screenshotRequested_ = true;
            else if (key == SDLK_x) settings_.setXray(!settings_.xray());
            break;
        }
        default: break;
    }
}

void Viewer::takeScreenshot() {
    char name[64];
    const std::time_t now = std::time(nullptr);
    std::strftime(name, sizeof name, "backrub-%Y%m%d-%H%M%S.png", std::localtime(&now));
    std::string error;
    if (writePng(name, target_.readPixels(), error)) status_.message = std::string("screenshot ") + name;
    else status_.message = error;
}

void Viewer::drawUi() {
    ImGui::SetNextWindowPos(ImVec2(10, 10), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(300, 0), ImGuiCond_FirstUseEver);
    if (ImGui::Begin("Layers")) {
        ui::drawLayerPanel(settings_);
        ImGui::Separator();
        ImGui::TextUnformatted("View");
        const char* names[] = {"Back", "Left", "Right", "Top", "Oblique"};
        for (int i = 0; i < 5; ++i) {
            if (i) ImGui::SameLine();
            if (ImGui::SmallButton(names[i])) camera_.setPreset(static_cast<ViewPreset>(i));
        }
    }
    ImGui::End();
    if (!loadProblems_.empty()) {
        ImGui::SetNextWindowPos(ImVec2(320, 10), ImGuiCond_FirstUseEver);
        if (ImGui::Begin("Problems loading the model")) {
            for (const Problem& p : loadProblems_) ImGui::TextWrapped("%s", p.str().c_str());
        }
        ImGui::End();
    }
    ui::drawStatusLine(status_);
}

void Viewer::frame() {
    const unsigned long long ticks = SDL_GetPerformanceCounter();
    const float ms = float(double(ticks - lastTicks_) * 1000.0 / double(SDL_GetPerformanceFrequency()));
    lastTicks_ = ticks;
    status_.frameMs = status_.frameMs == 0.0f ? ms : status_.frameMs * 0.9f + ms * 0.1f;

    int w = 0, h = 0;
    context_->drawableSize(w, h);
    if (w != target_.width() || h != target_.height()) target_.resize(w, h, settings_.msaaSamples);
    target_.bind();
    renderer_.render(camera_, w, h, settings_);
    if (screenshotRequested_) {
        takeScreenshot();  // the scene without the UI, as handouts want it
        screenshotRequested_ = false;
    }
    target_.blitToScreen(w, h);

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGui::NewFrame();
    drawUi();
    ImGui::Render();
    glViewport(0, 0, w, h);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    context_->swap();
}

void Viewer::shutdown() {
    if (imguiReady_) {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplSDL2_Shutdown();
        ImGui::DestroyContext();
        imguiReady_ = false;
    }
    context_.reset();
}

int Viewer::run() {
    std::string error;
    if (!init(error)) {
        std::fprintf(stderr, "backrub: %s\n", error.c_str());
        shutdown();
        return 1;
    }
    while (!quit_) {
        SDL_Event event;
        while (SDL_PollEvent(&event)) handleEvent(event);
        frame();
    }
    shutdown();
    return 0;
}

}  // namespace backrub::app
