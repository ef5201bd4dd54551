#pragma once
// The pixel rectangle a box covers on screen: post passes that only matter where
// the model is (edge smoothing) are limited to it.
#include <glm/glm.hpp>

namespace backrub {

struct PixelRect {
    int x = 0, y = 0, width = 0, height = 0;  // GL convention: y from the bottom row
    bool empty() const { return width <= 0 || height <= 0; }
    bool operator==(const PixelRect& o) const { return x == o.x && y == o.y && width == o.width && height == o.height; }
    PixelRect intersected(const PixelRect& o) const;  // empty when they do not overlap
};

// Grows a screen rectangle point by point (world positions under one view-projection).
class ScreenBounds {
public:
    ScreenBounds(const glm::mat4& viewProjection, int width, int height)
        : viewProjection_(viewProjection), width_(width), height_(height) {}
    void add(const glm::vec3& world);
    void addBox(const glm::vec3& lo, const glm::vec3& hi, const glm::mat4& model = glm::mat4(1.0f));
    // Clamped to the viewport and grown by marginPx; the whole viewport if a point
    // was behind the eye; empty if nothing was added or everything is off screen.
    PixelRect rect(int marginPx) const;

private:
    glm::mat4 viewProjection_;
    int width_, height_;
    glm::vec2 minNdc_{1e30f}, maxNdc_{-1e30f};
    bool behind_ = false;
};

// The screen rectangle (clamped to the viewport) holding every corner of the box
// [lo, hi] under `viewProjection`, grown by `marginPx`. A box reaching behind the
// camera covers the whole viewport; a box entirely off screen gives an empty rect.
PixelRect projectedRect(const glm::vec3& lo, const glm::vec3& hi, const glm::mat4& viewProjection, int width,
                        int height, int marginPx);

}  // namespace backrub
