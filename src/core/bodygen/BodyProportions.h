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
    // L4-S1 carries 71-85 %); kyphosis is an estimate. Cervical lordosis: docs/sources.md,
    // "Cervical lordosis".
    float sacralSlopeDeg = 32.0f;        // estimate
    float lumbarLordosisDeg = 45.0f;     // within 36.8 +- 13.2 lying
    float lordosisShareL4S1 = 0.71f;
    float thoracicKyphosisDeg = 48.0f;   // estimate (nearer Ernst 2013 skin fractions)
    float cervicalLordosisDeg = 25.0f;   // C2-C7 (Cobb), within the typical 20-40
    // The head on the atlas bends forward on C2 (chin tucked, face in the face cradle), so that the
    // head keeps the attitude the cradle is fitted to (estimate).
    float craniocervicalFlexionDeg = 12.0f;

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
    float tissueOverThoracicSpinous = 0.0105f;  // over the tip point; the rounded tip stands about 3 mm above it
    float tissueOverLumbarSpinous = 0.014f;
    float grooveDepthThoracic = 0.005f;
    float grooveDepthLumbar = 0.012f;
    float erectorWidthLumbar = 0.065f;   // per side, 5-8 cm (estimate; docs/sources.md, "Soft tissue depths")

    // Pelvis and legs (estimates unless noted).
    float hipJointHalfSpacing = 0.088f;  // hip joint centre from the midline
    float thighRadiusTop = 0.092f;
    float thighRadiusBottom = 0.062f;    // above the knee

    // Neck, shoulders (estimates).
    float neckHalfWidth = 0.060f;
    float neckHalfDepth = 0.055f;
    float upperArmRadius = 0.048f;
    float armAbductionDeg = 12.0f;       // arms resting at the sides, clear of the hips (estimate)

    // Whole body (docs/sources.md, "Limbs, hands, feet and head"): stature (ANSUR II); long-bone
    // lengths expected at that stature (Trotter-Gleser 1952, the tibia without its malleolus),
    // within 1.5 SD of dry-bone series (Goldman data set, Rollet 1888); hand, foot and head
    // sizes (ANSUR II); finger lengths (Chatzioglou 2024, sexes pooled, scaled by hand length).
    float stature = 1.756f;
    float clavicleLength = 0.1668f;      // centre-line length (Bernat 2014)
    float humerusLength = 0.341f;
    float radiusLength = 0.256f;
    float ulnaLength = 0.275f;
    float femurLength = 0.480f;
    float femoralHeadDiameter = 0.047f;
    float tibiaLength = 0.385f;
    float fibulaLength = 0.387f;
    float patellaHeight = 0.0362f;       // Korean series by sex; width and thickness pooled
    float patellaWidth = 0.0448f;
    float patellaThickness = 0.0224f;
    float handLength = 0.1933f;          // wrist crease to the tip of the middle finger
    float handBreadth = 0.0883f;         // across the metacarpal heads
    float palmLength = 0.1165f;
    float footLength = 0.2712f;
    float footBreadth = 0.1019f;
    // Sternum (docs/sources.md, "Sternum and costal cartilages"): manubrium and body lengths
    // (MDCT, Turkish adults), the xiphoid the rest of the total length (CT, orthogonal planes);
    // widths and thicknesses are estimates.
    float manubriumLength = 0.0512f;
    float sternalBodyLength = 0.1024f;
    float xiphoidLength = 0.0371f;
    float manubriumWidth = 0.056f;       // across the clavicular notches (estimate)
    float sternalBodyWidth = 0.030f;     // estimate
    float sternumThickness = 0.013f;     // manubrium; the body 0.85 of it (estimate)
    // Soft tissue of the limbs (estimates: girths of an average adult, not taken from a table).
    float forearmRadiusTop = 0.042f;     // just below the elbow
    float wristRadius = 0.026f;
    float calfRadius = 0.058f;
    float ankleRadius = 0.034f;
    float kneeRadius = 0.055f;
    // Prone rest (estimates): feet plantar-flexed with the toes on the table.
    float anklePlantarFlexionDeg = 55.0f;
    float elbowFlexionDeg = 12.0f;

    // Head (ANSUR II 2012 means): breadth, length (glabella to the back of the head), tragion to
    // the top of the head, face length (menton to sellion), face breadth (bizygomatic), ear size.
    float headBreadth = 0.1543f;
    float headLength = 0.1995f;
    float tragionToVertex = 0.1311f;
    float faceLength = 0.1226f;
    float faceBreadth = 0.1426f;
    float earLength = 0.0642f;
    float earBreadth = 0.0361f;
};

// The defaults: the male body. Shapes that are given as male sizes (rib arcs, pelvis and
// scapula outlines, trunk parts) are scaled by a proportion's ratio to its value here.
inline constexpr BodyProportions kMaleProportions{};

BodyProportions bodyProportions(BodySize size);

}  // namespace backrub
