#pragma once
// What the interactive viewer has chosen and how its screen is laid out, as a
// plain struct without SDL, GL or ImGui: the app edits it from input and panels,
// the tests drive it directly.
#include "core/body/Region.h"
#include "core/pressure/RegionReport.h"
#include "core/pressure/RegionTimeline.h"
#include "core/technique/Technique.h"

#include <string>

namespace backrub {

// Region figures computed for one technique at one level (on a worker thread).
struct RegionAnalysis {
    std::string technique;  // what it was computed for: a result for anything else is dropped
    PressureLevel level = PressureLevel::Moderate;
    RegionReport report;
    RegionTimeline timeline;
};

// Where the presentation caption goes: below the picture (taking `bottomInset` of
// the window's height) or beside it (taking kBesideFraction of its width). A narrow,
// tall picture (the back view) keeps its full height with the caption beside it.
struct CaptionLayout {
    static constexpr float kBesideFraction = 0.40f;
    static constexpr float kMinTextScale = 0.5f;
    float bottomInset = 0.0f;  // part of the window's height the caption below covers
    bool beside = false;
    float textScale = 1.0f;    // below 1 when a long caption is shrunk to fit its room
    std::string content;       // what the caption shows, as given to fitText

    // `pictureFraction`: the picture's width at full size as a part of the window's.
    // The switch has a margin both ways, so a hand moving at the picture's edge does
    // not flip the layout back and forth.
    void update(float pictureFraction);
    // Keeps the caption's text inside `roomPx`: full size for new `content` (anything
    // naming what it shows: technique, step, warning, layout, window size), smaller
    // while the text drawn at textScale takes `heightPx` > roomPx, never below kMinTextScale.
    void fitText(const std::string& content, float heightPx, float roomPx);
    // Part of the window the camera leaves free at the bottom and at the right.
    float cameraBottomInset() const { return beside ? 0.0f : bottomInset; }
    float cameraRightInset() const { return beside ? kBesideFraction : 0.0f; }
    bool operator==(const CaptionLayout& o) const {
        return bottomInset == o.bottomInset && beside == o.beside && textScale == o.textScale && content == o.content;
    }
};

struct ViewerState {
    std::string techniqueId;                 // "" when none is shown
    PressureLevel level = PressureLevel::Moderate;
    Region selectedRegion = Region::Lumbar;  // in the region figures
    bool guided = false;                     // one step at a time, in plain words
    bool presenting = false;                 // fullscreen, large type, panels hidden
    bool regionPanelOpen = false;
    bool chooserOpen = false;                // first start: who is this for?
    bool allControls = true;                 // false: the expert panels are hidden (lay path)
    CaptionLayout caption;
    float panelRight = 0.0f;                 // part of the window's width the main panel covers at its left
    float rightPanelWidth = 0.0f;            // part of the window's width a panel docked at the right covers (the stroke editor)
    int dragButton = 0;                      // mouse button held over the scene, 0 = none

    // Whether a finished analysis still matches what is shown (the user may have
    // switched technique or level while it was computed).
    bool wants(const RegionAnalysis& analysis) const {
        return !techniqueId.empty() && analysis.technique == techniqueId && analysis.level == level;
    }
    // Camera insets for the caption: none unless presenting.
    float cameraBottomInset() const { return presenting ? caption.cameraBottomInset() : 0.0f; }
    float cameraRightInset() const { return presenting ? caption.cameraRightInset() : rightPanelWidth; }
    // The main panel's part at the left, outside presentation mode (it is hidden there).
    float cameraLeftInset() const { return presenting ? 0.0f : panelRight; }
    bool operator==(const ViewerState& o) const;
    bool operator!=(const ViewerState& o) const { return !(*this == o); }
};

}  // namespace backrub
