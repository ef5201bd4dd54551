// The browser's side of app/GlContext.h: SDL2 (built for emscripten) on the page's
// canvas with a WebGL 2 context, which is OpenGL ES 3.0 (gfx/Gl.h). No loader: the
// functions are emscripten's.
#include "app/GlContext.h"

#include "gfx/Gl.h"

#include <SDL.h>

namespace backrub::app {

std::unique_ptr<GlContext> GlContext::create(const GlContextOptions& options, std::string& error) {
    if (SDL_InitSubSystem(SDL_INIT_VIDEO) != 0) {
        error = std::string("cannot start video (SDL): ") + SDL_GetError();
        return nullptr;
    }
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 24);
    // Resizable: the canvas follows the page (its CSS size), as a desktop window follows its frame.
    const Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    std::unique_ptr<GlContext> ctx(new GlContext());
    ctx->window_ = SDL_CreateWindow(options.title.c_str(), 0, 0, options.width, options.height, flags);
    if (!ctx->window_) {
        error = std::string("cannot open the canvas: ") + SDL_GetError();
        return nullptr;
    }
    ctx->context_ = SDL_GL_CreateContext(ctx->window_);
    if (!ctx->context_) {
        error = std::string("this browser offers no WebGL 2: ") + SDL_GetError();
        return nullptr;
    }
    SDL_GL_MakeCurrent(ctx->window_, ctx->context_);
    return ctx;
}

const char* GlContext::glslVersionLine() { return "#version 300 es"; }

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
