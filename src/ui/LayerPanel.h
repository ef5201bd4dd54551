#pragma once
// Layer visibility, opacity, x-ray and theme: edits ViewSettings only.
#include "core/view/ViewSettings.h"

namespace backrub::ui {

void drawLayerPanel(ViewSettings& settings);

}  // namespace backrub::ui
