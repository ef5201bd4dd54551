#pragma once
// Blending signed distance shapes (negative inside): a union or an intersection rounded
// with a fillet of about radius `k`, so that pieces meet without a seam. Shared by the skin
// field and the bone shapes. Inline: fields call these hundreds of thousands of times.
#include <algorithm>
#include <cmath>

namespace backrub {

// The quadratic smooth minimum: the union of two shapes, filleted over |a - b| < k.
inline float smoothUnion(float a, float b, float k) {
    const float h = std::max(k - std::abs(a - b), 0.0f) / k;
    return std::min(a, b) - h * h * k * 0.25f;
}

// The smooth maximum: `a` intersected with `b` (pass -b to cut `b` away), rounded by `k`.
inline float smoothIntersect(float a, float b, float k) { return -smoothUnion(-a, -b, k); }

}  // namespace backrub
