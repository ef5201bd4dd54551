#include "core/view/OrbitCamera.h"

#include "core/base/MathUtil.h"

#include <glm/gtc/matrix_transform.hpp>

#include <algorithm>
#include <cmath>

namespace backrub {
namespace {

float radians(float deg) { return deg * kPi / 180.0f; }

}  // namespace

void OrbitCamera::frame(const glm::vec3& boundsMin, const glm::vec3& boundsMax, float aspect) {
    const glm::vec3 centre = 0.5f * (boundsMin + boundsMax);
    const float radius = std::max(0.5f * glm::length(boundsMax - boundsMin), 1e-3f);
    const float halfFovY = radians(kFovYDeg) * 0.5f;
    const float halfFovX = std::atan(std::tan(halfFovY) * std::max(aspect, 1e-3f));
    const float fit = radius / std::sin(std::min(halfFovX, halfFovY));
    homeTarget_ = target_ = centre;
    homeDistance_ = distance_ = fit;
    minDistance_ = radius * 0.15f;
    maxDistance_ = fit * 4.0f;
    setPreset(ViewPreset::Back);
}

void OrbitCamera::setPreset(ViewPreset preset) {
    const ViewPresetRow& p = enumRow(kViewPresets, preset);
    yawDeg_ = upright_ ? p.uprightYawDeg : p.yawDeg;
    pitchDeg_ = upright_ ? p.uprightPitchDeg : p.pitchDeg;
}

void OrbitCamera::reset() {
    target_ = homeTarget_;
    distance_ = homeDistance_;
    setPreset(ViewPreset::Back);
}

void OrbitCamera::rotate(float dxPixels, float dyPixels) {
    yawDeg_ = std::fmod(yawDeg_ - dxPixels * kDegreesPerPixel, 360.0f);
    pitchDeg_ = std::clamp(pitchDeg_ + dyPixels * kDegreesPerPixel, -kMaxPitchDeg, kMaxPitchDeg);
}

void OrbitCamera::pan(float dxPixels, float dyPixels, float viewportHeightPixels) {
    // World units per pixel at the target's depth.
    const float unitsPerPixel =
        2.0f * distance_ * std::tan(radians(kFovYDeg) * 0.5f) / std::max(viewportHeightPixels, 1.0f);
    const glm::mat4 v = view();
    const glm::vec3 right(v[0][0], v[1][0], v[2][0]);
    const glm::vec3 up(v[0][1], v[1][1], v[2][1]);
    target_ += (-dxPixels * right + dyPixels * up) * unitsPerPixel;
}

void OrbitCamera::zoom(float steps) {
    distance_ = std::clamp(distance_ * std::pow(kZoomPerStep, steps), minDistance_, maxDistance_);
}

glm::vec3 OrbitCamera::eye() const {
    const float yaw = radians(yawDeg_);
    const float pitch = radians(pitchDeg_);
    const glm::vec3 dir(std::cos(pitch) * std::sin(yaw), std::sin(pitch), -std::cos(pitch) * std::cos(yaw));
    return target_ + distance_ * dir;
}

glm::mat4 OrbitCamera::view() const {
    // Up is +Z (toward the head) when looking down, blending to +Y for side views,
    // so the back view shows the head at the top of the screen.
    const glm::vec3 forward = glm::normalize(target_ - eye());
    const float yaw = radians(yawDeg_);
    const glm::vec3 headward(-std::sin(yaw), 0.0f, std::cos(yaw));  // away from the eye, in the table plane
    glm::vec3 up = glm::normalize(glm::vec3(0.0f, 1.0f, 0.0f) + headward * 1e-3f);
    if (std::fabs(glm::dot(forward, up)) > 0.95f) up = headward;
    return glm::lookAt(eye(), target_, up);
}

namespace {

float insetFraction(float fraction) { return std::isfinite(fraction) ? std::clamp(fraction, 0.0f, 0.9f) : 0.0f; }

}  // namespace

void OrbitCamera::setBottomInset(float fraction) { bottomInset_ = insetFraction(fraction); }

void OrbitCamera::setRightInset(float fraction) { rightInset_ = insetFraction(fraction); }

void OrbitCamera::setLeftInset(float fraction) { leftInset_ = insetFraction(fraction); }

PixelRect OrbitCamera::uncoveredRect(int width, int height) const {
    PixelRect rect;
    if (width <= 0 || height <= 0) return rect;
    const int bottom = static_cast<int>(std::lround(bottomInset_ * float(height)));
    const int right = static_cast<int>(std::lround(rightInset_ * float(width)));
    const int left = static_cast<int>(std::lround(leftInset_ * float(width)));
    rect.x = left;
    rect.y = bottom;
    rect.width = width - right - left;
    rect.height = height - bottom;
    return rect;
}

glm::mat4 OrbitCamera::projection(float aspect) const {
    const float nearPlane = std::max(distance_ * 0.01f, 1e-3f);
    const float farPlane = distance_ * 10.0f + 10.0f;
    const glm::mat4 lens = glm::perspective(radians(kFovYDeg), std::max(aspect, 1e-3f), nearPlane, farPlane);
    return insetMatrix() * lens;
}

// Clip space: x' = s x + (l - r) w, y' = s y + f w with s = min(1 - f, 1 - l): NDC
// y in [-1, 1] lands in [-1 + 2f, 1], x in [-1 + 2l, 1] (scaled alike, so the
// picture keeps its shape), and a right inset moves the centre left to -r, the
// middle of [-1, 1 - 2r], unscaled; a shift moves it further, unscaled.
glm::mat4 OrbitCamera::insetMatrix() const {
    const float s = std::min(1.0f - bottomInset_, 1.0f - leftInset_);
    glm::mat4 inset(1.0f);
    inset[0][0] = s;
    inset[1][1] = s;
    inset[3][0] = leftInset_ - rightInset_ + shiftX_;
    inset[3][1] = bottomInset_;
    return inset;
}

void OrbitCamera::zoomAt(float steps, float ndcX, float ndcY, float aspect) {
    const float before = distance_;
    zoom(steps);
    if (!std::isfinite(ndcX) || !std::isfinite(ndcY) || !(before > 0.0f)) return;
    // The cursor in the lens's own NDC (undoing the insets), then the point it shows on
    // the target's plane, as an offset from the target in world units.
    const glm::mat4 inset = insetMatrix();
    const float lensX = (ndcX - inset[3][0]) / inset[0][0];
    const float lensY = (ndcY - inset[3][1]) / inset[1][1];
    const float halfHeight = before * std::tan(radians(kFovYDeg) * 0.5f);
    const glm::mat4 v = view();
    const glm::vec3 right(v[0][0], v[1][0], v[2][0]);
    const glm::vec3 up(v[0][1], v[1][1], v[2][1]);
    const glm::vec3 offset = right * (lensX * halfHeight * std::max(aspect, 1e-3f)) + up * (lensY * halfHeight);
    // That point stays put when the target moves toward it by the part of the way the
    // distance shrank (similar triangles through the eye).
    target_ += offset * (1.0f - distance_ / before);
}

}  // namespace backrub
