#pragma once
// Body measurements that drive the generated model, one set per body size.
// Published figures cite their source (docs/sources.md, "Spine and vertebrae",
// "Body proportions", "Soft tissue depths"; female values in BodyProportions.cpp);
// everything marked "estimate" is ours and may be tuned.
// All lengths in metres, angles in degrees.
#include "core/bodygen/BodyModel.h"

namespace backrub {

struct BodyProportions {
    // Spine lengths along the vertebral bodies, discs included (Gray's Anatomy).
    float cervicalLength = 0.125f;
    float thoracicLength = 0.28f;
    float lumbarLength = 0.18f;
    float sacrumLength = 0.105f;   // S1 endplate to the sacral apex
    float coccyxLength = 0.025f;

    // Vertebral body heights (mid-body), interpolated along each region.
    float cervicalBodyHeight = 0.0135f;      // C3..C7 (estimate)
    float thoracicBodyHeightTop = 0.0168f;   // T1 (Egwu 2019: T2 16.9 mm anterior)
    float thoracicBodyHeightBottom = 0.0205f;// T12 (Egwu 2019: posterior up to 20.5 mm)
    float lumbarBodyHeightTop = 0.024f;      // L1 (lumbar ~20-30 mm)
    float lumbarBodyHeightBottom = 0.028f;   // L5
    float vertebraScale = 1.0f;              // widths/depths of vertebrae relative to male (estimate)

    // Sagittal curves lying prone (Asian Spine J 2019, PMC6680033: lordosis lying 36.8 deg,
    // L4-S1 carries 71-85 %); kyphosis and cervical lordosis are estimates.
    float sacralSlopeDeg = 32.0f;        // estimate
    float lumbarLordosisDeg = 45.0f;     // within 36.8 +- 13.2 lying
    float lordosisShareL4S1 = 0.71f;
    float thoracicKyphosisDeg = 48.0f;   // estimate (nearer Ernst 2013 skin fractions)
    float cervicalLordosisDeg = 18.0f;   // estimate (face in a face cradle flattens the neck)

    // Widths (ANSUR II 2012).
    float biacromialBreadth = 0.416f;
    float bideltoidBreadth = 0.510f;
    float hipBreadth = 0.346f;
    // Trunk shape (estimates): half-widths and depths of the trunk cross-section.
    float chestHalfWidth = 0.168f;       // at T7, under the armpits, latissimus included
    float waistHalfWidth = 0.148f;       // at L3
    float iliacHalfWidth = 0.160f;       // at the iliac crests
    float chestDepth = 0.245f;           // table to the skin over T7
    float waistDepth = 0.205f;
    float pelvisDepth = 0.215f;          // table to the skin over S1

    // Soft tissue over the spinous processes and the groove beside them (estimates).
    float tissueOverThoracicSpinous = 0.007f;
    float tissueOverLumbarSpinous = 0.014f;
    float grooveDepthThoracic = 0.005f;
    float grooveDepthLumbar = 0.012f;
    float erectorWidthLumbar = 0.065f;   // per side, 5-8 cm (estimate; docs/sources.md, "Soft tissue depths")

    // Pelvis and legs (estimates unless noted).
    float hipJointHalfSpacing = 0.088f;  // hip joint centre from the midline
    float thighLength = 0.36f;           // hip joint to the end of the modelled thigh (above the knee)
    float thighRadiusTop = 0.092f;
    float thighRadiusBottom = 0.062f;
    float femurLength = 0.22f;           // modelled femur: head to mid-thigh

    // Neck, shoulders, arms (estimates).
    float neckHalfWidth = 0.060f;
    float neckHalfDepth = 0.055f;
    float upperArmRadius = 0.048f;
    float upperArmLength = 0.29f;        // shoulder joint to just above the elbow
    float armAbductionDeg = 8.0f;        // arms resting at the sides

    // Head (ANSUR II 2012 means, rounded): breadth 153 / 145 mm, length (glabella to back
    // of the head) 197 / 187 mm; top of the head to chin about 230 / 217 mm (estimate).
    float headBreadth = 0.153f;
    float headLength = 0.197f;
    float headHeight = 0.230f;
};

// The defaults: the male body. Shapes that are given as male sizes (rib arcs, pelvis and
// scapula outlines, trunk parts) are scaled by a proportion's ratio to its value here.
inline constexpr BodyProportions kMaleProportions{};

BodyProportions bodyProportions(BodySize size);

}  // namespace backrub
