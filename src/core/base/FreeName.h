#pragma once
// A file name that does not exist yet, so saving never overwrites the user's work:
// "stem.ext", else "stem-2.ext", "stem-3.ext", ...
#include <functional>
#include <string>

namespace backrub {

// `exists` says whether a name is taken (a file in the target folder). Gives up
// after 9999 tries and returns "" (the caller reports that it could not save).
std::string firstFreeName(const std::string& stem, const std::string& extension,
                          const std::function<bool(const std::string&)>& exists);

}  // namespace backrub
