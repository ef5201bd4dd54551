#pragma once
// What the viewer holds while it compares: the technique and level shown in the right half
// (the one on screen, left, is the viewer's own session), its pictures, and the region
// figures of both, worked out on a worker thread.
#include "core/pressure/RegionReport.h"
#include "core/session/TechniqueSession.h"
#include "core/view/ScreenRect.h"
#include "gfx/RenderTarget.h"

#include <array>
#include <future>
#include <memory>
#include <optional>
#include <string>

namespace backrub::app {

struct Comparing {
    std::string techniqueId;                    // the right half's technique
    PressureLevel level = PressureLevel::Moderate;
    std::unique_ptr<TechniqueSession> session;  // on the same body; nullptr when it cannot play
    gfx::RenderTarget fastTarget, stillTarget;  // the right half's pictures
    const gfx::RenderTarget* shown = nullptr;
    PixelRect shownRect, shownSmoothRect;
    std::future<std::array<RegionReport, 2>> reportsTask;  // left, right
    std::optional<std::array<RegionReport, 2>> reports;
    std::string reportsKey;  // what `reports` (or the task) is for: both ids and levels
};

}  // namespace backrub::app
