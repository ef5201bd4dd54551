#pragma once
// Shared helpers for render tests: one hidden offscreen GL context per test
// process, GL error capture through KHR_debug, and golden-image comparison.
#include "core/base/Image.h"
#include "core/base/SceneData.h"

#include <string>

namespace backrub::test {

// Makes sure a GL 3.3 core debug context is current (SDL offscreen driver) and
// clears the recorded GL errors. Fails the running test if no context can be made.
void requireGlContext();

// Fails the running test if any GL error was recorded, listing them.
void requireNoGlErrors();

// Golden comparison: per-channel tolerance 8/255, at most 0.5 % of pixels over it
// (llvmpipe is byte-stable for one Mesa version; this absorbs small driver drift).
// On failure writes <output>/<name>.actual.png and <name>.diff.png. With
// BACKRUB_UPDATE_GOLDEN=1 in the environment it rewrites tests/golden/<name>.png.
void requireMatchesGolden(const Image& actual, const std::string& name);

// Test geometry: a UV sphere, node `name` under a layer node `layer` ("" = none).
SceneData sphereScene(const std::string& layer, const glm::vec3& centre, float radius, const glm::vec4& color);
// Appends another scene's nodes/meshes/materials (indices remapped).
void appendScene(SceneData& into, const SceneData& from);

}  // namespace backrub::test
