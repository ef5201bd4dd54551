#include "core/pressure/RegionTimeline.h"

#include <algorithm>
#include <cmath>

namespace backrub {

RegionTimeline computeRegionTimeline(const SkinSurface& skin, const ContactSource& source, double durationS,
                                     double sampleHz) {
    RegionTimeline timeline;
    timeline.sampleHz = sampleHz > 0.0 && std::isfinite(sampleHz) ? sampleHz : 20.0;
    if (!std::isfinite(durationS) || durationS < 0.0) durationS = 0.0;
    const auto samples = static_cast<std::size_t>(std::floor(durationS * timeline.sampleHz)) + 1;
    for (auto& series : timeline.peakKPa) series.assign(samples, 0.0f);
    PressureField field(skin);
    for (std::size_t k = 0; k < samples; ++k) {
        field.setContacts(source(double(k) / timeline.sampleHz));
        const std::vector<float>& p = field.live();
        for (std::uint32_t v : field.loadedVertices()) {
            const Region regions[2] = {v < skin.baseRegion.size() ? skin.baseRegion[v] : Region::None,
                                       v < skin.overlayRegion.size() ? skin.overlayRegion[v] : Region::None};
            for (Region r : regions) {
                if (r == Region::None) continue;
                float& peak = timeline.peakKPa[static_cast<std::size_t>(r)][k];
                peak = std::max(peak, p[v]);
            }
        }
    }
    return timeline;
}

}  // namespace backrub
