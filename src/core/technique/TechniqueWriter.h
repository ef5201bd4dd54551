#pragma once
// Writes a technique as a `backrub.technique/1` file (docs/technique-format.md), the
// inverse of TechniqueLoader: reading the text back gives the same technique, field for
// field, and writing that again gives the same text. Fields at their default (a fraction
// or an offset of 0, no start time, a step in the technique's position) are left out, as
// a person would write the file.
#include "core/technique/Technique.h"

#include <string>

namespace backrub {

std::string techniqueToJson(const Technique& technique);

}  // namespace backrub
