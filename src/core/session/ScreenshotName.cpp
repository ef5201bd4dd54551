#include "core/session/ScreenshotName.h"

#include "core/base/FreeName.h"

namespace backrub {

std::string screenshotName(const std::tm& localTime, const std::function<bool(const std::string&)>& taken) {
    char stamp[32];
    if (std::strftime(stamp, sizeof stamp, "backrub-%Y%m%d-%H%M%S", &localTime) == 0) return "";
    return firstFreeName(stamp, ".png", [&taken](const std::string& name) { return taken && taken(name); });
}

}  // namespace backrub
