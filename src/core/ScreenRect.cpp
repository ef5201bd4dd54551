#include "core/ScreenRect.h"

#include <algorithm>
#include <cmath>

namespace backrub {

PixelRect projectedRect(const glm::vec3& lo, const glm::vec3& hi, const glm::mat4& viewProjection, int width,
                        int height, int marginPx) {
    const PixelRect full{0, 0, std::max(width, 0), std::max(height, 0)};
    glm::vec2 minNdc(1e30f), maxNdc(-1e30f);
    for (int corner = 0; corner < 8; ++corner) {
        const glm::vec3 p((corner & 1) ? hi.x : lo.x, (corner & 2) ? hi.y : lo.y, (corner & 4) ? hi.z : lo.z);
        const glm::vec4 clip = viewProjection * glm::vec4(p, 1.0f);
        if (clip.w <= 1e-6f) return full;  // behind the eye: the box may cover anything
        const glm::vec2 ndc = glm::vec2(clip) / clip.w;
        minNdc = glm::min(minNdc, ndc);
        maxNdc = glm::max(maxNdc, ndc);
    }
    const auto toPixel = [](float ndc, int size) { return (ndc * 0.5f + 0.5f) * float(size); };
    const float x0 = std::max(std::floor(toPixel(minNdc.x, width)) - float(marginPx), 0.0f);
    const float y0 = std::max(std::floor(toPixel(minNdc.y, height)) - float(marginPx), 0.0f);
    const float x1 = std::min(std::ceil(toPixel(maxNdc.x, width)) + float(marginPx), float(width));
    const float y1 = std::min(std::ceil(toPixel(maxNdc.y, height)) + float(marginPx), float(height));
    if (x1 <= x0 || y1 <= y0) return {};
    return {int(x0), int(y0), int(x1 - x0), int(y1 - y0)};
}

}  // namespace backrub
