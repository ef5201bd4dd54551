#include "core/view/Refinement.h"

namespace backrub {

ScenePass RefinementPolicy::next(bool changed, double nowS) {
    if (changed || !drawn_) {
        lastChangeS_ = nowS;
        drawn_ = true;
        stillDone_ = false;
        return ScenePass::Interactive;
    }
    if (!stillDone_ && nowS - lastChangeS_ >= settleS_) {
        stillDone_ = true;
        return ScenePass::Still;
    }
    return ScenePass::Reuse;
}

}  // namespace backrub
