#include "core/session/HandoutLayout.h"

#include <cmath>

namespace backrub {
namespace {

double sane(double v) { return std::isfinite(v) && v > 0.0 ? v : 0.0; }

}  // namespace

HandoutFlow flowHandout(const std::vector<HandoutBlock>& blocks, double contentHeightPt, double gapPt) {
    const double pageHeight = sane(contentHeightPt);
    const double gap = sane(gapPt);
    HandoutFlow flow;
    int page = 0;
    double y = 0.0;       // where the next block may start on `page`
    bool empty = true;    // nothing placed on `page` yet
    for (const HandoutBlock& block : blocks) {
        const double height = sane(block.heightPt);
        const double top = empty ? 0.0 : y + gap;
        if (!empty && (block.newPage || top + height > pageHeight)) {
            ++page;
            y = 0.0;
            empty = true;
        }
        BlockPlace place;
        place.page = page;
        place.topPt = empty ? 0.0 : y + gap;
        place.tooTall = height > pageHeight;
        flow.places.push_back(place);
        y = place.topPt + height;
        empty = false;
    }
    flow.pageCount = page + 1;
    return flow;
}

}  // namespace backrub
