#pragma once
// The bottom status line: frame time, model and hints.
#include <string>

namespace backrub::ui {

struct StatusInfo {
    float frameMs = 0.0f;       // smoothed frame time
    std::string model;          // what is shown
    std::string message;        // last notice (screenshot written, load error ...)
};

void drawStatusLine(const StatusInfo& info);

}  // namespace backrub::ui
