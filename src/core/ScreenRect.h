#pragma once
// The pixel rectangle a box covers on screen: post passes that only matter where
// the model is (edge smoothing) are limited to it.
#include <glm/glm.hpp>

namespace backrub {

struct PixelRect {
    int x = 0, y = 0, width = 0, height = 0;  // GL convention: y from the bottom row
    bool empty() const { return width <= 0 || height <= 0; }
    bool operator==(const PixelRect& o) const { return x == o.x && y == o.y && width == o.width && height == o.height; }
};

// The screen rectangle (clamped to the viewport) holding every corner of the box
// [lo, hi] under `viewProjection`, grown by `marginPx`. A box reaching behind the
// camera covers the whole viewport; a box entirely off screen gives an empty rect.
PixelRect projectedRect(const glm::vec3& lo, const glm::vec3& hi, const glm::mat4& viewProjection, int width,
                        int height, int marginPx);

}  // namespace backrub
