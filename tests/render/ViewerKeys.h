#pragma once
// Keys, drags, the wheel and the pointer on a real viewer through synthetic SDL events: the
// UI tests, the soak run and the frame benchmark drive the viewer as a user's hands do.
#include "app/Viewer.h"

#include <SDL.h>

namespace backrub::test {

inline void key(app::Viewer& v, SDL_Keycode k) {
    SDL_Event e{};
    e.type = SDL_KEYDOWN;
    e.key.keysym.sym = k;
    v.handleEvent(e);
    e.type = SDL_KEYUP;
    v.handleEvent(e);
}

// A drag with BUTTON from (x, y), by dx, dy window pixels, and the button let go.
inline void drag(app::Viewer& v, Uint8 button, int dx, int dy, int x = 640, int y = 360) {
    SDL_Event e{};
    e.type = SDL_MOUSEBUTTONDOWN;
    e.button.button = button;
    e.button.x = x;
    e.button.y = y;
    v.handleEvent(e);
    SDL_Event m{};
    m.type = SDL_MOUSEMOTION;
    m.motion.x = x + dx;
    m.motion.y = y + dy;
    m.motion.xrel = dx;
    m.motion.yrel = dy;
    v.handleEvent(m);
    e.type = SDL_MOUSEBUTTONUP;
    v.handleEvent(e);
}

// The pointer moved to (x, y) with no button down.
inline void pointTo(app::Viewer& v, int x, int y) {
    SDL_Event m{};
    m.type = SDL_MOUSEMOTION;
    m.motion.x = x;
    m.motion.y = y;
    v.handleEvent(m);
}

// The wheel turned STEPS with the cursor at (x, y), by default the middle of 1280x720.
inline void wheel(app::Viewer& v, int steps, int x = 640, int y = 360) {
    SDL_Event e{};
    e.type = SDL_MOUSEWHEEL;
    e.wheel.y = steps;
    e.wheel.mouseX = x;
    e.wheel.mouseY = y;
    v.handleEvent(e);
}

}  // namespace backrub::test
