#include "core/view/ScreenRect.h"

#include <algorithm>
#include <cmath>

namespace backrub {

PixelRect PixelRect::intersected(const PixelRect& o) const {
    const int x0 = std::max(x, o.x), y0 = std::max(y, o.y);
    const int x1 = std::min(x + width, o.x + o.width), y1 = std::min(y + height, o.y + o.height);
    if (x1 <= x0 || y1 <= y0) return {};
    return {x0, y0, x1 - x0, y1 - y0};
}

void ScreenBounds::add(const glm::vec3& world) {
    const glm::vec4 clip = viewProjection_ * glm::vec4(world, 1.0f);
    if (clip.w <= 1e-6f) {
        behind_ = true;  // behind the eye: the object may cover anything
        return;
    }
    const glm::vec2 ndc = glm::vec2(clip) / clip.w;
    minNdc_ = glm::min(minNdc_, ndc);
    maxNdc_ = glm::max(maxNdc_, ndc);
}

void ScreenBounds::addBox(const glm::vec3& lo, const glm::vec3& hi, const glm::mat4& model) {
    for (int corner = 0; corner < 8; ++corner) {
        const glm::vec3 p((corner & 1) ? hi.x : lo.x, (corner & 2) ? hi.y : lo.y, (corner & 4) ? hi.z : lo.z);
        add(glm::vec3(model * glm::vec4(p, 1.0f)));
    }
}

PixelRect ScreenBounds::rect(int marginPx) const {
    if (behind_) return {0, 0, std::max(width_, 0), std::max(height_, 0)};
    if (minNdc_.x > maxNdc_.x) return {};
    const auto toPixel = [](float ndc, int size) { return (ndc * 0.5f + 0.5f) * float(size); };
    const float x0 = std::max(std::floor(toPixel(minNdc_.x, width_)) - float(marginPx), 0.0f);
    const float y0 = std::max(std::floor(toPixel(minNdc_.y, height_)) - float(marginPx), 0.0f);
    const float x1 = std::min(std::ceil(toPixel(maxNdc_.x, width_)) + float(marginPx), float(width_));
    const float y1 = std::min(std::ceil(toPixel(maxNdc_.y, height_)) + float(marginPx), float(height_));
    if (x1 <= x0 || y1 <= y0) return {};
    return {int(x0), int(y0), int(x1 - x0), int(y1 - y0)};
}

PixelRect projectedRect(const glm::vec3& lo, const glm::vec3& hi, const glm::mat4& viewProjection, int width,
                        int height, int marginPx) {
    ScreenBounds bounds(viewProjection, width, height);
    bounds.addBox(lo, hi);
    return bounds.rect(marginPx);
}

}  // namespace backrub
