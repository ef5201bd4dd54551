#include "core/session/ViewerState.h"

namespace backrub {

void CaptionLayout::update(float pictureFraction) {
    if (!(pictureFraction > 0.0f)) return;
    const float room = 1.0f - kBesideFraction;
    if (!beside && pictureFraction < 0.85f * room) beside = true;
    else if (beside && pictureFraction > 0.95f * room) beside = false;
}

bool ViewerState::operator==(const ViewerState& o) const {
    return techniqueId == o.techniqueId && level == o.level && selectedRegion == o.selectedRegion &&
           guided == o.guided && presenting == o.presenting && regionPanelOpen == o.regionPanelOpen &&
           chooserOpen == o.chooserOpen && allControls == o.allControls && caption == o.caption && dragButton == o.dragButton;
}

}  // namespace backrub
