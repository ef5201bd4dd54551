#include "core/bodygen/BodyProportions.h"

namespace backrub {

// Male values are the defaults in BodyProportions.h. Female values:
//  - spine lengths: Gray's Anatomy gives about 61 cm for women against 71 cm for men; we scale the
//    regions by 0.88, the ratio of ANSUR II C7-to-iliac-crest heights (400 / 455 mm), which gives
//    62.5 cm, so that the trunk agrees with the width and height figures used below;
//  - whole body, limbs, hands, feet, head: the sources in BodyProportions.h, women's columns;
//  - widths: ANSUR II 2012 women (biacromial 365 mm, deltoid-to-deltoid 450 mm, hip breadth 354 mm);
//  - everything else: estimates (narrower waist, smaller vertebrae, more tissue over the sacrum).
BodyProportions bodyProportions(BodySize size) {
    BodyProportions p;
    if (size == BodySize::Male) return p;
    const float spine = 0.88f;
    p.cervicalLength *= spine;
    p.thoracicLength *= spine;
    p.lumbarLength *= spine;
    p.sacrumLength *= spine;
    p.coccyxLength *= spine;
    p.cervicalBodyHeight = 0.0115f;
    p.thoracicBodyHeightTop = 0.0162f;
    p.thoracicBodyHeightBottom = 0.0192f;
    p.lumbarBodyHeightTop = 0.0225f;
    p.lumbarBodyHeightBottom = 0.0255f;
    p.vertebraScale = 0.9f;

    p.sacralSlopeDeg = 34.0f;
    p.biacromialBreadth = 0.365f;
    p.bideltoidBreadth = 0.450f;
    p.hipBreadth = 0.354f;
    p.chestHalfWidth = 0.150f;
    p.waistHalfWidth = 0.128f;
    p.iliacHalfWidth = 0.158f;
    p.chestDepth = 0.230f;
    p.waistDepth = 0.190f;
    p.pelvisDepth = 0.215f;

    p.tissueOverThoracicSpinous = 0.011f;
    p.tissueOverLumbarSpinous = 0.015f;
    p.erectorWidthLumbar = 0.058f;
    p.hipJointHalfSpacing = 0.090f;
    p.thighRadiusTop = 0.095f;
    p.thighRadiusBottom = 0.060f;
    p.neckHalfWidth = 0.052f;
    p.neckHalfDepth = 0.048f;
    p.upperArmRadius = 0.043f;

    p.stature = 1.629f;
    p.clavicleLength = 0.151f;
    p.humerusLength = 0.313f;
    p.radiusLength = 0.228f;
    p.ulnaLength = 0.246f;
    p.femurLength = 0.441f;
    p.femoralHeadDiameter = 0.0412f;
    p.tibiaLength = 0.350f;
    p.fibulaLength = 0.353f;
    p.patellaHeight = 0.0331f;
    p.patellaWidth = 0.0420f;        // pooled width scaled by the height ratio (estimate)
    p.patellaThickness = 0.0210f;
    p.manubriumLength = 0.0467f;
    p.sternalBodyLength = 0.0866f;
    p.xiphoidLength = 0.0281f;
    p.manubriumWidth = 0.050f;
    p.sternalBodyWidth = 0.027f;
    p.sternumThickness = 0.012f;
    p.handLength = 0.1811f;
    p.handBreadth = 0.0782f;
    p.palmLength = 0.1087f;
    p.footLength = 0.2463f;
    p.footBreadth = 0.0927f;
    p.forearmRadiusTop = 0.037f;
    p.wristRadius = 0.023f;
    p.calfRadius = 0.056f;
    p.ankleRadius = 0.031f;
    p.kneeRadius = 0.052f;

    p.headBreadth = 0.1478f;
    p.headLength = 0.1898f;
    p.tragionToVertex = 0.1265f;
    p.faceLength = 0.1131f;
    p.faceBreadth = 0.1338f;
    p.earLength = 0.0594f;
    p.earBreadth = 0.0332f;
    return p;
}

}  // namespace backrub
