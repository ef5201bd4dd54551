#include "core/base/FormatText.h"

#include <cstdarg>
#include <cstdio>

namespace backrub {

std::string formatText(const char* format, ...) {
    char buf[512];
    va_list args;
    va_start(args, format);
    std::vsnprintf(buf, sizeof buf, format, args);
    va_end(args);
    return buf;
}

}  // namespace backrub
