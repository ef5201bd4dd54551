#pragma once
// An SDL2 window with an OpenGL 3.3 core debug context, loaded through glad.
// Used visible by the viewer and hidden (SDL offscreen driver) by `render` and tests.
// The browser's counterpart (a WebGL 2 context on the page's canvas) is web/GlContext.cpp.
#include <memory>
#include <string>

struct SDL_Window;

namespace backrub::app {

struct GlContextOptions {
    std::string title = "Backrub";
    int width = 1280;
    int height = 720;
    bool visible = true;
    bool vsync = true;
    bool resizable = true;
};

class GlContext {
public:
    // Creates the window and context and loads GL. Returns nullptr with a message
    // on failure (no display, no GL 3.3 core, ...). Headless runs should set
    // SDL_VIDEODRIVER=offscreen; see useOffscreenDriverIfHeadless().
    static std::unique_ptr<GlContext> create(const GlContextOptions& options, std::string& error);
    ~GlContext();
    GlContext(const GlContext&) = delete;
    GlContext& operator=(const GlContext&) = delete;

    SDL_Window* window() const { return window_; }
    void* glContext() const { return context_; }
    void swap() const;
    // Drawable size in pixels (differs from window size on HiDPI screens).
    void drawableSize(int& width, int& height) const;
    std::string rendererDescription() const;  // "GL_RENDERER (GL_VERSION)"
    // The #version line for shaders this context compiles outside gfx (ImGui's backend).
    static const char* glslVersionLine();

private:
    GlContext() = default;
    SDL_Window* window_ = nullptr;
    void* context_ = nullptr;
};

// Selects SDL's offscreen video driver unless the user chose a driver already.
void useOffscreenDriver();

// A hidden context on the offscreen driver for commands that only draw into offscreen
// targets (`render`, `handout`); nullptr with a message on failure.
std::unique_ptr<GlContext> createOffscreenContext(std::string& error);

}  // namespace backrub::app
