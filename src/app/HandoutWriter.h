#pragma once
// A printed handout of the technique playing in a Visualization: its pictures
// rendered at print resolution through the render path of `backrub render`, its
// words and figures gathered, the PDF drawn and written safely (SafeWrite.h).
// Shared by `backrub handout` and the viewer.
#include "app/HandoutDocument.h"
#include "app/Visualization.h"
#include "core/session/PaperSize.h"

#include <string>

namespace backrub::app {

// Renders with the current GL context (the viewer's, or runHandout's offscreen one);
// plays the session through the whole technique (its time is left at the end).
// False with a message when rendering fails or no technique is playing.
bool gatherHandout(Visualization& vis, HandoutDocument& out, std::string& error);

// gatherHandout(), then the PDF written to `path` (a missing folder fails: the path
// was typed). False with a message naming the file when anything fails; `pages` is
// the page count written.
bool writeHandout(Visualization& vis, Paper paper, const std::string& path, int& pages, std::string& error);

}  // namespace backrub::app
