#include "core/session/ViewerState.h"

#include <algorithm>

namespace backrub {

void CaptionLayout::update(float pictureFraction) {
    if (!(pictureFraction > 0.0f)) return;
    const float room = 1.0f - kBesideFraction;
    if (!beside && pictureFraction < 0.85f * room) beside = true;
    else if (beside && pictureFraction > 0.95f * room) beside = false;
}

void CaptionLayout::fitText(const std::string& shown, float heightPx, float roomPx) {
    if (shown != content) {
        content = shown;
        textScale = 1.0f;  // measured at the old size: start the new content at full size
        return;
    }
    if (heightPx > roomPx && roomPx > 0.0f)
        textScale = std::max(kMinTextScale, textScale * roomPx / heightPx * 0.98f);
}

bool ViewerState::operator==(const ViewerState& o) const {
    return techniqueId == o.techniqueId && level == o.level && selectedRegion == o.selectedRegion &&
           guided == o.guided && presenting == o.presenting && regionPanelOpen == o.regionPanelOpen &&
           chooserOpen == o.chooserOpen && allControls == o.allControls && caption == o.caption &&
           panelRight == o.panelRight && rightPanelWidth == o.rightPanelWidth && dragButton == o.dragButton;
}

}  // namespace backrub
