#include "core/session/CaptionText.h"

#include <cmath>
#include <cstdio>

namespace backrub {

std::string clockText(double seconds) {
    if (!std::isfinite(seconds) || seconds < 0.0) seconds = 0.0;
    const long long whole = static_cast<long long>(std::floor(seconds + 1e-6));
    char text[32];
    std::snprintf(text, sizeof text, "%lld:%02lld", whole / 60, whole % 60);
    return text;
}

std::string captionProgress(double timeS, double durationS, double speed, bool playing) {
    char rate[32];
    std::snprintf(rate, sizeof rate, "speed %gx", speed);
    return clockText(timeS) + " of " + clockText(durationS) + ", " + rate + (playing ? "" : ", paused");
}

std::string captionWarning(const std::vector<SafetyWarning>& active) {
    if (active.empty()) return "";
    const SafetyWarning& w = active.front();
    char figures[96];
    std::snprintf(figures, sizeof figures, "Warning: peak %.0f kPa on ", static_cast<double>(w.peakKPa));
    std::string text = figures + std::string(regionName(w.region));
    if (!w.landmark.empty()) text += " near " + w.landmark;
    std::snprintf(figures, sizeof figures, ", over its %s of %.0f kPa",
                  w.kind == WarningKind::CareZone ? "safe limit" : "pain threshold", static_cast<double>(w.limitKPa));
    text += figures;
    if (active.size() > 1) text += " (+" + std::to_string(active.size() - 1) + " more)";
    return text;
}

}  // namespace backrub
