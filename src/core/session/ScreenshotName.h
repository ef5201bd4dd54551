#pragma once
// File names for F12 screenshots: the local time to the second, and a counter when
// that name is taken (three presses in one second give three files, none overwritten).
#include <ctime>
#include <functional>
#include <string>

namespace backrub {

// "backrub-20261206-041500.png", else "backrub-20261206-041500-2.png", "-3", ...: the
// first name `taken` says is free (firstFreeName). "" when every counter up to 9999 is taken.
std::string screenshotName(const std::tm& localTime, const std::function<bool(const std::string&)>& taken);

}  // namespace backrub
