#pragma once
// Writing a file so that a crash or a full disk never leaves it half-written:
// the bytes go to a temporary file in the same folder, which then replaces the
// target in one rename.
#include <string>

namespace backrub {

// What to do when the target's folder does not exist: create it (settings, layouts) or
// fail (a path the user typed: a misspelt folder should be said, not created).
enum class MissingFolder { Create, Fail };

// False with a message naming the file on failure (the target is then unchanged and
// the temporary file removed).
bool writeFileAtomically(const std::string& path, const std::string& bytes, std::string& error,
                         MissingFolder missing = MissingFolder::Create);

}  // namespace backrub
