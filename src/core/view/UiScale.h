#pragma once
// How large the viewer's type and panels are drawn: panels laid out for a
// 1280x720 window at 96 dpi stay readable on a 4K screen or a high-dpi laptop.
namespace backrub {

// Smallest window the viewer allows: the main panel, the transport bar and a
// usable view of the body still fit.
constexpr int kMinWindowWidth = 960;
constexpr int kMinWindowHeight = 600;

// The scale for a window `heightPx` physical pixels tall on a display of `dpi`
// (0 or less when unknown): the larger of height / 900 and dpi / 96, at least 1,
// at most 3, rounded to quarter steps so text stays crisp.
float uiScaleFor(int heightPx, float dpi);

}  // namespace backrub
