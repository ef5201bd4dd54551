#pragma once
// The techniques shipped with Backrub (assets/techniques/*.json, embedded in the
// binary), loaded through the same validating loader as a user's file.
#include "core/base/Problem.h"
#include "core/technique/Technique.h"

#include <string>
#include <vector>

namespace backrub {

struct TechniqueLibrary {
    std::vector<Technique> techniques;  // in file-name order
    Problems problems;                  // a shipped file that fails to load is a bug: tests assert none

    // nullptr when there is no technique with this id.
    const Technique* find(const std::string& id) const;
    std::string ids() const;  // "a, b, c" for messages
};

TechniqueLibrary loadShippedTechniques();

}  // namespace backrub
