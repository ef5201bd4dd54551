#include "core/base/JsonGuard.h"
#include "core/technique/TechniqueLoader.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <string>
#include <vector>

using namespace backrub;

namespace {

const std::string kValid = R"({
  "format": "backrub.technique/1",
  "id": "test-technique",
  "title": "Test",
  "summary": "A small technique for tests.",
  "position": "prone",
  "level": "beginner",
  "cautions": ["Stay off the spine."],
  "notes": "Figures from docs/sources.md.",
  "steps": [
    {
      "title": "Circles",
      "narration": "Make small circles.",
      "durationS": 10,
      "actions": [
        {
          "hand": "both",
          "contact": "thumb-pad",
          "path": [{"spine": "T2", "lateralCm": 3}, {"spine": "L4", "fraction": 0.5, "lateralCm": 3}],
          "motion": {"type": "circles", "radiusCm": 1, "frequencyHz": 1.5},
          "forceN": {"gentle": 4, "moderate": 6, "firm": 10}
        }
      ]
    }
  ]
})";

// kValid with the first occurrence of `from` replaced by `to`.
std::string edit(const std::string& from, const std::string& to) {
    std::string s = kValid;
    const std::size_t at = s.find(from);
    REQUIRE(at != std::string::npos);
    s.replace(at, from.size(), to);
    return s;
}

std::string nested(int depth) {
    return std::string(static_cast<std::size_t>(depth), '[') + std::string(static_cast<std::size_t>(depth), ']');
}

std::string manyWaypoints(int n) {
    std::string s = "\"path\": [";
    for (int i = 0; i < n; ++i) s += std::string(i ? "," : "") + "{\"spine\": \"T2\"}";
    return s + "],";
}

struct Case {
    const char* name;
    std::string text;
    std::string expected;  // a substring of one reported problem, "FILE: POINTER: message"
};

}  // namespace

TEST_CASE("A valid technique loads with every field", "[technique]") {
    const TechniqueLoadResult r = loadTechniqueFromString(kValid, "t.json");
    INFO(formatProblems(r.problems));
    REQUIRE(r.problems.empty());
    REQUIRE(r.technique);
    const Technique& t = *r.technique;
    CHECK(t.id == "test-technique");
    CHECK(t.position == ReceiverPosition::Prone);
    CHECK(t.cautions.size() == 1);
    REQUIRE(t.steps.size() == 1);
    CHECK(t.steps[0].position == ReceiverPosition::Prone);
    REQUIRE(t.steps[0].actions.size() == 1);
    const Action& a = t.steps[0].actions[0];
    CHECK(a.hand == HandChoice::Both);
    CHECK(a.contact == ContactKind::ThumbPad);
    REQUIRE(a.path.size() == 2);
    CHECK(a.path[1].spineLevel == "L4");
    CHECK(a.path[1].fraction == Approx(0.5));
    CHECK(a.path[1].lateralCm == Approx(3.0));
    CHECK(a.motion.kind == MotionKind::Circles);
    CHECK(a.motion.radiusCm == Approx(1.0));
    CHECK(a.forceN.at(PressureLevel::Firm) == Approx(10.0));
    CHECK(t.durationS() == Approx(10.0));
}

TEST_CASE("Field order does not matter", "[technique]") {
    const std::string reordered = R"({"steps": [{"actions": [{"forceN": {"firm": 3, "gentle": 1, "moderate": 2},
      "motion": {"type": "static-hold"}, "path": [{"lateralCm": -2, "landmark": "PSIS_R"}],
      "contact": "palm", "hand": "left"}], "durationS": 5, "narration": "Rest.", "title": "Rest"}],
      "level": "beginner", "position": "self", "cautions": [], "summary": "S.", "title": "T", "id": "x",
      "format": "backrub.technique/1"})";
    const TechniqueLoadResult r = loadTechniqueFromString(reordered, "r.json");
    INFO(formatProblems(r.problems));
    CHECK(r.technique.has_value());
}

TEST_CASE("Pressure levels and ids print and parse", "[technique]") {
    for (PressureLevel l : {PressureLevel::Gentle, PressureLevel::Moderate, PressureLevel::Firm}) {
        CHECK(parsePressureLevel(pressureLevelId(l)) == l);
    }
    CHECK(std::string(pressureLevelId(PressureLevel::Gentle)) == "gentle");
    CHECK_FALSE(parsePressureLevel("hard").has_value());
    CHECK(parseContactKind("tennis-ball") == ContactKind::TennisBall);
    CHECK(parseReceiverPosition("supine-knees-to-chest") == ReceiverPosition::SupineKneesToChest);
    CHECK(std::string(receiverPositionLabel(ReceiverPosition::Prone)) == "face down");
    CHECK(std::string(receiverPositionLabel(ReceiverPosition::SupineKneesToChest)) == "on back");
    CHECK(std::string(receiverPositionLabel(ReceiverPosition::Self)) == "self");
}

TEST_CASE("Malformed technique files each give the expected message", "[technique]") {
    const std::string f = "t.json: ";
    const std::vector<Case> cases = {
        {"wrong type", edit(R"("title": "Test")", R"("title": 5)"), f + "/title: expected a string, found integer"},
        {"missing id", edit(R"("id": "test-technique",)", ""), f + "/: missing required field \"id\""},
        {"unknown field", edit(R"("level")", R"("colour": 1, "level")"), f + "/colour: unknown field \"colour\""},
        {"misspelled field", edit(R"("summary")", R"("sumary")"),
         f + "/sumary: unknown field \"sumary\" (did you mean \"summary\"?)"},
        {"missing steps", edit(R"("steps")", R"("stepz")"), f + "/: missing required field \"steps\""},
        {"unknown position", edit(R"("prone")", R"("sideways")"),
         f + "/position: unknown value \"sideways\"; expected one of: prone, supine-knees-to-chest, self"},
        {"unknown level", edit(R"("beginner")", R"("expert")"),
         f + "/level: unknown value \"expert\"; expected one of: beginner, intermediate, advanced"},
        {"unknown pressure level", edit(R"("firm": 10)", R"("firmest": 10)"),
         f + "/steps/0/actions/0/forceN/firmest: unknown field \"firmest\"; levels are gentle, moderate and firm"},
        {"negative force", edit(R"("gentle": 4)", R"("gentle": -4)"),
         f + "/steps/0/actions/0/forceN/gentle: -4 is out of range; expected from 0 to 300"},
        {"huge force", edit(R"("firm": 10)", R"("firm": 5000)"),
         f + "/steps/0/actions/0/forceN/firm: 5000 is out of range"},
        {"NaN as a string", edit(R"("moderate": 6)", R"("moderate": "NaN")"),
         f + "/steps/0/actions/0/forceN/moderate: expected a number, found string"},
        {"number too large for a double", edit(R"("firm": 10)", R"("firm": 1e999)"), f + "line 21, column 58: number overflow parsing '1e999'"},
        {"forces decrease", edit(R"("gentle": 4)", R"("gentle": 40)"),
         f + "/steps/0/actions/0/forceN: forces must not decrease from gentle to moderate to firm"},
        {"zero duration", edit(R"("durationS": 10)", R"("durationS": 0)"),
         f + "/steps/0/durationS: 0 is out of range; expected more than 0"},
        {"negative duration", edit(R"("durationS": 10)", R"("durationS": -3)"),
         f + "/steps/0/durationS: -3 is out of range"},
        {"duration as string", edit(R"("durationS": 10)", R"("durationS": "10s")"),
         f + "/steps/0/durationS: expected a number, found string"},
        {"unknown spine level", edit(R"("T2")", R"("T13")"),
         f + "/steps/0/actions/0/path/0/spine: unknown spine level \"T13\"; expected C7, T1-T12, L1-L5, S1-S5 or coccyx"},
        {"unknown landmark", edit(R"({"spine": "T2", "lateralCm": 3})", R"({"landmark": "PSIS_X"})"),
         f + "/steps/0/actions/0/path/0/landmark: unknown landmark \"PSIS_X\" (did you mean \"PSIS_L\"?)"},
        {"spine and landmark", edit(R"({"spine": "T2",)", R"({"spine": "T2", "landmark": "PSIS_L",)"),
         f + "/steps/0/actions/0/path/0: give either \"spine\" or \"landmark\", not both"},
        {"no place", edit(R"({"spine": "T2", "lateralCm": 3})", R"({"lateralCm": 3})"),
         f + "/steps/0/actions/0/path/0: missing \"spine\" (e.g. \"T7\") or \"landmark\""},
        {"fraction above 1", edit(R"("fraction": 0.5)", R"("fraction": 1.5)"),
         f + "/steps/0/actions/0/path/1/fraction: 1.5 is out of range; expected from 0 to 1"},
        {"fraction past the coccyx", edit(R"("spine": "L4", "fraction": 0.5)", R"("spine": "coccyx", "fraction": 0.5)"),
         f + "/steps/0/actions/0/path/1/fraction: the coccyx is the last level; its fraction must be 0"},
        {"lateral offset off the body", edit(R"("lateralCm": 3})", R"("lateralCm": 100})"),
         f + "/steps/0/actions/0/path/0/lateralCm: 100 is out of range; expected from -40 to 40"},
        {"unknown hand", edit(R"("both")", R"("third")"),
         f + "/steps/0/actions/0/hand: unknown value \"third\"; expected one of: left, right, both"},
        {"unknown contact", edit(R"("thumb-pad")", R"("elbow")"),
         f + "/steps/0/actions/0/contact: unknown value \"elbow\"; expected one of: thumb-pad"},
        {"unknown motion", edit(R"("circles")", R"("spirals")"),
         f + "/steps/0/actions/0/motion/type: unknown value \"spirals\""},
        {"radius too large", edit(R"("radiusCm": 1)", R"("radiusCm": 50)"),
         f + "/steps/0/actions/0/motion/radiusCm: 50 is out of range; expected from 0.2 to 5"},
        {"frequency too high", edit(R"("frequencyHz": 1.5)", R"("frequencyHz": 40)"),
         f + "/steps/0/actions/0/motion/frequencyHz: 40 is out of range; expected from 0.05 to 5"},
        {"frequency as boolean", edit(R"("frequencyHz": 1.5)", R"("frequencyHz": true)"),
         f + "/steps/0/actions/0/motion/frequencyHz: expected a number, found boolean"},
        {"circle field on a glide", edit(R"("type": "circles", "radiusCm": 1, "frequencyHz": 1.5)", R"("type": "glide", "radiusCm": 1)"),
         f + "/steps/0/actions/0/motion/radiusCm: unknown field \"radiusCm\"; glide takes no parameters"},
        {"static hold with a path", edit(R"("type": "circles", "radiusCm": 1, "frequencyHz": 1.5)", R"("type": "static-hold")"),
         f + "/steps/0/actions/0/path: a static hold takes exactly one waypoint"},
        {"duplicate key in an action",
         edit(R"("hand": "both")", R"("hand": "left", "motion": {"type": "alternating-thumbs", "frequencyHz": 1}, "x": 0)"),
         f + "/steps/0/actions/0/motion: duplicate key \"motion\" (keys must be unique within an object)"},
        {"huge array", edit(R"("path": [{"spine": "T2", "lateralCm": 3}, {"spine": "L4", "fraction": 0.5, "lateralCm": 3}],)", manyWaypoints(1000)),
         f + "/steps/0/actions/0/path: array has 1000 items; at most 64 are allowed"},
        {"deep nesting", edit(R"("notes": "Figures from docs/sources.md.")", "\"notes\": " + nested(5000)),
         f + "/notes/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0: nested deeper than 16 levels"},
        {"bad UTF-8", edit("A small technique", "A sm\xC3\x28ll technique"), f + "line 5, column 19: invalid UTF-8 at byte 100 (0xC3)"},
        {"duplicate key", edit(R"("title": "Test",)", R"("title": "Test", "title": "Again",)"), f + "/title: duplicate key \"title\""},
        {"future format", edit("backrub.technique/1", "backrub.technique/2"),
         f + "/format: format version \"2\" is not supported; this program reads \"backrub.technique/1\""},
        {"other format", edit("backrub.technique/1", "backrub.settings/1"), f + "/format: not a technique file"},
        {"top-level array", "[1, 2]", f + "/: expected an object, found array"},
        {"no steps", edit(R"("steps": [)", R"("steps": [], "x": [)"), f + "/steps: expected at least 1 item, found 0"},
        {"step not an object", edit(R"("steps": [)", R"("steps": [5, )"), f + "/steps/0: expected an object, found integer"},
        {"caution not a string", edit(R"(["Stay off the spine."])", "[7]"), f + "/cautions/0: expected a non-empty string, found integer"},
        {"trailing comma", edit(R"("level": "beginner",)", R"("level": "beginner",,)"), f + "line 7, column 23: invalid JSON: syntax error"},
        {"empty file", "", f + "line 1, column 1: invalid JSON: syntax error"},
        {"action after the step ends", edit(R"("hand": "both")", R"("hand": "both", "startS": 12)"),
         f + "/steps/0/actions/0: the action's time"},
        {"glide with one waypoint",
         edit(R"("type": "circles", "radiusCm": 1, "frequencyHz": 1.5)", R"("type": "glide")").replace(
             kValid.find(R"(, {"spine": "L4")"), std::string(R"(, {"spine": "L4", "fraction": 0.5, "lateralCm": 3})").size(), ""),
         f + "/steps/0/actions/0/path: a glide needs at least two waypoints"},
        {"bad id", edit(R"("test-technique")", R"("Test Technique")"),
         f + "/id: id must be lowercase letters, digits and hyphens"},
        {"empty title", edit(R"("title": "Test")", R"("title": "  ")"), f + "/title: must not be empty"},
        {"overlapping actions", edit(R"(
      ]
    }
  ]
})", R"(, {"hand": "left", "contact": "palm", "path": [{"spine": "T7"}], "motion": {"type": "static-hold"},
           "forceN": {"gentle": 1, "moderate": 2, "firm": 3}}]}]})"),
         f + "/steps/0/actions/1: overlaps action 0 in time with the same hand"},
        {"file too large", edit(R"("notes": "Figures from docs/sources.md.")", "\"notes\": \"" + std::string(300000, 'a') + "\""),
         f + "(file): file is 300"},
    };
    REQUIRE(cases.size() >= 30);
    for (const Case& c : cases) {
        INFO("case: " << c.name);
        const TechniqueLoadResult r = loadTechniqueFromString(c.text, "t.json");
        INFO("problems:\n" << formatProblems(r.problems));
        CHECK_FALSE(r.technique.has_value());
        bool found = false;
        for (const Problem& p : r.problems) found = found || p.str().find(c.expected) != std::string::npos;
        CHECK(found);
    }
}

TEST_CASE("All problems of a file are reported in one pass", "[technique]") {
    std::string text = edit(R"("title": "Test")", R"("title": 5)");
    text.replace(text.find(R"("gentle": 4)"), 11, R"("gentle": -1)");
    text.replace(text.find(R"("T2")"), 4, R"("X9")");
    const TechniqueLoadResult r = loadTechniqueFromString(text, "t.json");
    CHECK(r.problems.size() == 3);
}

TEST_CASE("Alternating thumbs needs both thumbs", "[technique]") {
    std::string text = edit(R"("hand": "both")", R"("hand": "left")");
    const std::string from = R"("type": "circles", "radiusCm": 1, "frequencyHz": 1.5)";
    text.replace(text.find(from), from.size(), R"("type": "alternating-thumbs", "frequencyHz": 1)");
    const TechniqueLoadResult r = loadTechniqueFromString(text, "t.json");
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].str() == "t.json: /steps/0/actions/0/hand: alternating thumbs needs \"hand\": \"both\"");
}

TEST_CASE("Technique files load from disk; a missing file is a problem, not a crash", "[technique]") {
    const TechniqueLoadResult missing = loadTechniqueFile("/nonexistent/none.json");
    REQUIRE(missing.problems.size() == 1);
    CHECK(missing.problems[0].str() == "/nonexistent/none.json: (file): no such file");
    const TechniqueLoadResult folder = loadTechniqueFile(BACKRUB_TEST_DATA_DIR "/techniques");
    REQUIRE(folder.problems.size() == 1);
    CHECK(folder.problems[0].message == "is a folder, not a technique file");

    const TechniqueLoadResult dup = loadTechniqueFile(BACKRUB_TEST_DATA_DIR "/techniques/duplicate-key.json");
    REQUIRE_FALSE(dup.problems.empty());
    CHECK(dup.problems[0].location == "/steps/0/actions/0/forceN/firm");
}

TEST_CASE("JSON pointers escape and name the whole document", "[technique]") {
    CHECK(jsonPointerAppend("/a", "b/c~d") == "/a/b~1c~0d");
    CHECK(jsonPointerAppend("/steps", std::size_t{3}) == "/steps/3");
    CHECK(jsonPointerDisplay("") == "/");
    CHECK(firstInvalidUtf8("ok \xE2\x9C\x93") == std::nullopt);
    CHECK(firstInvalidUtf8("ab\xED\xA0\x80") == std::optional<std::size_t>(2));  // UTF-16 surrogate
    CHECK(firstInvalidUtf8("\xC0\xAF") == std::optional<std::size_t>(0));        // overlong
}
