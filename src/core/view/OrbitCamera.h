#pragma once
// Orbit camera as plain math: a target point, a distance, and yaw/pitch angles.
// No GL, no SDL: the viewer feeds it mouse deltas, the renderer asks for matrices.
// Conventions follow Body.h: +Y posterior (up from the table), +Z cranial.
#include "core/base/EnumTable.h"
#include "core/view/ScreenRect.h"

#include <glm/glm.hpp>

#include <array>
#include <optional>
#include <string>

namespace backrub {

enum class ViewPreset { Back, Left, Right, Top, Oblique };

struct ViewPresetRow {
    ViewPreset value;
    const char* id;     // --view and settings
    const char* label;  // buttons
    char key;           // viewer shortcut
    float yawDeg;       // around +Y from -Z (the receiver's feet) toward +X (the receiver's left)
    float pitchDeg;     // elevation above the table plane
    // The same view of a receiver standing upright (the back toward -Z, the head up +Y).
    float uprightYawDeg;
    float uprightPitchDeg;
};

// The one list of view presets: command line, keys 1-5, buttons and angles.
inline constexpr std::array<ViewPresetRow, 5> kViewPresets{{
    {ViewPreset::Back, "back", "Back", '1', 0.0f, 89.0f, 0.0f, 8.0f},        // straight onto the back, head at the top
    {ViewPreset::Left, "left", "Left", '2', 90.0f, 10.0f, 90.0f, 8.0f},      // from the receiver's left side
    {ViewPreset::Right, "right", "Right", '3', -90.0f, 10.0f, -90.0f, 8.0f}, // from the receiver's right side
    {ViewPreset::Top, "top", "Top", '4', 180.0f, 30.0f, 0.0f, 70.0f},        // from beyond the head, looking down the spine
    {ViewPreset::Oblique, "oblique", "Oblique", '5', 125.0f, 42.0f, 40.0f, 25.0f},  // three-quarter view from the receiver's left
}};

// "back", "left", "right", "top", "oblique"; nullopt for anything else.
inline std::optional<ViewPreset> parseViewPreset(const std::string& id) { return enumFromId(kViewPresets, id); }
inline const char* viewPresetName(ViewPreset preset) { return enumId(kViewPresets, preset); }

class OrbitCamera {
public:
    // Frames a bounding box: target at its centre, distance so that it fits a
    // vertical field of view of fovYDeg at the given aspect ratio.
    void frame(const glm::vec3& boundsMin, const glm::vec3& boundsMax, float aspect);
    void setPreset(ViewPreset preset);  // keeps target and distance
    // Whether presets show a receiver standing upright (ViewPresetRow) rather than lying.
    void setUpright(bool upright) { upright_ = upright; }
    bool upright() const { return upright_; }
    void reset();                       // back to the framed back view
    void setTarget(const glm::vec3& target) { target_ = target; }  // keeps angles and distance

    // Mouse drags in pixels; viewport height scales pan so the grabbed point follows the cursor.
    void rotate(float dxPixels, float dyPixels);
    void pan(float dxPixels, float dyPixels, float viewportHeightPixels);
    // Wheel steps: positive zooms in. Distance is clamped to [minDistance, maxDistance].
    void zoom(float steps);
    // Zooms toward (or away from) the point under the cursor: the point of the plane
    // through the target, facing the camera, that lies under the cursor (NDC x, y
    // in [-1, 1], y up) stays under it. Same clamping as zoom().
    void zoomAt(float steps, float ndcX, float ndcY, float aspect);

    // The part (0 .. 0.9) of the viewport's height covered at its bottom by something
    // drawn over the scene (a presentation caption): the picture is scaled into the
    // rest and moved up, so what was framed stays in view.
    void setBottomInset(float fraction);
    float bottomInset() const { return bottomInset_; }
    // The part (0 .. 0.9) of the viewport's width covered at its right (a presentation
    // caption beside a tall picture): the picture moves left, unscaled, so the framed
    // centre sits in the middle of the rest.
    void setRightInset(float fraction);
    float rightInset() const { return rightInset_; }
    // The part (0 .. 0.9) of the viewport's width covered at its left (the main
    // panel): the picture is scaled into the rest and moved right, so presets and
    // orbiting keep the framed body beside the panel, never under it.
    void setLeftInset(float fraction);
    float leftInset() const { return leftInset_; }
    // Moves the picture right by `ndc` (NDC units, negative: left), unscaled: one of two
    // pictures side by side (SplitView.h).
    void setShiftX(float ndc) { shiftX_ = ndc; }
    float shiftX() const { return shiftX_; }
    // The part of a width x height viewport the insets (caption, panel) leave uncovered (GL convention,
    // y from the bottom row): the picture as framed, its centre the framed centre.
    // Screenshots keep this part, so a caption's empty room does not unbalance them.
    PixelRect uncoveredRect(int width, int height) const;

    glm::mat4 view() const;
    glm::mat4 projection(float aspect) const;
    glm::vec3 eye() const;
    glm::vec3 target() const { return target_; }
    float distance() const { return distance_; }
    float yawDeg() const { return yawDeg_; }
    float pitchDeg() const { return pitchDeg_; }
    float minDistance() const { return minDistance_; }
    float maxDistance() const { return maxDistance_; }

    static constexpr float kFovYDeg = 35.0f;
    static constexpr float kDegreesPerPixel = 0.4f;
    static constexpr float kZoomPerStep = 0.9f;   // distance factor per wheel step
    static constexpr float kMaxPitchDeg = 89.0f;  // never flip over the pole

private:
    glm::vec3 target_{0.0f};
    float distance_ = 2.0f;
    float yawDeg_ = 0.0f;     // 0 = looking from the receiver's feet side up the back... see eye()
    float pitchDeg_ = 60.0f;  // elevation above the table plane
    bool upright_ = false;
    float minDistance_ = 0.2f;
    float maxDistance_ = 10.0f;
    glm::vec3 homeTarget_{0.0f};
    float homeDistance_ = 2.0f;
    float bottomInset_ = 0.0f;
    float rightInset_ = 0.0f;
    float leftInset_ = 0.0f;
    float shiftX_ = 0.0f;
    glm::mat4 insetMatrix() const;
};

}  // namespace backrub
