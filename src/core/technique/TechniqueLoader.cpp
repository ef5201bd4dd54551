#include "core/technique/TechniqueLoader.h"

#include "core/technique/BodyCoordinates.h"
#include "core/base/JsonGuard.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>

namespace backrub {

namespace {

using nlohmann::json;

// Sane bounds for a hand on a back (docs/sources.md, "Forces and speeds"): the firmest strokes there,
// tuina rolling, are about 39 N; nothing a person gives by hand comes near 300 N.
constexpr double kMaxForceN = 300.0;
constexpr double kMaxStepS = 600.0;
constexpr double kMaxRadiusCm = 5.0;   // kneading circles are 1-3 cm across
constexpr double kMinRadiusCm = 0.2;
constexpr double kMaxFrequencyHz = 5.0;  // expert thumb kneading is about 2.2 Hz
constexpr double kMinFrequencyHz = 0.05;
constexpr double kMaxSpeedCmPerS = 30.0;  // pleasant stroking is 1-10 cm/s
constexpr double kMaxOffsetCm = 40.0;
constexpr std::size_t kMaxSteps = 50;
constexpr std::size_t kMaxActions = 8;
constexpr std::size_t kMaxWaypoints = 64;
constexpr std::size_t kMaxCautions = 20;
constexpr std::size_t kMaxFileBytes = 256u * 1024u;

template <typename E>
std::vector<std::string> idsOf(const char* (*idFn)(E), int count) {
    std::vector<std::string> ids;
    for (int i = 0; i < count; ++i) ids.emplace_back(idFn(static_cast<E>(i)));
    return ids;
}

// Reads a field naming one value of an enum; E's file ids come from idFn.
template <typename E>
std::optional<E> readEnum(JsonObjectReader& r, const char* key, bool required, const char* (*idFn)(E),
                          std::optional<E> (*parseFn)(const std::string&), int count) {
    auto s = r.oneOf(key, required, idsOf(idFn, count));
    if (!s) return std::nullopt;
    return parseFn(*s);
}

class Reader {
public:
    Reader(const std::string& file, Problems& problems) : file_(file), problems_(problems) {}

    std::optional<Technique> technique(const json& doc) {
        JsonObjectReader r(doc, "", file_, problems_);
        if (!r.ok()) return std::nullopt;
        Technique t;
        const std::size_t before = problems_.size();

        // The format comes first: a newer version is reported alone, since its
        // other fields may well mean something this program does not know.
        if (auto format = r.string("format", true, 64)) {
            if (*format != kTechniqueFormat) {
                const std::string prefix = "backrub.technique/";
                if (format->rfind(prefix, 0) == 0) {
                    r.problem("format version \"" + format->substr(prefix.size()) +
                                  "\" is not supported; this program reads \"" + kTechniqueFormat + "\"",
                              "format");
                } else {
                    r.problem("not a technique file: expected \"format\": \"" + std::string(kTechniqueFormat) + "\"",
                              "format");
                }
                return std::nullopt;
            }
        }

        if (auto id = r.string("id", true, 64)) {
            const bool valid = !id->empty() && std::all_of(id->begin(), id->end(), [](char c) {
                return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
            });
            if (!valid) {
                r.problem("id must be lowercase letters, digits and hyphens, e.g. \"thumb-walk-down\"", "id");
            } else {
                t.id = *id;
            }
        }
        t.title = text(r, "title", true, 120);
        t.summary = text(r, "summary", true, 2000);
        if (auto p = readEnum<ReceiverPosition>(r, "position", true, receiverPositionId, parseReceiverPosition, 3))
            t.position = *p;
        if (auto l = readEnum<TechniqueLevel>(r, "level", true, techniqueLevelId, parseTechniqueLevel, 3))
            t.level = *l;
        if (const json* cautions = r.array("cautions", true, 0, kMaxCautions)) {
            for (std::size_t i = 0; i < cautions->size(); ++i) {
                const json& c = cautions->at(i);
                if (!c.is_string() || c.get_ref<const std::string&>().empty()) {
                    problem(jsonPointerAppend("/cautions", i),
                            std::string("expected a non-empty string, found ") + jsonTypeName(c));
                } else {
                    t.cautions.push_back(c.get<std::string>());
                }
            }
        }
        if (auto notes = r.string("notes", false, 8000)) t.notes = *notes;
        if (const json* steps = r.array("steps", true, 1, kMaxSteps)) {
            for (std::size_t i = 0; i < steps->size(); ++i) {
                if (auto s = step(steps->at(i), jsonPointerAppend("/steps", i), t.position)) t.steps.push_back(*s);
            }
        }
        r.reportUnknownFields();
        if (problems_.size() != before) return std::nullopt;
        return t;
    }

private:
    const std::string& file_;
    Problems& problems_;

    void problem(const std::string& pointer, const std::string& message) {
        problems_.push_back({file_, jsonPointerDisplay(pointer), message});
    }

    std::string text(JsonObjectReader& r, const char* key, bool required, std::size_t maxLength) {
        auto s = r.string(key, required, maxLength);
        if (!s) return {};
        if (std::all_of(s->begin(), s->end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); })) {
            r.problem("must not be empty", key);
            return {};
        }
        return *s;
    }

    std::optional<Step> step(const json& v, const std::string& ptr, ReceiverPosition defaultPosition) {
        JsonObjectReader r(v, ptr, file_, problems_);
        if (!r.ok()) return std::nullopt;
        Step s;
        s.position = defaultPosition;
        s.title = text(r, "title", true, 120);
        s.narration = text(r, "narration", true, 2000);
        if (auto d = r.number("durationS", true, 0.0, kMaxStepS, true)) s.durationS = static_cast<float>(*d);
        if (auto p = readEnum<ReceiverPosition>(r, "position", false, receiverPositionId, parseReceiverPosition, 3))
            s.position = *p;
        if (const json* actions = r.array("actions", true, 0, kMaxActions)) {
            for (std::size_t i = 0; i < actions->size(); ++i) {
                if (auto a = action(actions->at(i), jsonPointerAppend(ptr + "/actions", i), s.durationS))
                    s.actions.push_back(*a);
            }
        }
        r.field("notes", false);
        r.reportUnknownFields();
        checkOverlaps(s, ptr);
        return s;
    }

    // A hand does one thing at a time: two actions of one hand in a step must not overlap.
    void checkOverlaps(const Step& s, const std::string& ptr) {
        for (std::size_t i = 0; i < s.actions.size(); ++i) {
            for (std::size_t j = i + 1; j < s.actions.size(); ++j) {
                const Action& a = s.actions[i];
                const Action& b = s.actions[j];
                const bool shareHand = a.hand == HandChoice::Both || b.hand == HandChoice::Both || a.hand == b.hand;
                const float aEnd = a.durationS ? a.startS + *a.durationS : s.durationS;
                const float bEnd = b.durationS ? b.startS + *b.durationS : s.durationS;
                if (shareHand && a.startS < bEnd && b.startS < aEnd) {
                    problem(jsonPointerAppend(ptr + "/actions", j),
                            "overlaps action " + std::to_string(i) +
                                " in time with the same hand; a hand does one action at a time");
                }
            }
        }
    }

    std::optional<Action> action(const json& v, const std::string& ptr, float stepDurationS) {
        JsonObjectReader r(v, ptr, file_, problems_);
        if (!r.ok()) return std::nullopt;
        const std::size_t before = problems_.size();
        Action a;
        if (auto h = readEnum<HandChoice>(r, "hand", true, handChoiceId, parseHandChoice, 3)) a.hand = *h;
        if (auto c = readEnum<ContactKind>(r, "contact", true, contactKindId, parseContactKind, 7)) a.contact = *c;
        if (const json* m = r.field("motion", true)) {
            if (auto motion = readMotion(*m, ptr + "/motion")) a.motion = *motion;
        }
        if (const json* path = r.array("path", true, 1, kMaxWaypoints)) {
            for (std::size_t i = 0; i < path->size(); ++i) {
                if (auto p = waypoint(path->at(i), jsonPointerAppend(ptr + "/path", i))) a.path.push_back(*p);
            }
            if (a.motion.kind == MotionKind::Glide && path->size() < 2) {
                r.problem("a glide needs at least two waypoints", "path");
            }
            if (a.motion.kind == MotionKind::StaticHold && path->size() != 1) {
                r.problem("a static hold takes exactly one waypoint", "path");
            }
        }
        if (a.motion.kind == MotionKind::AlternatingThumbs) {
            if (a.hand != HandChoice::Both) r.problem("alternating thumbs needs \"hand\": \"both\"", "hand");
            if (a.contact != ContactKind::ThumbPad)
                r.problem("alternating thumbs needs \"contact\": \"thumb-pad\"", "contact");
        }
        if (auto s = r.number("startS", false, 0.0, kMaxStepS)) a.startS = static_cast<float>(*s);
        if (auto d = r.number("durationS", false, 0.0, kMaxStepS, true)) a.durationS = static_cast<float>(*d);
        if (auto sp = r.number("speedCmPerS", false, 0.0, kMaxSpeedCmPerS, true)) a.speedCmPerS = static_cast<float>(*sp);
        const float end = a.durationS ? a.startS + *a.durationS : stepDurationS;
        if (a.startS >= stepDurationS || end > stepDurationS + 1e-4f) {
            r.problem("the action's time (startS " + std::to_string(a.startS) + ", ends at " + std::to_string(end) +
                      ") must lie within the step's durationS " + std::to_string(stepDurationS));
        }
        if (const json* f = r.field("forceN", true)) {
            if (auto force = readForce(*f, ptr + "/forceN")) a.forceN = *force;
        }
        r.field("notes", false);
        r.reportUnknownFields();
        if (problems_.size() != before) return std::nullopt;
        return a;
    }

    std::optional<Motion> readMotion(const json& v, const std::string& ptr) {
        JsonObjectReader r(v, ptr, file_, problems_);
        if (!r.ok()) return std::nullopt;
        Motion m;
        auto kind = readEnum<MotionKind>(r, "type", true, motionKindId, parseMotionKind, 5);
        if (!kind) return std::nullopt;
        m.kind = *kind;
        std::string hint;
        switch (m.kind) {
            case MotionKind::Circles:
                if (auto rad = r.number("radiusCm", true, kMinRadiusCm, kMaxRadiusCm)) m.radiusCm = static_cast<float>(*rad);
                if (auto f = r.number("frequencyHz", true, kMinFrequencyHz, kMaxFrequencyHz))
                    m.frequencyHz = static_cast<float>(*f);
                if (auto d = readEnum<CircleDirection>(r, "direction", false, circleDirectionId, parseCircleDirection, 2))
                    m.direction = *d;
                hint = "circles take radiusCm, frequencyHz and direction";
                break;
            case MotionKind::PressRelease:
            case MotionKind::AlternatingThumbs:
                if (auto f = r.number("frequencyHz", true, kMinFrequencyHz, kMaxFrequencyHz))
                    m.frequencyHz = static_cast<float>(*f);
                hint = std::string(motionKindId(m.kind)) + " takes frequencyHz";
                break;
            case MotionKind::Glide:
            case MotionKind::StaticHold:
                hint = std::string(motionKindId(m.kind)) + " takes no parameters";
                break;
        }
        r.reportUnknownFields(hint);
        return m;
    }

    std::optional<ForceByLevel> readForce(const json& v, const std::string& ptr) {
        JsonObjectReader r(v, ptr, file_, problems_);
        if (!r.ok()) return std::nullopt;
        auto g = r.number("gentle", true, 0.0, kMaxForceN);
        auto m = r.number("moderate", true, 0.0, kMaxForceN);
        auto f = r.number("firm", true, 0.0, kMaxForceN);
        r.reportUnknownFields("levels are gentle, moderate and firm");
        if (!g || !m || !f) return std::nullopt;
        if (*g > *m || *m > *f) {
            r.problem("forces must not decrease from gentle to moderate to firm");
            return std::nullopt;
        }
        return ForceByLevel{static_cast<float>(*g), static_cast<float>(*m), static_cast<float>(*f)};
    }

    // A spine level or landmark name, checked against `names`; suggests a close one.
    std::optional<std::string> placeName(JsonObjectReader& r, const char* key, const std::vector<std::string>& names,
                                         const std::string& what, const std::string& expected) {
        auto name = r.string(key, true, 64);
        if (!name) return std::nullopt;
        if (std::find(names.begin(), names.end(), *name) != names.end()) return name;
        std::string msg = "unknown " + what + " \"" + name->substr(0, 40) + "\"" + expected;
        const std::string near = closestName(*name, names);
        if (!near.empty()) msg += " (did you mean \"" + near + "\"?)";
        r.problem(msg, key);
        return std::nullopt;
    }

    std::optional<BodyPoint> waypoint(const json& v, const std::string& ptr) {
        JsonObjectReader r(v, ptr, file_, problems_);
        if (!r.ok()) return std::nullopt;
        const std::size_t before = problems_.size();
        BodyPoint p;
        const bool hasSpine = r.has("spine");
        const bool hasLandmark = r.has("landmark");
        if (hasSpine == hasLandmark) {
            r.problem(hasSpine ? "give either \"spine\" or \"landmark\", not both"
                               : "missing \"spine\" (e.g. \"T7\") or \"landmark\" (e.g. \"PSIS_L\")");
        }
        if (hasSpine) {
            p.spineLevel = placeName(r, "spine", spineLevelNames(), "spine level",
                                     "; expected C7, T1-T12, L1-L5, S1-S5 or coccyx")
                               .value_or("");
            p.fraction = static_cast<float>(r.number("fraction", false, 0.0, 1.0).value_or(0.0));
            if (p.spineLevel == "coccyx" && p.fraction > 0.0f) {
                r.problem("the coccyx is the last level; its fraction must be 0", "fraction");
            }
        }
        if (hasLandmark) p.landmark = placeName(r, "landmark", landmarkNames(), "landmark", "").value_or("");
        p.lateralCm = static_cast<float>(r.number("lateralCm", false, -kMaxOffsetCm, kMaxOffsetCm).value_or(0.0));
        p.cranialCm = static_cast<float>(r.number("cranialCm", false, -kMaxOffsetCm, kMaxOffsetCm).value_or(0.0));
        r.reportUnknownFields();
        if (problems_.size() != before) return std::nullopt;
        return p;
    }
};

}  // namespace

TechniqueLoadResult loadTechniqueFromString(const std::string& text, const std::string& displayName) {
    TechniqueLoadResult result;
    try {
        JsonLimits limits;
        limits.maxBytes = kMaxFileBytes;
        limits.maxDepth = 16;
        std::optional<json> doc = parseJsonGuarded(text, displayName, limits, result.problems);
        if (doc) {
            Reader reader(displayName, result.problems);
            std::optional<Technique> t = reader.technique(*doc);
            if (t && result.problems.empty()) result.technique = std::move(t);
        }
    } catch (const std::exception& e) {
        // Defence in depth: the reader checks types before every access, so this is not expected.
        result.problems.push_back({displayName, "(file)", std::string("could not read the technique: ") + e.what()});
    }
    if (!result.problems.empty()) result.technique.reset();
    return result;
}

TechniqueLoadResult loadTechniqueFile(const std::string& path) {
    // A folder opens as a stream on Linux and reads as empty: it is named for what it is.
    std::error_code ec;
    const std::filesystem::file_type type = std::filesystem::status(path, ec).type();
    const char* unfit = type == std::filesystem::file_type::not_found ? "no such file"
                        : type == std::filesystem::file_type::directory ? "is a folder, not a technique file"
                                                                        : nullptr;
    std::ifstream in(path, std::ios::binary);
    if (unfit || !in) {
        TechniqueLoadResult result;
        result.problems.push_back({path, "(file)", unfit ? unfit : "cannot open the file (is it readable?)"});
        return result;
    }
    // Read at most one byte past the limit: a huge file is reported, not loaded.
    std::string text(kMaxFileBytes + 1u, '\0');
    in.read(&text[0], static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    if (text.size() > kMaxFileBytes) {
        TechniqueLoadResult result;
        result.problems.push_back({path, "(file)", "file is larger than the limit of " +
                                                       std::to_string(kMaxFileBytes) + " bytes"});
        return result;
    }
    return loadTechniqueFromString(text, path);
}

}  // namespace backrub
