#pragma once
// The technique list with a search box: title, position and level; the user's
// own techniques are marked "(yours)", their file named in the tooltip.
#include "core/technique/TechniqueLibrary.h"

#include <string>

namespace backrub::ui {

struct TechniqueBrowserState {
    char search[64] = {};
};

// Draws the list; returns true when the user picked another technique (selectedId is updated).
bool drawTechniqueBrowser(const TechniqueLibrary& library, std::string& selectedId, TechniqueBrowserState& state);

// Case-insensitive match of the search text against a technique's id, title and summary.
bool techniqueMatches(const Technique& technique, const std::string& search);

}  // namespace backrub::ui
