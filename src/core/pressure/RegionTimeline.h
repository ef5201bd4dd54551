#pragma once
// Peak pressure of every region over the whole technique, sampled evenly: the
// data behind the viewer's pressure-over-time plot of a selected region.
#include "core/body/Body.h"
#include "core/pressure/DoseIntegrator.h"

#include <array>
#include <vector>

namespace backrub {

struct RegionTimeline {
    double sampleHz = 20.0;
    // [region][sample] highest kPa on any vertex of the region (base or overlay) at that sample.
    std::array<std::vector<float>, kRegionCount> peakKPa;
};

RegionTimeline computeRegionTimeline(const SkinSurface& skin, const ContactSource& source, double durationS,
                                     double sampleHz = 20.0);

}  // namespace backrub
