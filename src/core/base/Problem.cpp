#include "core/base/Problem.h"

namespace backrub {

std::string Problem::str() const {
    return file + ": " + (location.empty() ? std::string("(file)") : location) + ": " + message;
}

std::string formatProblems(const Problems& problems) {
    std::string out;
    for (const Problem& p : problems) {
        out += p.str();
        out += '\n';
    }
    return out;
}

}  // namespace backrub
