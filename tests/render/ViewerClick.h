#pragma once
// Clicking the viewer's buttons in UI tests, as a user's hand does.
#include "app/Viewer.h"

#include <SDL.h>
#include <catch2/catch.hpp>

#include <optional>
#include <string>

namespace backrub::test {

// Clicks a button where the last frame drew it (ui/Hotspots.h): the pointer moves there,
// then the button goes down and up a frame apart, as ImGui needs to see a click.
inline void click(app::Viewer& v, const std::string& name) {
    const std::optional<ui::Hotspot> spot = v.hotspot(name);
    INFO(name);
    REQUIRE(spot);
    const int x = int(0.5f * (spot->x0 + spot->x1)), y = int(0.5f * (spot->y0 + spot->y1));
    SDL_Event e{};
    e.type = SDL_MOUSEMOTION;
    e.motion.x = x;
    e.motion.y = y;
    v.handleEvent(e);
    v.frame(0.0);  // hovered
    e = SDL_Event{};
    e.type = SDL_MOUSEBUTTONDOWN;
    e.button.button = SDL_BUTTON_LEFT;
    e.button.x = x;
    e.button.y = y;
    v.handleEvent(e);
    v.frame(0.0);  // pressed
    e.type = SDL_MOUSEBUTTONUP;
    v.handleEvent(e);
    v.frame(0.0);  // released over it: clicked
    v.frame(0.0);  // what the click opened is drawn, and ImGui lets the keys through again
}

}  // namespace backrub::test
