#pragma once
// The paper sizes a printed handout comes on: the one list for the command line
// (--paper), the usage text and the page geometry.
#include "core/base/EnumTable.h"

#include <array>
#include <optional>
#include <string>

namespace backrub {

enum class Paper { A4, Letter };

struct PaperRow {
    Paper value;
    const char* id;     // --paper
    const char* label;  // for people
    double widthPt;     // PDF points, 1/72 inch, portrait
    double heightPt;
};

inline constexpr std::array<PaperRow, 2> kPaperSizes{{
    {Paper::A4, "a4", "A4", 595.0, 842.0},             // 210 x 297 mm, rounded as PDF writers do
    {Paper::Letter, "letter", "US Letter", 612.0, 792.0},  // 8.5 x 11 in
}};

inline std::optional<Paper> parsePaper(const std::string& id) { return enumFromId(kPaperSizes, id); }
inline const PaperRow& paperRow(Paper paper) { return enumRow(kPaperSizes, paper); }

}  // namespace backrub
