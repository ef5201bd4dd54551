#include "gfx/GlDebug.h"

#include "gfx/Gl.h"

#include <cstdio>

namespace backrub::gfx {
namespace {

std::vector<std::string>& errors() {
    static std::vector<std::string> list;
    return list;
}

// KHR_debug is desktop GL only; in the browser (WebGL 2) checkGlError polls glGetError instead.
#ifndef __EMSCRIPTEN__
void GLAD_API_PTR onDebugMessage(GLenum source, GLenum type, GLuint id, GLenum severity, GLsizei length,
                                 const GLchar* message, const void* /*user*/) {
    (void)source;
    const bool isError = type == GL_DEBUG_TYPE_ERROR || severity == GL_DEBUG_SEVERITY_HIGH;
    if (!isError) return;
    std::string text = "GL error " + std::to_string(id) + ": " +
                       std::string(message, length > 0 ? static_cast<std::size_t>(length) : 0);
    std::fprintf(stderr, "%s\n", text.c_str());
    errors().push_back(std::move(text));
}

#endif

}  // namespace

bool installGlDebugCallback() {
#ifdef __EMSCRIPTEN__
    return false;
#else
    if (!GLAD_GL_KHR_debug) return false;
    glEnable(GL_DEBUG_OUTPUT);
    glEnable(GL_DEBUG_OUTPUT_SYNCHRONOUS);
    glDebugMessageCallback(onDebugMessage, nullptr);
    glDebugMessageControl(GL_DONT_CARE, GL_DONT_CARE, GL_DONT_CARE, 0, nullptr, GL_TRUE);
    return true;
#endif
}

const std::vector<std::string>& glDebugErrors() { return errors(); }

void clearGlDebugErrors() { errors().clear(); }

void checkGlError(const char* where) {
    for (GLenum e = glGetError(); e != GL_NO_ERROR; e = glGetError()) {
        std::string text = std::string("glGetError ") + std::to_string(e) + " at " + where;
        std::fprintf(stderr, "%s\n", text.c_str());
        errors().push_back(std::move(text));
    }
}

}  // namespace backrub::gfx
