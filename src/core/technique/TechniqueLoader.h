#pragma once
// Reads `backrub.technique/1` files (docs/technique-format.md). Validates types,
// ranges, names and structure, reports every problem in one pass as
// `FILE: /json/pointer: message`, and never crashes or throws on any input.
#include "core/base/Problem.h"
#include "core/technique/Technique.h"

#include <optional>
#include <string>

namespace backrub {

constexpr const char* kTechniqueFormat = "backrub.technique/1";

struct TechniqueLoadResult {
    std::optional<Technique> technique;  // set only when problems is empty
    Problems problems;
};

// Reads the file at `path` (problems name the file as given).
TechniqueLoadResult loadTechniqueFile(const std::string& path);
// Parses `text`; `displayName` is the file name used in problems.
TechniqueLoadResult loadTechniqueFromString(const std::string& text, const std::string& displayName);

}  // namespace backrub
