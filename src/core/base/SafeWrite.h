#pragma once
// Writing a file so that a crash or a full disk never leaves it half-written:
// the bytes go to a temporary file in the same folder, which then replaces the
// target in one rename.
#include <string>

namespace backrub {

// Creates the folder if needed. False with a message naming the file on failure
// (the target is then unchanged and the temporary file removed).
bool writeFileAtomically(const std::string& path, const std::string& bytes, std::string& error);

}  // namespace backrub
