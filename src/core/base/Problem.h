#pragma once
// A problem found in user input (a model, a technique, a settings file).
// Every loader reports problems in this one shape, printed as
// `FILE: LOCATION: message`, so users learn which file, where in it, and what.
#include <string>
#include <vector>

namespace backrub {

struct Problem {
    std::string file;      // path as the user gave it
    std::string location;  // JSON pointer, glTF path ("/accessors/3"), "GLB header", "line 4" ...
    std::string message;   // plain words: what is wrong and, where useful, what is expected

    std::string str() const;  // "FILE: LOCATION: message"
};

using Problems = std::vector<Problem>;

// One problem per line, in the order found.
std::string formatProblems(const Problems& problems);

}  // namespace backrub
