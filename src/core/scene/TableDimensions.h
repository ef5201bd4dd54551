#pragma once
// Sizes of the massage table and its face cradle, in metres. docs/sources.md, "Massage
// table": the top's length, width and height follow typical professional tables; the
// padding, the frame and the face cradle's cushion are estimates from commercial tables.
namespace backrub::table {

// The padded top (its upper face is the plane y = 0, where the body rests).
constexpr float kWidthM = 0.76f;             // typical 0.71-0.76 (0.76: the broad man's elbows stay on it)
constexpr float kLengthM = 1.86f;            // typical 1.85-1.90, without the face cradle
constexpr float kPaddingM = 0.06f;           // typical 0.05-0.07 (2-3 inches of foam)
constexpr float kEdgeRadiusM = 0.025f;       // rounded upholstered edge (estimate)
constexpr float kHeightM = 0.70f;            // floor to the top; adjustable tables span about 0.61-0.86

// Frame under the top: a rail (apron) inset from the edge, four round legs, two cross stretchers.
constexpr float kApronInsetM = 0.045f;
constexpr float kApronHeightM = 0.08f;
constexpr float kApronThicknessM = 0.02f;
constexpr float kLegInsetM = 0.075f;         // leg centre from the top's edge
constexpr float kLegRadiusM = 0.025f;
constexpr float kStretcherHeightM = 0.12f;   // above the floor
constexpr float kStretcherRadiusM = 0.014f;

// Face cradle: a horseshoe cushion (closed round the forehead, open toward the chin) on two bars
// that plug into the head end of the table. Estimates from typical face cradles: about 27 cm
// across, a 10 cm wide opening, 6 cm thick.
constexpr float kCushionRadiusM = 0.092f;        // centre line of the horseshoe
constexpr float kCushionHalfWidthM = 0.042f;     // across the cushion, in its plane
constexpr float kCushionHalfThicknessM = 0.03f;  // top to centre line
constexpr float kCheekRiseM = 0.02f;            // contoured cushion: the cheek parts stand higher than the forehead part
constexpr float kCradleGapM = 0.015f;            // from the table's head end to the cushion's arms
constexpr float kCradleBarRadiusM = 0.012f;
constexpr float kMaxArmLengthM = 0.10f;          // the straight arms of the horseshoe, at most
constexpr float kMaxTiltDeg = 30.0f;             // the cradle's hinge range, either way

}  // namespace backrub::table
