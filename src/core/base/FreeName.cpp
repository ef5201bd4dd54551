#include "core/base/FreeName.h"

namespace backrub {

std::string firstFreeName(const std::string& stem, const std::string& extension,
                          const std::function<bool(const std::string&)>& exists) {
    for (int n = 1; n < 10000; ++n) {
        const std::string name = stem + (n == 1 ? "" : "-" + std::to_string(n)) + extension;
        if (!exists(name)) return name;
    }
    return "";
}

}  // namespace backrub
