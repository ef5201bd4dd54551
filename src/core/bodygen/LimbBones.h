#pragma once
// The head and limbs of the prone body as points: joint centres and the landmarks that
// shape each bone, skin part or muscle. Axes as in core/Body.h (+Y posterior, +Z cranial,
// +X left). Sizes come from BodyProportions (docs/sources.md, "Limbs, hands, feet and head").
#include <glm/glm.hpp>

#include <array>
#include <vector>

namespace backrub {

// A finger, the thumb or a toe: joint centres from its base (a metacarpal or metatarsal
// head; the thumb from its carpometacarpal joint) to the tip, and the soft radius at each.
struct Digit {
    std::vector<glm::vec3> joints;
    std::vector<float> radius;
};

// Unit axes of a hand or foot: toward the fingers or toes, toward the thumb or big toe, and
// out of the palm or sole.
struct LimbFrame {
    glm::vec3 distal{0, 0, -1}, first{1, 0, 0}, volar{0, 1, 0};
};

constexpr int kDigitCount = 5;  // thumb (big toe) first, little finger (little toe) last

struct Hand {
    glm::vec3 wrist{0.0f};  // centre of the radiocarpal joint
    LimbFrame frame;
    float breadth = 0.0f, thickness = 0.0f;
    std::array<glm::vec3, kDigitCount> metacarpalBase{};  // at the carpus
    std::array<Digit, kDigitCount> digits;                // thumb: carpometacarpal joint to tip
};

struct Arm {
    glm::vec3 shoulder{0.0f}, elbow{0.0f}, wrist{0.0f};  // joint centres
    glm::vec3 medialEpicondyle{0.0f}, lateralEpicondyle{0.0f}, olecranon{0.0f};
    glm::vec3 radialHead{0.0f}, radialStyloid{0.0f}, ulnarStyloid{0.0f};
    std::array<glm::vec3, 2> clavicle{};  // sternal end, acromial end
    Hand hand;
};

struct Foot {
    glm::vec3 ankle{0.0f};  // centre of the talar dome
    LimbFrame frame;        // volar: out of the sole
    glm::vec3 heel{0.0f};   // back of the calcaneus
    float heelPad = 0.0f;   // soft tissue behind it
    float breadth = 0.0f, height = 0.0f;
    std::array<glm::vec3, kDigitCount> metatarsalBase{};
    std::array<Digit, kDigitCount> toes;  // metatarsal head to toe tip
};

struct Leg {
    glm::vec3 hip{0.0f}, knee{0.0f}, ankle{0.0f};  // joint centres
    glm::vec3 medialCondyle{0.0f}, lateralCondyle{0.0f}, patella{0.0f};
    glm::vec3 tibialPlateau{0.0f}, tibialTuberosity{0.0f}, medialMalleolus{0.0f};
    glm::vec3 fibulaHead{0.0f}, lateralMalleolus{0.0f};
    Foot foot;
};

// The head lies face down in the face cradle. `up` points to the vertex, `front` out of
// the face, toward the table.
struct Head {
    glm::vec3 up{0, 0, 1}, front{0, -1, 0};
    glm::vec3 braincase{0.0f};                       // centre of the braincase
    glm::vec3 braincaseRadii{0.0f};                  // across, along front, along up (with the scalp)
    glm::vec3 vertex{0.0f}, glabella{0.0f}, nasion{0.0f}, noseTip{0.0f}, menton{0.0f}, inion{0.0f};
    std::array<glm::vec3, 2> tragion{}, zygion{}, gonion{}, mastoid{};  // per side
};

struct BodyProportions;
struct Skeleton;

// Places the head, clavicles, arms and legs of `sk` (its spine, scapulae and pelvis must be
// built): arms resting beside the body, palms up; legs straight with the kneecaps and the
// toes on the table; the face in the face cradle.
void buildHeadAndLimbs(Skeleton& sk, const BodyProportions& p);

}  // namespace backrub
