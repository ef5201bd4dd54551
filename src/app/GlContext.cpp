#include "app/GlContext.h"

#include "gfx/GlDebug.h"

#include <SDL.h>
#include <glad/gl.h>

#include <cstdlib>

namespace backrub::app {

void useOffscreenDriver() {
    if (!std::getenv("SDL_VIDEODRIVER")) setenv("SDL_VIDEODRIVER", "offscreen", 0);
}

std::unique_ptr<GlContext> createOffscreenContext(std::string& error) {
    useOffscreenDriver();
    GlContextOptions options;
    options.visible = false;
    options.width = 64;  // the window is never shown: pictures go to framebuffers of their own size
    options.height = 64;
    return GlContext::create(options, error);
}

std::unique_ptr<GlContext> GlContext::create(const GlContextOptions& options, std::string& error) {
    if (SDL_InitSubSystem(SDL_INIT_VIDEO) != 0) {
        error = std::string("cannot start video (SDL): ") + SDL_GetError() +
                " - without a display, set SDL_VIDEODRIVER=offscreen or use xvfb-run";
        return nullptr;
    }
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, SDL_GL_CONTEXT_FORWARD_COMPATIBLE_FLAG | SDL_GL_CONTEXT_DEBUG_FLAG);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 24);

    Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_ALLOW_HIGHDPI;
    if (!options.visible) flags |= SDL_WINDOW_HIDDEN;
    if (options.resizable) flags |= SDL_WINDOW_RESIZABLE;
    std::unique_ptr<GlContext> ctx(new GlContext());
    ctx->window_ = SDL_CreateWindow(options.title.c_str(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                                    options.width, options.height, flags);
    if (!ctx->window_) {
        error = std::string("cannot open a window: ") + SDL_GetError();
        return nullptr;
    }
    ctx->context_ = SDL_GL_CreateContext(ctx->window_);
    if (!ctx->context_) {
        error = std::string("cannot create an OpenGL 3.3 core context: ") + SDL_GetError();
        return nullptr;
    }
    SDL_GL_MakeCurrent(ctx->window_, ctx->context_);
    if (!gladLoadGL(reinterpret_cast<GLADloadfunc>(SDL_GL_GetProcAddress))) {
        error = "cannot load OpenGL functions (glad)";
        return nullptr;
    }
    if (!GLAD_GL_VERSION_3_3) {
        error = "OpenGL 3.3 core is required; this driver offers " +
                std::string(reinterpret_cast<const char*>(glGetString(GL_VERSION)));
        return nullptr;
    }
    gfx::installGlDebugCallback();
    SDL_GL_SetSwapInterval(options.vsync ? 1 : 0);
    return ctx;
}

const char* GlContext::glslVersionLine() { return "#version 330 core"; }

GlContext::~GlContext() {
    if (context_) SDL_GL_DeleteContext(context_);
    if (window_) SDL_DestroyWindow(window_);
    SDL_QuitSubSystem(SDL_INIT_VIDEO);
}

void GlContext::swap() const { SDL_GL_SwapWindow(window_); }

void GlContext::drawableSize(int& width, int& height) const { SDL_GL_GetDrawableSize(window_, &width, &height); }

std::string GlContext::rendererDescription() const {
    const auto* renderer = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    const auto* version = reinterpret_cast<const char*>(glGetString(GL_VERSION));
    return std::string(renderer ? renderer : "?") + " (" + (version ? version : "?") + ")";
}

}  // namespace backrub::app
