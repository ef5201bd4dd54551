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

// The step playing at `timeS` (the last one past the end), and when it started; -1 for a
// technique without steps.
int stepIndexAt(const Technique& technique, double timeS, double* startS = nullptr);

// Whether the receiver's own hands do the work at `timeS` (self-massage: the hands the
// engine places are theirs, not a therapist's).
bool ownHandsAt(const Technique& technique, double timeS);

}  // namespace backrub
