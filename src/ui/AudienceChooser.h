#pragma once
// The first-start chooser: "Learn the anatomy", "Teach a class" or "Massage my
// partner", as three cards over the dimmed scene.
#include "core/session/Preferences.h"
#include "ui/Hotspots.h"
#include "ui/ScreenStyle.h"

#include <optional>

namespace backrub::ui {

// The choice clicked this frame; Audience::Unchosen for "Not now". Buttons are
// recorded as "chooser.learn", "chooser.teach", "chooser.partner" and "chooser.skip".
std::optional<Audience> drawAudienceChooser(const Fonts& fonts, Hotspots& hotspots);

}  // namespace backrub::ui
