#pragma once
// printf-style formatting into a std::string, for reports and tables. A result longer than
// 511 characters is cut there.
#include <string>

namespace backrub {

std::string formatText(const char* format, ...) __attribute__((format(printf, 1, 2)));

}  // namespace backrub
