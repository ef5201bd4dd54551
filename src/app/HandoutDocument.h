#pragma once
// What a printed handout says and shows, gathered from a technique playing on a
// body (HandoutCommand.cpp), apart from how it is drawn (HandoutPdf.h).
#include "core/base/Image.h"
#include "core/pressure/RegionReport.h"
#include "core/view/ColorMap.h"

#include <glm/glm.hpp>

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace backrub::app {

// A picture and, for each hand ([0] the left), the path it follows drawn over it:
// polylines in the picture's pixels (top-left origin), broken where the hand
// lifts or the skin turns away from the camera.
struct HandoutPicture {
    Image image;
    std::array<std::vector<std::vector<glm::vec2>>, 2> pathPx;
};

struct HandoutStep {
    std::string heading;              // "Step 2 of 3: Thumbs down the back"
    std::string timing;               // "0:40 to 1:20, 40 s"
    std::string narration;
    std::vector<std::string> forces;  // one line per distinct force, in everyday terms
    HandoutPicture picture;           // hands at work, live heat, the step's path
};

struct HandoutDocument {
    std::string title;
    std::string facts;    // id, level, length, position, pressure level in one line
    std::string summary;
    std::string position;
    std::vector<std::string> cautions;
    std::vector<HandoutStep> steps;
    HandoutPicture dosePicture;           // the cumulative dose at the end
    std::optional<Legend> doseLegend;     // its colour scale
    RegionReport report;                  // the figures `backrub report` prints
    std::string closingNote;
};

}  // namespace backrub::app
