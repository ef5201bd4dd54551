#include "core/technique/TechniqueWriter.h"

#include "core/technique/TechniqueLoader.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <string>

namespace backrub {

namespace {

using Json = nlohmann::ordered_json;

// A float as the shortest decimal that reads back as the same float (0.3f is written 0.3,
// not 0.30000001192092896): the loader reads a double and narrows it to this float again.
// Nine significant digits always do (IEEE 754 single precision).
double shortest(float value) {
    char text[32];
    for (int digits = 1; digits <= 9; ++digits) {
        std::snprintf(text, sizeof text, "%.*g", digits, double(value));
        if (std::strtof(text, nullptr) == value) break;
    }
    return std::strtod(text, nullptr);
}

Json place(const BodyPoint& p) {
    Json j;
    if (p.isLandmark()) {
        j["landmark"] = p.landmark;
    } else {
        j["spine"] = p.spineLevel;
        if (p.fraction != 0.0f) j["fraction"] = shortest(p.fraction);
    }
    if (p.lateralCm != 0.0f) j["lateralCm"] = shortest(p.lateralCm);
    if (p.cranialCm != 0.0f) j["cranialCm"] = shortest(p.cranialCm);
    return j;
}

Json motion(const Motion& m) {
    Json j;
    j["type"] = motionKindId(m.kind);
    switch (m.kind) {
        case MotionKind::Circles:
            j["radiusCm"] = shortest(m.radiusCm);
            j["frequencyHz"] = shortest(m.frequencyHz);
            j["direction"] = circleDirectionId(m.direction);
            break;
        case MotionKind::PressRelease:
        case MotionKind::AlternatingThumbs: j["frequencyHz"] = shortest(m.frequencyHz); break;
        case MotionKind::Glide:
        case MotionKind::StaticHold: break;
    }
    return j;
}

Json action(const Action& a) {
    Json j;
    j["hand"] = handChoiceId(a.hand);
    j["contact"] = contactKindId(a.contact);
    Json path = Json::array();
    for (const BodyPoint& p : a.path) path.push_back(place(p));
    j["path"] = path;
    j["motion"] = motion(a.motion);
    j["forceN"] = {{"gentle", shortest(a.forceN.gentleN)},
                   {"moderate", shortest(a.forceN.moderateN)},
                   {"firm", shortest(a.forceN.firmN)}};
    if (a.startS != 0.0f) j["startS"] = shortest(a.startS);
    if (a.durationS) j["durationS"] = shortest(*a.durationS);
    if (a.speedCmPerS) j["speedCmPerS"] = shortest(*a.speedCmPerS);
    return j;
}

Json step(const Step& s, ReceiverPosition techniquePosition) {
    Json j;
    j["title"] = s.title;
    j["narration"] = s.narration;
    j["durationS"] = shortest(s.durationS);
    if (s.position != techniquePosition) j["position"] = receiverPositionId(s.position);
    Json actions = Json::array();
    for (const Action& a : s.actions) actions.push_back(action(a));
    j["actions"] = actions;
    return j;
}

}  // namespace

std::string techniqueToJson(const Technique& t) {
    Json j;
    j["format"] = kTechniqueFormat;
    j["id"] = t.id;
    j["title"] = t.title;
    j["summary"] = t.summary;
    j["position"] = receiverPositionId(t.position);
    j["level"] = techniqueLevelId(t.level);
    j["cautions"] = t.cautions;
    if (!t.notes.empty()) j["notes"] = t.notes;
    Json steps = Json::array();
    for (const Step& s : t.steps) steps.push_back(step(s, t.position));
    j["steps"] = steps;
    return j.dump(2) + "\n";
}

}  // namespace backrub
