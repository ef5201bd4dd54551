#include "core/session/ViewerState.h"

#include <catch2/catch.hpp>

using namespace backrub;

TEST_CASE("Viewer state: the caption moves beside a narrow picture and back, with a margin", "[session]") {
    CaptionLayout c;
    const float room = 1.0f - CaptionLayout::kBesideFraction;  // what the picture keeps beside a caption
    c.update(0.90f * room);
    CHECK_FALSE(c.beside);  // inside the margin: stays below
    c.update(0.80f * room);
    CHECK(c.beside);        // narrow enough: beside
    c.update(0.90f * room);
    CHECK(c.beside);        // inside the margin: no flip back
    c.update(1.00f * room);
    CHECK_FALSE(c.beside);  // too wide for the room beside it
    c.update(0.0f);
    CHECK_FALSE(c.beside);  // nothing drawn yet: unchanged
}

TEST_CASE("Viewer state: a caption too tall for its room is shrunk, new content starts at full size", "[session]") {
    CaptionLayout c;
    c.fitText("spine-line step 1", 500.0f, 700.0f);
    CHECK(c.textScale == 1.0f);
    c.fitText("spine-line step 1", 500.0f, 700.0f);
    CHECK(c.textScale == 1.0f);  // fits: unchanged
    c.fitText("spine-line step 1", 900.0f, 700.0f);
    CHECK(c.textScale < 700.0f / 900.0f);  // now fits, with a little to spare
    CHECK(c.textScale > 0.7f);
    const float shrunk = c.textScale;
    c.fitText("spine-line step 1", 680.0f, 700.0f);
    CHECK(c.textScale == shrunk);  // fits at that size: kept (no growing back and forth)
    c.fitText("spine-line step 1", 5000.0f, 700.0f);
    CHECK(c.textScale == CaptionLayout::kMinTextScale);
    c.fitText("spine-line step 2", 5000.0f, 700.0f);
    CHECK(c.textScale == 1.0f);  // a new step: measured again at full size
}

TEST_CASE("Viewer state: the camera leaves room for the caption only while presenting", "[session]") {
    ViewerState s;
    s.caption.bottomInset = 0.2f;
    CHECK(s.cameraBottomInset() == 0.0f);
    CHECK(s.cameraRightInset() == 0.0f);
    s.presenting = true;
    CHECK(s.cameraBottomInset() == 0.2f);
    CHECK(s.cameraRightInset() == 0.0f);
    s.caption.beside = true;
    CHECK(s.cameraBottomInset() == 0.0f);
    CHECK(s.cameraRightInset() == CaptionLayout::kBesideFraction);
}

TEST_CASE("Viewer state: the body is framed beside the main panel, and fills the screen when presenting", "[session]") {
    ViewerState s;
    s.panelRight = 0.36f;
    CHECK(s.cameraLeftInset() == 0.36f);
    s.presenting = true;  // the panels are hidden
    CHECK(s.cameraLeftInset() == 0.0f);
}

TEST_CASE("Viewer state: the body is framed beside a panel docked at the right, hidden when presenting", "[session]") {
    ViewerState s;
    s.rightPanelWidth = 0.34f;  // the stroke editor
    CHECK(s.cameraRightInset() == 0.34f);
    ViewerState other = s;
    other.rightPanelWidth = 0.0f;
    CHECK(other != s);  // a change of it draws the scene again
    s.presenting = true;
    CHECK(s.cameraRightInset() == 0.0f);
}

TEST_CASE("Viewer state: a region analysis is kept only for what is shown", "[session]") {
    ViewerState s;
    RegionAnalysis a;
    a.technique = "spine-line";
    a.level = PressureLevel::Firm;
    CHECK_FALSE(s.wants(a));  // nothing shown
    s.techniqueId = "spine-line";
    s.level = PressureLevel::Firm;
    CHECK(s.wants(a));
    s.level = PressureLevel::Gentle;
    CHECK_FALSE(s.wants(a));  // the level changed while it was computed
    s.level = PressureLevel::Firm;
    s.techniqueId = "thumb-walk-down";
    CHECK_FALSE(s.wants(a));
}

TEST_CASE("Viewer state: equality covers every field", "[session]") {
    const ViewerState base;
    auto differs = [&base](auto edit) {
        ViewerState s = base;
        edit(s);
        return s != base;
    };
    CHECK(differs([](ViewerState& s) { s.techniqueId = "x"; }));
    CHECK(differs([](ViewerState& s) { s.level = PressureLevel::Firm; }));
    CHECK(differs([](ViewerState& s) { s.selectedRegion = Region::Sacral; }));
    CHECK(differs([](ViewerState& s) { s.guided = true; }));
    CHECK(differs([](ViewerState& s) { s.presenting = true; }));
    CHECK(differs([](ViewerState& s) { s.regionPanelOpen = true; }));
    CHECK(differs([](ViewerState& s) { s.chooserOpen = true; }));
    CHECK(differs([](ViewerState& s) { s.allControls = false; }));
    CHECK(differs([](ViewerState& s) { s.caption.beside = true; }));
    CHECK(differs([](ViewerState& s) { s.caption.bottomInset = 0.1f; }));
    CHECK(differs([](ViewerState& s) { s.caption.textScale = 0.8f; }));
    CHECK(differs([](ViewerState& s) { s.caption.content = "spine-line 1"; }));
    CHECK(differs([](ViewerState& s) { s.dragButton = 1; }));
    CHECK(differs([](ViewerState& s) { s.panelRight = 0.3f; }));
    CHECK(base == ViewerState{});
}
