#pragma once
// Writes a SceneData as a binary glTF 2.0 (GLB) file image. Deterministic: the same
// scene gives the same bytes. Custom attributes whose values are all whole numbers in
// 0..255 (region ids) are stored as UNSIGNED_BYTE with a 4-byte stride, others as FLOAT.
// Normals are renormalized; node transforms are written as TRS when they are rigid
// (with positive scale), as a matrix otherwise.
#include "core/base/SceneData.h"

#include <cstdint>
#include <vector>

namespace backrub {

std::vector<std::uint8_t> writeGlb(const SceneData& scene);

}  // namespace backrub
