// Writing techniques: every shipped file written out and read back is the same technique
// (same text when written again, same contacts on a body); numbers stay short and exact.
#include "SameContacts.h"
#include "SyntheticBody.h"

#include "core/technique/TechniqueLibrary.h"
#include "core/technique/TechniqueLoader.h"
#include "core/technique/TechniqueWriter.h"

#include <catch2/catch.hpp>

using namespace backrub;

TEST_CASE("Every shipped technique written out reads back as the same technique", "[technique]") {
    const TechniqueLibrary shipped = loadShippedTechniques();
    REQUIRE(shipped.techniques.size() == 8);
    static const Body body = test::makeSyntheticBody();
    for (const Technique& t : shipped.techniques) {
        INFO(t.id);
        const std::string text = techniqueToJson(t);
        const TechniqueLoadResult back = loadTechniqueFromString(text, t.id + ".json");
        INFO(formatProblems(back.problems));
        REQUIRE(back.technique);
        CHECK(techniqueToJson(*back.technique) == text);
        CHECK(back.technique->steps.size() == t.steps.size());
        CHECK(back.technique->durationS() == t.durationS());
        test::requireSameContacts(t, *back.technique, body);
    }
}

TEST_CASE("Written numbers are the shortest that read back exactly; defaults are left out", "[technique]") {
    Technique t;
    t.id = "short-numbers";
    t.title = "T";
    t.summary = "S";
    Step s;
    s.title = "one";
    s.narration = "n";
    s.durationS = 12.3f;
    Action a;
    a.hand = HandChoice::Left;
    a.contact = ContactKind::ThumbPad;
    a.motion.kind = MotionKind::Glide;
    a.forceN = {0.1f, 0.3f, 7.7f};
    BodyPoint p1;
    p1.spineLevel = "T7";
    p1.lateralCm = 2.9f;
    BodyPoint p2;
    p2.spineLevel = "L2";
    p2.fraction = 0.35f;
    p2.cranialCm = -1.1f;
    a.path = {p1, p2};
    s.actions.push_back(a);
    t.steps.push_back(s);
    const std::string text = techniqueToJson(t);
    CHECK(text.find("\"lateralCm\": 2.9") != std::string::npos);
    CHECK(text.find("\"moderate\": 0.3") != std::string::npos);
    CHECK(text.find("\"durationS\": 12.3") != std::string::npos);
    CHECK(text.find("0000") == std::string::npos);  // no 0.30000001192092896
    CHECK(text.find("startS") == std::string::npos);
    CHECK(text.find("\"position\"") == text.rfind("\"position\""));  // the step states none of its own
    const TechniqueLoadResult back = loadTechniqueFromString(text, "short.json");
    INFO(formatProblems(back.problems));
    REQUIRE(back.technique);
    const Action& b = back.technique->steps[0].actions[0];
    CHECK(b.path[0].lateralCm == 2.9f);
    CHECK(b.path[1].fraction == 0.35f);
    CHECK(b.path[1].cranialCm == -1.1f);
    CHECK(b.forceN.moderateN == 0.3f);
    CHECK(back.technique->steps[0].durationS == 12.3f);
}
