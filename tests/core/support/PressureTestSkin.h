#pragma once
// A synthetic back for pressure tests: a half-cylinder lying along +Z (cranial),
// its crest facing +Y (posterior), mirror-symmetric in X (+X = receiver's left).
// Regions are assigned by lateral offset x and height z, like a small back:
//   z < 0.15 sacral (|x| < 5 cm) / gluteal; 0.15-0.30 lumbar; 0.30-0.45 mid back;
//   above upper back; |x| > 12 cm between z 0.25 and 0.45 flank (floating ribs).
//   overlays: spine line |x| < 1.2 cm; paraspinal 1.2-5 cm; kidney zone
//   5-9.5 cm for z 0.30-0.40.
// The triangulation mirrors too, so symmetric loads give symmetric results.
#include "core/body/Body.h"
#include "core/pressure/Contact.h"

namespace backrub::test {

constexpr float kTestSkinRadiusM = 0.18f;
constexpr float kTestSkinLengthM = 0.60f;

// around: segments over the half circumference (even); along: segments in Z.
Body makePressureTestSkin(int around = 140, int along = 150);

// A contact on the test skin at lateral offset x and height z (metres).
Contact contactOnTestSkin(float xM, float zM, float forceN, ContactKind kind = ContactKind::ThumbPad);

}  // namespace backrub::test
