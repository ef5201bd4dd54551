#pragma once
// A key pressed and released on a real viewer through synthetic SDL events: the UI
// tests, the soak run and the frame benchmark drive the viewer as a user's keyboard does.
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

}  // namespace backrub::test
