#include "core/technique/Technique.h"

#include <iterator>

namespace backrub {

namespace {

// One table per enum: the file id of each value, in enum order.
template <typename E, std::size_t N>
std::optional<E> parseId(const char* const (&ids)[N], const std::string& id) {
    for (std::size_t i = 0; i < N; ++i) {
        if (id == ids[i]) return static_cast<E>(i);
    }
    return std::nullopt;
}

template <typename E, std::size_t N>
const char* idOf(const char* const (&ids)[N], E v) {
    const auto i = static_cast<std::size_t>(v);
    return i < N ? ids[i] : "?";
}

const char* const kPositionIds[] = {"prone", "supine-knees-to-chest", "self"};
const char* const kLevelIds[] = {"beginner", "intermediate", "advanced"};
const char* const kHandIds[] = {"left", "right", "both"};
const char* const kContactIds[] = {"thumb-pad", "finger-pads", "fingertips", "palm",
                                   "heel-of-hand", "knuckles", "tennis-ball"};
const char* const kMotionIds[] = {"glide", "circles", "press-release", "static-hold", "alternating-thumbs"};
const char* const kDirectionIds[] = {"clockwise", "counterclockwise"};

}  // namespace

const char* receiverPositionId(ReceiverPosition v) { return idOf(kPositionIds, v); }
const char* receiverPositionLabel(ReceiverPosition v) {
    constexpr const char* kLabels[] = {"face down", "on back", "self"};
    return idOf(kLabels, v);
}
std::optional<ReceiverPosition> parseReceiverPosition(const std::string& id) {
    return parseId<ReceiverPosition>(kPositionIds, id);
}
const char* techniqueLevelId(TechniqueLevel v) { return idOf(kLevelIds, v); }
std::optional<TechniqueLevel> parseTechniqueLevel(const std::string& id) { return parseId<TechniqueLevel>(kLevelIds, id); }
const char* handChoiceId(HandChoice v) { return idOf(kHandIds, v); }
std::optional<HandChoice> parseHandChoice(const std::string& id) { return parseId<HandChoice>(kHandIds, id); }
const char* contactKindId(ContactKind v) { return idOf(kContactIds, v); }
std::optional<ContactKind> parseContactKind(const std::string& id) { return parseId<ContactKind>(kContactIds, id); }
const char* motionKindId(MotionKind v) { return idOf(kMotionIds, v); }
std::optional<MotionKind> parseMotionKind(const std::string& id) { return parseId<MotionKind>(kMotionIds, id); }
const char* circleDirectionId(CircleDirection v) { return idOf(kDirectionIds, v); }
std::optional<CircleDirection> parseCircleDirection(const std::string& id) {
    return parseId<CircleDirection>(kDirectionIds, id);
}

float ForceByLevel::at(PressureLevel level) const {
    switch (level) {
        case PressureLevel::Gentle: return gentleN;
        case PressureLevel::Moderate: return moderateN;
        case PressureLevel::Firm: return firmN;
    }
    return moderateN;
}

double Technique::durationS() const {
    double total = 0.0;
    for (const Step& s : steps) total += s.durationS;
    return total;
}

}  // namespace backrub
