#pragma once
// What the viewer holds while the stroke editor is open: the document, the draft playing
// (a copy that stays put while the session uses it), and the body coordinates that turn a
// click on the skin into a waypoint.
#include "core/body/SkinQuery.h"
#include "core/session/StrokeEditor.h"
#include "core/technique/BodyCoordinates.h"

#include <memory>
#include <string>

namespace backrub::app {

struct StrokeEditing {
    StrokeEditing(StrokeEditor start, const Body& body) : editor(std::move(start)), skin(body.skin), coords(body, skin) {}

    StrokeEditor editor;
    std::unique_ptr<Technique> playing;  // the draft the session plays; kept while a newer draft has problems
    SkinQuery skin;
    BodyCoordinates coords;
    bool layingPath = true;
    std::string message;  // the last save or click, said in the window
};

}  // namespace backrub::app
