#pragma once
// What `--technique` names: an id ("spine-line") or a technique file
// ("my-lumbar-glide.json", "lessons/glide.json").
#include "core/technique/TechniqueLibrary.h"

#include <string>

namespace backrub {

// True when the value names a file: it ends in ".json" or holds a '/'; an id is
// lowercase letters, digits and hyphens only.
bool namesTechniqueFile(const std::string& value);

// The technique `idOrFile` names. A file is read through the loader and added to
// `library` as the user's (the same file already there, from their folder, is
// reused). nullptr with `error` when the id is unknown, the file has problems
// (one `FILE: LOCATION: message` per line) or its id is taken by another file.
// Reading a file may move the library's techniques: pointers to them go stale.
const Technique* chooseTechnique(TechniqueLibrary& library, const std::string& idOrFile, std::string& error);

}  // namespace backrub
