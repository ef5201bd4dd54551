#pragma once
// The stroke editor's window content: the technique's id and title; the selected step
// (title, narration, length, position) and action (hand, contact, motion, force at each
// level, speed); the path laid by clicking on the skin, as body coordinates; the draft's
// problems; undo, redo, save and close. Every change goes through the StrokeEditor, so it
// can be undone.
#include "core/session/StrokeEditor.h"
#include "ui/Hotspots.h"

#include <string>
#include <vector>

namespace backrub::ui {

struct StrokeEditorRequest {
    bool changed = false;        // the draft changed: preview it again
    bool save = false;
    bool close = false;
    bool startNew = false;       // a blank technique in place of the draft
};

// `layingPath`: clicks on the skin add waypoints. `message`: the last save's outcome.
StrokeEditorRequest drawStrokeEditorPanel(StrokeEditor& editor, bool& layingPath, const std::string& message,
                                          Hotspots& hotspots);

// The cautions written one per line: each non-blank line, trimmed.
std::vector<std::string> cautionLines(const std::string& text);

// Where a problem lies, in words: "/steps/1/actions/0/path" -> "Step 2, action 1, path".
std::string problemPlace(const std::string& pointer);

// "T7, 3.0 cm left, 1.2 cm up" (left and right are the receiver's).
std::string bodyPointText(const BodyPoint& p);

}  // namespace backrub::ui
