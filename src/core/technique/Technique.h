#pragma once
// A massage technique as loaded from a `backrub.technique/1` file
// (docs/technique-format.md). Places are body coordinates, never vertex
// positions, so one file plays on any body that provides the landmarks.
#include "core/base/EnumTable.h"
#include "core/pressure/Contact.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace backrub {

enum class PressureLevel { Gentle, Moderate, Firm };
enum class ReceiverPosition { Prone, SupineKneesToChest, Self };
enum class TechniqueLevel { Beginner, Intermediate, Advanced };
enum class HandChoice { Left, Right, Both };
enum class MotionKind { Glide, Circles, PressRelease, StaticHold, AlternatingThumbs };
// Seen from behind the receiver's back (looking toward -Y), head up.
enum class CircleDirection { Clockwise, Counterclockwise };

// The one list of pressure levels (technique files, command line, settings, the
// [ and ] keys, the UI), gentlest first.
inline constexpr std::array<EnumRow<PressureLevel>, 3> kPressureLevels{{
    {PressureLevel::Gentle, "gentle", "Gentle"},
    {PressureLevel::Moderate, "moderate", "Moderate"},
    {PressureLevel::Firm, "firm", "Firm"},
}};

// File ids ("gentle", "supine-knees-to-chest", "thumb-pad", ...) and back.
inline const char* pressureLevelId(PressureLevel v) { return enumId(kPressureLevels, v); }
inline std::optional<PressureLevel> parsePressureLevel(const std::string& id) { return enumFromId(kPressureLevels, id); }
const char* receiverPositionId(ReceiverPosition v);
// In plain words for lists: "face down", "on back", "self".
const char* receiverPositionLabel(ReceiverPosition v);
std::optional<ReceiverPosition> parseReceiverPosition(const std::string& id);
const char* techniqueLevelId(TechniqueLevel v);
std::optional<TechniqueLevel> parseTechniqueLevel(const std::string& id);
const char* handChoiceId(HandChoice v);
std::optional<HandChoice> parseHandChoice(const std::string& id);
const char* contactKindId(ContactKind v);
std::optional<ContactKind> parseContactKind(const std::string& id);
const char* motionKindId(MotionKind v);
std::optional<MotionKind> parseMotionKind(const std::string& id);
const char* circleDirectionId(CircleDirection v);
std::optional<CircleDirection> parseCircleDirection(const std::string& id);

// A place on the back: a spine level ("C7".."L5", "S1".."S5", "coccyx") plus a
// fraction of the way to the next level down, or a named landmark ("PSIS_L");
// then moved over the skin by lateralCm (+ toward the receiver's left) and
// cranialCm (+ toward the head).
struct BodyPoint {
    std::string spineLevel;  // empty when landmark is used
    float fraction = 0.0f;   // 0..1 toward the next level caudally
    std::string landmark;    // empty when spineLevel is used
    float lateralCm = 0.0f;
    float cranialCm = 0.0f;

    bool isLandmark() const { return !landmark.empty(); }
};

struct Motion {
    MotionKind kind = MotionKind::Glide;
    float radiusCm = 0.0f;     // circles
    float frequencyHz = 0.0f;  // circles, press-release, alternating-thumbs
    CircleDirection direction = CircleDirection::Clockwise;
};

struct ForceByLevel {
    float gentleN = 0.0f;
    float moderateN = 0.0f;
    float firmN = 0.0f;
    float at(PressureLevel level) const;
};

struct Action {
    HandChoice hand = HandChoice::Both;
    ContactKind contact = ContactKind::Palm;
    std::vector<BodyPoint> path;  // waypoints, joined by a smooth curve over the skin
    Motion motion;
    float startS = 0.0f;                // within the step
    std::optional<float> durationS;     // default: to the end of the step
    std::optional<float> speedCmPerS;   // default: the path spans the action's time
    ForceByLevel forceN;
};

struct Step {
    std::string title;
    std::string narration;
    float durationS = 1.0f;
    ReceiverPosition position = ReceiverPosition::Prone;  // stated to the user; played on the prone body
    std::vector<Action> actions;
};

struct Technique {
    std::string id;
    std::string title;
    std::string summary;
    ReceiverPosition position = ReceiverPosition::Prone;
    TechniqueLevel level = TechniqueLevel::Beginner;
    std::vector<std::string> cautions;
    std::string notes;  // sources for the figures used
    std::vector<Step> steps;

    double durationS() const;  // sum of the step durations
};

}  // namespace backrub
