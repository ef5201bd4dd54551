#pragma once
// The massage table under the generated body: a padded top whose upper face is the plane
// y = 0, a wooden frame on four legs, and a face cradle at the head end fitted to the face.
// Not part of the body model (docs/model-format.md): the viewer and `render` draw it
// beside the scene. Sizes in core/scene/TableDimensions.h.
#include "core/body/Body.h"
#include "core/bodygen/BodyModel.h"
#include "core/scene/FaceCradle.h"
#include "core/scene/TableMesh.h"

namespace backrub {

struct MassageTable {
    float headEndZ = 0.0f, footEndZ = 0.0f;  // ends of the padded top
    FaceCradle cradle;
    TableMesh mesh;  // parts "top", "apron_*", "leg_*", "stretcher_*", "cushion", "cradle_bar_*"
};

// The head end stops short of the first skin that sinks below the top (the face going into
// the cradle); the cradle is fitted to `head` and `skin`; the contact shade is read from `skin`.
MassageTable buildMassageTable(const Head& head, const SkinSurface& skin);

// The table for a generated body of `size` whose skin is `skin` (its head from the generated skeleton).
MassageTable massageTableFor(BodySize size, const SkinSurface& skin);

}  // namespace backrub
