#include "core/session/StepPose.h"

#include <algorithm>

namespace backrub {

PoseId poseOfPosition(ReceiverPosition position) {
    switch (position) {
        case ReceiverPosition::Prone: return PoseId::Prone;
        case ReceiverPosition::SupineKneesToChest: return PoseId::SupineKneesToChest;
        case ReceiverPosition::Self: return PoseId::Standing;
    }
    return PoseId::Prone;
}

int stepIndexAt(const Technique& technique, double timeS, double* startS) {
    if (technique.steps.empty()) return -1;
    double start = 0.0;
    std::size_t k = 0;
    while (k + 1 < technique.steps.size() && timeS >= start + technique.steps[k].durationS) start += technique.steps[k++].durationS;
    if (startS) *startS = start;
    return static_cast<int>(k);
}

bool ownHandsAt(const Technique& technique, double timeS) {
    const int k = stepIndexAt(technique, timeS);
    return k >= 0 && technique.steps[k].position == ReceiverPosition::Self;
}

BodyPose poseAt(const Technique& technique, double timeS) {
    double start = 0.0;
    const int index = stepIndexAt(technique, timeS, &start);
    if (index < 0) return namedPose(PoseId::Prone);
    const std::size_t k = static_cast<std::size_t>(index);
    const Step& step = technique.steps[k];
    const PoseId to = poseOfPosition(step.position);
    const PoseId from = k > 0 ? poseOfPosition(technique.steps[k - 1].position) : to;
    if (from == to) return namedPose(to);
    const double change = step.actions.empty() ? step.durationS : std::min(kPoseChangeS, step.durationS / 3.0);
    const float t = static_cast<float>(std::clamp((timeS - start) / std::max(change, 1e-6), 0.0, 1.0));
    if (from == PoseId::SupineKneesToChest && to == PoseId::Prone) return rollOver(t);
    if (from == PoseId::Prone && to == PoseId::SupineKneesToChest) return rollOver(1.0f - t);
    return blendPoses(namedPose(from), namedPose(to), t * t * (3.0f - 2.0f * t));
}

}  // namespace backrub
