#pragma once
// What the viewer holds while the stroke editor is open: the document, the draft playing
// (a copy that stays put while the session uses it), and the body coordinates that turn a
// click on the skin into a waypoint.
#include "core/body/SkinQuery.h"
#include "core/session/StrokeEditor.h"
#include "core/technique/BodyCoordinates.h"

#include <array>
#include <memory>
#include <string>
#include <vector>

namespace backrub::app {

struct StrokeEditing {
    StrokeEditing(StrokeEditor start, const Body& body) : editor(std::move(start)), skin(body.skin), coords(body, skin) {}

    StrokeEditor editor;
    std::unique_ptr<Technique> playing;  // the draft the session plays; kept while a newer draft has problems
    SkinQuery skin;
    BodyCoordinates coords;
    bool layingPath = true;
    std::string message;  // the last save or click, said in the window

    // The path drawn over the scene, on the body at rest: the hands' trails through the step
    // being edited and the selected action's waypoints. Worked out again only when the draft,
    // the selection or the technique playing changes, not every frame.
    struct DrawnPath {
        unsigned version = ~0u;
        int step = -1, action = -1;
        const Technique* playing = nullptr;
        PressureLevel level = PressureLevel::Moderate;  // the trails sink deeper at a firmer level
        std::array<std::vector<TrailSample>, 2> trails;
        std::vector<TrailSample> waypoints;
    } drawn;
};

}  // namespace backrub::app
