#pragma once
// The user's own techniques: every *.json file in their techniques folder, loaded
// beside the shipped ones (docs/technique-format.md, "Your own techniques").
#include "core/technique/TechniqueLibrary.h"

#include <string>

namespace backrub {

// $XDG_DATA_HOME/backrub/techniques, else ~/.local/share/backrub/techniques;
// "" when neither XDG_DATA_HOME nor HOME is set.
std::string userTechniquesFolder();

// Adds every *.json file in `folder` (in file-name order) to `library` as the
// user's. Each file's problems (unreadable, broken JSON, a folder named x.json,
// an id already taken) go to library.problems; the other files still load. A
// folder that does not exist has no techniques and no problems.
void addUserTechniques(TechniqueLibrary& library, const std::string& folder);

// The shipped techniques, then the user's from `userFolder` ("" for none).
TechniqueLibrary loadTechniques(const std::string& userFolder);

}  // namespace backrub
