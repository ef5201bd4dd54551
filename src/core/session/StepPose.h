#pragma once
// The receiver's pose at each moment of a technique: each step's position (Technique.h)
// is a pose (core/pose/BodyPose.h); a step whose position differs from the step before
// moves into it - over the whole step when the step has no actions (the receiver rolls
// over while the hands are away), else over its first moments before the hands press.
#include "core/pose/BodyPose.h"
#include "core/technique/Technique.h"

namespace backrub {

PoseId poseOfPosition(ReceiverPosition position);

// How long a step with actions takes to move into its position (at most a third of it).
inline constexpr double kPoseChangeS = 3.0;

BodyPose poseAt(const Technique& technique, double timeS);

}  // namespace backrub
