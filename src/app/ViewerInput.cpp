// Viewer input: mouse orbit/pan/zoom, hover picking, and the keyboard map
// (usable alone in presentation mode).
#include "app/Viewer.h"

#include "app/Download.h"
#include "core/view/Picking.h"
#include "core/body/StructureInfo.h"
#include "core/session/ScreenshotName.h"

#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_sdl.h>

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <optional>

namespace backrub::app {

void Viewer::handleEvent(const SDL_Event& event) {
    ImGui_ImplSDL2_ProcessEvent(&event);
    const ImGuiIO& io = ImGui::GetIO();
    switch (event.type) {
        case SDL_QUIT: quit_ = true; break;
        case SDL_WINDOWEVENT:
            if (event.window.event == SDL_WINDOWEVENT_CLOSE) quit_ = true;
            if (event.window.event == SDL_WINDOWEVENT_LEAVE) {
                hoverPixel_.reset();
                hoverText_.clear();
                hoveredNode_ = -1;
                pointer_.reset();
            }
            break;
        case SDL_MOUSEBUTTONDOWN:
            if (!io.WantCaptureMouse) state_.dragButton = event.button.button;
            if (!io.WantCaptureMouse && event.button.button == SDL_BUTTON_LEFT) pressedAt_ = glm::ivec2(event.button.x, event.button.y);
            break;
        case SDL_MOUSEBUTTONUP: {
            state_.dragButton = 0;
            // A click (no drag) on the scene while the stroke editor lays a path adds a waypoint.
            if (event.button.button == SDL_BUTTON_LEFT && pressedAt_ && editing_ && editing_->layingPath)
                layWaypointAt(pressedAt_->x, pressedAt_->y);
            if (event.button.button == SDL_BUTTON_LEFT) pressedAt_.reset();
            break;
        }
        case SDL_MOUSEMOTION: {
            pointer_ = glm::vec2(float(event.motion.x), float(event.motion.y));
            // Moved further than a hand's tremor with the button down: a drag, not a click.
            constexpr int kClickSlopPx = 4;
            if (pressedAt_ && (std::abs(event.motion.x - pressedAt_->x) > kClickSlopPx ||
                               std::abs(event.motion.y - pressedAt_->y) > kClickSlopPx))
                pressedAt_.reset();
            int w = 0, h = 0;
            SDL_GetWindowSize(context_->window(), &w, &h);
            if (state_.dragButton == SDL_BUTTON_LEFT) camera_.rotate(float(event.motion.xrel), float(event.motion.yrel));
            else if (state_.dragButton == SDL_BUTTON_RIGHT || state_.dragButton == SDL_BUTTON_MIDDLE)
                camera_.pan(float(event.motion.xrel), float(event.motion.yrel), float(h));
            else if (!io.WantCaptureMouse) updateHover(event.motion.x, event.motion.y);
            else {
                hoverPixel_.reset();
                hoverText_.clear();
                hoveredNode_ = -1;
            }
            break;
        }
        case SDL_MOUSEWHEEL:
            if (!io.WantCaptureMouse) {
                const int x = event.wheel.mouseX, y = event.wheel.mouseY;  // the cursor when the wheel turned
                int w = 0, h = 0, dw = 0, dh = 0;
                SDL_GetWindowSize(context_->window(), &w, &h);
                context_->drawableSize(dw, dh);
                // Toward the point under the cursor (window pixels to NDC, y up).
                camera_.zoomAt(float(event.wheel.y), 2.0f * (float(x) + 0.5f) / float(std::max(w, 1)) - 1.0f,
                               1.0f - 2.0f * (float(y) + 0.5f) / float(std::max(h, 1)), float(dw) / float(std::max(dh, 1)));
            }
            break;
        case SDL_KEYDOWN:
            if (!io.WantCaptureKeyboard || state_.presenting) handleKey(event.key.keysym.sym);
            break;
        default: break;
    }
}

void Viewer::handleKey(int key) {
    if (state_.chooserOpen) {  // the chooser takes the whole screen: only Esc ("Not now")
        if (key == SDLK_ESCAPE) applyAudienceChoice(Audience::Unchosen);
        return;
    }
    // Ctrl+Z / Ctrl+Y (or Ctrl+Shift+Z) undo and redo in the stroke editor.
    if (editing_ && (SDL_GetModState() & KMOD_CTRL) && (key == SDLK_z || key == SDLK_y)) {
        const bool redo = key == SDLK_y || (SDL_GetModState() & KMOD_SHIFT);
        if (redo ? editing_->editor.redo() : editing_->editor.undo()) previewDraft();
        return;
    }
    // SDL key codes of printable keys are their ASCII characters.
    const std::optional<ViewPreset> preset = key > 0 && key < 128 ? enumFromKey(kViewPresets, char(key)) : std::nullopt;
    const std::optional<Layer> layer = key > 0 && key < 128 ? enumFromKey(kShownLayers, char(key)) : std::nullopt;
    if (preset) camera_.setPreset(*preset);
    else if (layer) prefs_.view.layer(*layer).visible = !prefs_.view.layer(*layer).visible;
    else if (key == SDLK_SPACE) playback_.togglePlay();
    else if (key == SDLK_RIGHT) playback_.nextStep();
    else if (key == SDLK_LEFT) playback_.previousStep();
    else if (key == SDLK_PLUS || key == SDLK_EQUALS || key == SDLK_KP_PLUS) playback_.faster();
    else if (key == SDLK_MINUS || key == SDLK_KP_MINUS) playback_.slower();
    else if (key == SDLK_r) camera_.reset();
    else if (key == SDLK_x) prefs_.view.setXray(!prefs_.view.xray());
    else if (key == SDLK_h) prefs_.view.heat = enumCycle(kHeatModes, prefs_.view.heat, 1);
    else if (key == SDLK_g) state_.guided = !state_.guided;
    else if (key == SDLK_p) setPresenting(!state_.presenting);
    else if (key == SDLK_ESCAPE && state_.presenting) setPresenting(false);
    else if (key == SDLK_PAGEDOWN || key == SDLK_PAGEUP) cycleTechnique(key == SDLK_PAGEDOWN ? 1 : -1);
    else if (key == SDLK_RIGHTBRACKET || key == SDLK_LEFTBRACKET) {
        const PressureLevel next = enumStep(kPressureLevels, state_.level, key == SDLK_RIGHTBRACKET ? 1 : -1);
        if (next != state_.level) setLevel(next);
    } else if (key == SDLK_l) prefs_.view.showLabels = !prefs_.view.showLabels;
    else if (key == SDLK_HOME) playback_.seek(0.0);
    else if (key == SDLK_END) playback_.seek(playback_.duration());
    else if (key == SDLK_PERIOD || key == SDLK_COMMA) playback_.seek(playback_.time() + (key == SDLK_PERIOD ? 1.0 : -1.0));
    else if (key == SDLK_F11) toggleFullscreen();
    else if (key == SDLK_F12) ++screenshotsRequested_;
}

void Viewer::cycleTechnique(int delta) {
    const auto& all = vis_.library.techniques;
    if (all.empty()) return;
    int index = 0;
    for (int i = 0; i < static_cast<int>(all.size()); ++i)
        if (all[i].id == state_.techniqueId) index = i;
    const int n = static_cast<int>(all.size());
    selectTechnique(all[((index + delta) % n + n) % n].id);
}

void Viewer::setPresenting(bool on) {
    state_.presenting = on;
    ImGui::GetIO().FontGlobalScale = largeFont_ ? 1.0f : uiScale_ * (on ? 2.0f : 1.0f);
    const bool full = SDL_GetWindowFlags(context_->window()) & SDL_WINDOW_FULLSCREEN_DESKTOP;
    if (on != full) toggleFullscreen();
}

void Viewer::toggleFullscreen() {
    const bool full = SDL_GetWindowFlags(context_->window()) & SDL_WINDOW_FULLSCREEN_DESKTOP;
    SDL_SetWindowFullscreen(context_->window(), full ? 0 : SDL_WINDOW_FULLSCREEN_DESKTOP);
}

void Viewer::rayAt(int x, int y, glm::vec3& origin, glm::vec3& direction) const {
    int w = 0, h = 0, dw = 0, dh = 0;
    SDL_GetWindowSize(context_->window(), &w, &h);
    context_->drawableSize(dw, dh);
    rayFromPixel(camera_.view(), camera_.projection(float(dw) / float(dh > 0 ? dh : 1)), float(x), float(y), float(w),
                 float(h), origin, direction);
}

void Viewer::updateHover(int x, int y) {
    hoverPixel_ = glm::ivec2(x, y);
    if (splitShown()) {  // two pictures under two cameras: nothing is named under the cursor
        hoverText_.clear();
        hoveredNode_ = -1;
        return;
    }
    glm::vec3 origin, direction;
    rayAt(x, y, origin, direction);
    const auto hit = pickScene(shownScene(), origin, direction, prefs_.view, true);
    hoveredNode_ = hit ? hit->node : -1;
    if (!hit) {
        hoverText_.clear();
        return;
    }
    const StructureInfo info = describeStructure(vis_.scene.nodes[hit->node].name);
    hoverText_ = info.name + (info.description.empty() ? "" : "\n" + info.description);
    // On the skin, name the region under the cursor from the hit triangle's nearest vertex.
    if (hit->layer == Layer::Skin && vis_.body) {
        int corner = 0;
        for (int i = 1; i < 3; ++i)
            if (hit->barycentric[i] > hit->barycentric[corner]) corner = i;
        const std::uint32_t v = hit->vertices[corner];
        const SkinSurface& skin = vis_.body->skin;
        if (v < skin.baseRegion.size()) {
            const Region base = skin.baseRegion[v];
            const Region overlay = v < skin.overlayRegion.size() ? skin.overlayRegion[v] : Region::None;
            hoverText_ = std::string("Skin: ") + regionName(base) + "\n" + regionDescription(base);
            if (overlay != Region::None)
                hoverText_ += std::string("\n\n") + regionName(overlay) + ": " + regionDescription(overlay);
            if (state_.allControls && vis_.session && v < vis_.session->dose().live().size()) {
                char figures[96];
                std::snprintf(figures, sizeof figures, "\n\nNow %.1f kPa, dose %.0f kPa*s",
                              vis_.session->dose().live()[v], vis_.session->dose().dose()[v]);
                hoverText_ += figures;
            }
        }
    }
}

void Viewer::takeScreenshot() {
    const std::time_t now = std::time(nullptr);
    const std::tm* local = std::localtime(&now);
    // Never over an existing file: a counter follows the time when the name is taken.
    const std::string name = local ? screenshotName(*local, [](const std::string& candidate) {
        std::error_code ec;
        return std::filesystem::symlink_status(candidate, ec).type() != std::filesystem::file_type::not_found;
    }) : std::string();
    if (name.empty()) {
        status_.message = "screenshot not saved: no free file name for this second";
        return;
    }
    std::string error;
    if (writePng(name, screenshotImage(), error)) {
        status_.message = "screenshot " + name;
        offerDownload(name);
    } else {
        status_.message = error;
    }
}

}  // namespace backrub::app
