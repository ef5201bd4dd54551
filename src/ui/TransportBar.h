#pragma once
// Play/pause, step back/forward, a scrubbable timeline, speed and loop.
#include "core/session/Playback.h"

#include <string>

namespace backrub::ui {

void drawTransportBar(Playback& playback);

// "1:05.3" for 65.3 seconds.
std::string formatTime(double seconds);

}  // namespace backrub::ui
