#pragma once
// Draws a HandoutDocument as a PDF with cairo (pages, pictures, lines) and pango
// (wrapped text that stays real text: selectable, searchable). Page flow comes
// from core/session/HandoutLayout.h; no OpenGL here.
#include "app/HandoutDocument.h"
#include "core/session/PaperSize.h"

#include <string>

namespace backrub::app {

struct HandoutPdf {
    std::string bytes;  // the whole file
    int pageCount = 0;
};

// The PDF on `paper`; false with cairo's message when drawing fails.
bool drawHandoutPdf(const HandoutDocument& document, Paper paper, HandoutPdf& out, std::string& error);

// The size pictures are drawn at on the page, PDF points (portrait, 4:5: the back from
// the neck to mid-thigh), so they can be rendered at print resolution for it.
inline constexpr double kStepPictureWidthPt = 176.0;
inline constexpr double kStepPictureHeightPt = 220.0;
inline constexpr double kDosePictureWidthPt = 176.0;
inline constexpr double kDosePictureHeightPt = 220.0;

}  // namespace backrub::app
