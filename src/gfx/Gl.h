#pragma once
// The OpenGL API gfx draws with: OpenGL 3.3 core through glad on the desktop, and
// OpenGL ES 3.0 (WebGL 2) in the browser. gfx uses only what both offer; the few
// calls that are spelled differently are wrapped here.
#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>
#else
#include <glad/gl.h>
#endif

namespace backrub::gfx {

#ifdef __EMSCRIPTEN__
inline void clearDepth(float depth) { glClearDepthf(depth); }
#else
inline void clearDepth(float depth) { glClearDepth(depth); }
#endif

}  // namespace backrub::gfx
