#pragma once
// Where a hand is and how it is shaped at one moment, so a renderer can draw
// it touching the skin. Produced by the StrokeEngine alongside the contacts.
#include "core/pressure/Contact.h"

#include <glm/glm.hpp>

#include <vector>

namespace backrub {

struct HandPose {
    HandSide side = HandSide::Right;
    bool inUse = false;     // false: the technique never uses this hand (draw it hidden or at rest)
    bool touching = false;  // presses the skin now (its contacts carry force)
    glm::vec3 wrist{0.0f};  // model space, metres
    // Columns: across the palm, back of the hand (away from the skin), toward the fingertips.
    glm::mat3 basis{1.0f};
    float fingerCurl = 0.0f;  // 0 flat .. 1 fist
    float thumbCurl = 0.0f;   // 0 straight .. 1 tucked
    float liftM = 0.0f;       // height above the skin while the hand travels between places
    ContactKind contact = ContactKind::Palm;  // the part of the hand (or tool) in use
    glm::vec3 contactPoint{0.0f};             // centre of that part, on the skin
    int firstContact = 0;  // this hand's contacts are Frame::contacts[firstContact, +contactCount)
    int contactCount = 0;
};

// `pose` becomes `from` at a = 0 and stays itself at a = 1 (wrist, orientation, curls).
void blendHandPose(HandPose& pose, const HandPose& from, float a);

// The mean of `poses` (the same hand at moments around `centre`'s): wrist, orientation,
// curls and lift; everything else (contact part and point, contacts) stays `centre`'s.
HandPose averageHandPoses(const HandPose& centre, const std::vector<HandPose>& poses);

}  // namespace backrub
