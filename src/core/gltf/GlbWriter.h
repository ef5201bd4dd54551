#pragma once
// Writes a SceneData as a binary glTF 2.0 (GLB) file image. Deterministic: the same
// scene gives the same bytes. Custom attributes whose values are all whole numbers in
// 0..255 (region ids) are stored as UNSIGNED_BYTE with a 4-byte stride, others as FLOAT.
// Normals are renormalized; node transforms are written as TRS when they are rigid
// (with positive scale), as a matrix otherwise.
//
// Skins: a primitive whose joints and weights both have one entry per vertex gets
// JOINTS_0 (UNSIGNED_BYTE VEC4 when every used index is below 256, UNSIGNED_SHORT
// otherwise; a joint with zero weight is written as 0, a joint named twice gets the
// sum of its weights once) and WEIGHTS_0 (FLOAT VEC4; negative and NaN weights become
// 0, a vertex off by more than 1e-6 is renormalized to sum 1, one without weight gets
// 1 on its first joint; weights summing to 1 are written bit for bit). Each SkinData becomes a skin with its joints and an inverse bind matrix
// per joint (identity where inverseBind is short); a node with a mesh gets its skin.
// Joint indices are written as given: one not below the skin's joint count makes the
// file invalid (the validator reports it). A skinned node's transform is written as
// given too, but glTF viewers ignore it: keep the skinned node a root with identity
// transform (the validator warns otherwise).
#include "core/base/SceneData.h"

#include <cstdint>
#include <vector>

namespace backrub {

std::vector<std::uint8_t> writeGlb(const SceneData& scene);

}  // namespace backrub
