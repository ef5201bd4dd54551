#include "core/hands/HandPose.h"

namespace backrub {
namespace {

// An orthonormal basis from a back-of-hand direction and a rough finger direction.
glm::mat3 handBasis(const glm::vec3& backApprox, const glm::vec3& fingersApprox) {
    const glm::vec3 back = glm::normalize(backApprox);
    glm::vec3 fingers = fingersApprox - glm::dot(fingersApprox, back) * back;
    fingers = glm::normalize(fingers);
    return glm::mat3(glm::cross(back, fingers), back, fingers);
}

}  // namespace

void blendHandPose(HandPose& pose, const HandPose& from, float a) {
    pose.wrist = glm::mix(from.wrist, pose.wrist, a);
    pose.fingerCurl = glm::mix(from.fingerCurl, pose.fingerCurl, a);
    pose.thumbCurl = glm::mix(from.thumbCurl, pose.thumbCurl, a);
    pose.basis = handBasis(glm::mix(from.basis[1], pose.basis[1], a), glm::mix(from.basis[2], pose.basis[2], a));
}

HandPose averageHandPoses(const HandPose& centre, const std::vector<HandPose>& poses) {
    HandPose out = centre;
    if (poses.empty()) return out;
    glm::vec3 wrist(0.0f), back(0.0f), fingers(0.0f);
    float fingerCurl = 0.0f, thumbCurl = 0.0f, lift = 0.0f;
    for (const HandPose& p : poses) {
        wrist += p.wrist;
        back += p.basis[1];
        fingers += p.basis[2];
        fingerCurl += p.fingerCurl;
        thumbCurl += p.thumbCurl;
        lift += p.liftM;
    }
    const float n = static_cast<float>(poses.size());
    out.wrist = wrist / n;
    out.fingerCurl = fingerCurl / n;
    out.thumbCurl = thumbCurl / n;
    out.liftM = lift / n;
    // Opposite directions cancel only for a hand turning 180 degrees within the window:
    // keep the centre's orientation then.
    if (glm::length(back) > 1e-3f * n && glm::length(glm::cross(back, fingers)) > 1e-3f * n * n)
        out.basis = handBasis(back, fingers);
    return out;
}

}  // namespace backrub
