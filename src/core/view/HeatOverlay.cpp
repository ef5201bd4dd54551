#include "core/view/HeatOverlay.h"

#include "core/base/MathUtil.h"

#include <algorithm>
#include <cmath>

namespace backrub {

float srgbToLinear(float c) { return c <= 0.04045f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f); }

float heatOverlayWeight(float t) { return smoothstep(0.0f, 0.45f, t) * 0.92f; }

std::vector<glm::vec4> heatOverlayColors(const std::vector<float>& values, const Legend& legend) {
    // One colour per 1/1023 of the scale, computed once per call instead of once per
    // vertex (sRGB decoding is the costly part, and it runs every playing frame).
    constexpr int kSteps = 1024;
    std::vector<glm::vec4> table(kSteps);
    for (int i = 0; i < kSteps; ++i) {
        const float t = float(i) / float(kSteps - 1);
        const glm::vec3 srgb = sampleColorMap(legend.map, t);
        // Low values fade in rather than darkening the skin with the bottom of the map.
        const float weight = heatOverlayWeight(t);
        table[i] = glm::vec4(srgbToLinear(srgb.r), srgbToLinear(srgb.g), srgbToLinear(srgb.b), weight);
    }
    std::vector<glm::vec4> out(values.size(), glm::vec4(0.0f));
    for (std::size_t i = 0; i < values.size(); ++i) {
        const float v = values[i];
        if (!(v > 0.0f)) continue;
        // Any load shows: the smallest positive value takes the first step above zero.
        const int step = std::max(1, int(legend.normalized(v) * float(kSteps - 1) + 0.5f));
        out[i] = table[std::min(step, kSteps - 1)];
    }
    return out;
}

}  // namespace backrub
