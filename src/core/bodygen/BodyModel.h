#pragma once
// The built-in anatomical model: a prone adult back (skin with regions, muscles,
// skeleton and landmarks) generated procedurally and deterministically.
// Layout of the scene: docs/model-format.md. Axes: see core/Body.h.
#include "core/base/SceneData.h"

#include <optional>
#include <string>

namespace backrub {

enum class BodySize { Female, Male };

// "female" / "male"; nullopt for anything else (case-sensitive).
std::optional<BodySize> parseBodySize(const std::string& text);
const char* bodySizeName(BodySize size);

// The full layered scene (layers "skin", "muscles", "skeleton", "landmarks").
// Deterministic: the same size always gives the same scene, bit for bit.
// The skin and every muscle are bound to the skeleton (a glTF skin over the bone nodes).
SceneData generateBodyScene(BodySize size);

// Makes a generated scene what a file holds (`backrub model`; docs/model-format.md,
// "Skinning"): the skin, a root node, stays bound; the muscles, nested under their layer
// node, are written unbound, at rest, since glTF viewers ignore a skinned node's parents.
void unbindNestedMeshes(SceneData& scene);

}  // namespace backrub
