#pragma once
// KHR_debug message capture (desktop GL; the browser's WebGL has no KHR_debug, so
// there checkGlError's polling is what finds errors). Every GL error is counted and
// kept, so tests can fail on any of them and the app can print them.
#include <cstddef>
#include <string>
#include <vector>

namespace backrub::gfx {

// Installs the callback on the current context (needs a debug context for
// full coverage). Returns false when KHR_debug is not available.
bool installGlDebugCallback();

// Errors (GL_DEBUG_TYPE_ERROR and high-severity messages) seen since the last clear.
const std::vector<std::string>& glDebugErrors();
void clearGlDebugErrors();

// Polls glGetError too, recording anything it reports under `where`.
void checkGlError(const char* where);

}  // namespace backrub::gfx
