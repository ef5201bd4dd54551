#pragma once
// The panel for someone massaging a partner, in place of the expert panels: the
// beginner techniques, gentle or moderate pressure, what the colours mean, and a
// small button that brings every control back.
#include "core/technique/Technique.h"
#include "ui/Hotspots.h"

#include <string>
#include <vector>

namespace backrub::ui {

struct LayPanelChoice {
    std::string technique;             // another technique picked, "" = none
    bool levelChanged = false;         // `level` was edited
    bool guide = false;                // "Step-by-step guide" clicked
    bool showAllControls = false;      // "Show all controls" clicked
};

// Buttons are recorded as "lay.technique.<id>", "lay.gentle", "lay.moderate",
// "lay.guide" and "lay.all-controls".
LayPanelChoice drawLayPanel(const std::vector<const Technique*>& techniques, const std::string& selectedId,
                            PressureLevel& level, bool guided, Hotspots& hotspots);

}  // namespace backrub::ui
