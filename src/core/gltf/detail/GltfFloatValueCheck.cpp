// FLOAT accessor data (glTF 2.0 specification, "Accessor Data Types": IEEE-754
// single precision, and NaN and infinities are not allowed) in every accessor, used
// or not; the loader checks only what it reads.
#include "core/gltf/detail/GltfStrictChecks.h"

#include <cmath>

namespace backrub::gltf {

void checkFloatValues(Checker& c, AccessorData& data) {
    for (std::size_t i = 0; i < c.accessors.size(); ++i) {
        if (c.accessors[i].componentType != 5126) continue;
        const AccessorFloats* values = data.get(static_cast<int>(i), true);
        if (!values) continue;
        for (std::size_t k = 0; k < values->values.size(); ++k)
            if (!std::isfinite(values->values[k])) {
                c.problem("/accessors/" + std::to_string(i), "component " + std::to_string(k) + " is " +
                                                                 (std::isnan(values->values[k]) ? "NaN" : "infinite") +
                                                                 "; glTF allows finite numbers only");
                break;
            }
    }
}

}  // namespace backrub::gltf
