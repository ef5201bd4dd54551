#include "core/session/ScreenshotName.h"

namespace backrub {

std::string screenshotName(const std::tm& localTime, const std::function<bool(const std::string&)>& taken) {
    char stamp[32];
    if (std::strftime(stamp, sizeof stamp, "backrub-%Y%m%d-%H%M%S", &localTime) == 0) return "";
    for (int n = 1; n <= kMaxScreenshotsPerSecond; ++n) {
        const std::string name = std::string(stamp) + (n == 1 ? "" : "-" + std::to_string(n)) + ".png";
        if (!taken || !taken(name)) return name;
    }
    return "";
}

}  // namespace backrub
