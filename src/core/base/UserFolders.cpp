#include "core/base/UserFolders.h"

#include <cstdlib>

namespace backrub {

std::string xdgPath(const char* variable, const char* homeDefault, const std::string& subpath) {
    const char* base = std::getenv(variable);
    if (base && *base) return std::string(base) + "/" + subpath;
    const char* home = std::getenv("HOME");
    if (home && *home) return std::string(home) + "/" + homeDefault + "/" + subpath;
    return "";
}

}  // namespace backrub
