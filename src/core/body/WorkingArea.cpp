#include "core/body/WorkingArea.h"

#include <algorithm>
#include <limits>

namespace backrub {

bool workingAreaBounds(const Body& body, glm::vec3& lo, glm::vec3& hi) {
    const Landmark* c7 = body.landmark("C7");
    const Landmark* left = body.landmark("greater_trochanter_L");
    const Landmark* right = body.landmark("greater_trochanter_R");
    if (!c7 || !left || !right) return false;
    const float bottom = std::min(left->position.z, right->position.z) - kWorkingAreaBelowTrochanterM;
    const float top = c7->position.z + kWorkingAreaAboveC7M;
    glm::vec3 boxLo(std::numeric_limits<float>::max()), boxHi(-std::numeric_limits<float>::max());
    bool any = false;
    for (const glm::vec3& p : body.skin.positions) {
        if (p.z < bottom || p.z > top) continue;
        boxLo = glm::min(boxLo, p);
        boxHi = glm::max(boxHi, p);
        any = true;
    }
    if (!any) return false;
    lo = boxLo;
    hi = boxHi;
    return true;
}

}  // namespace backrub
