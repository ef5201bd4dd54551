#include "core/view/UiScale.h"

#include <algorithm>
#include <cmath>

namespace backrub {

float uiScaleFor(int heightPx, float dpi) {
    const float byHeight = heightPx > 0 ? float(heightPx) / 900.0f : 1.0f;
    const float byDpi = dpi > 0.0f && std::isfinite(dpi) ? dpi / 96.0f : 1.0f;
    const float scale = std::clamp(std::max(byHeight, byDpi), 1.0f, 3.0f);
    return std::round(scale * 4.0f) / 4.0f;
}

}  // namespace backrub
