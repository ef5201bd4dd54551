#include "core/session/LayPath.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace backrub;

TEST_CASE("Lay path: a partner is offered the beginner techniques done on another person", "[session][lay]") {
    const TechniqueLibrary library = loadShippedTechniques();
    REQUIRE(library.problems.empty());
    const std::vector<const Technique*> offered = partnerTechniques(library);
    REQUIRE_FALSE(offered.empty());
    for (const Technique* t : offered) {
        INFO(t->id);
        CHECK(t->level == TechniqueLevel::Beginner);
        CHECK(t->position != ReceiverPosition::Self);
    }
    const auto has = [&](const char* id) {
        return std::any_of(offered.begin(), offered.end(), [id](const Technique* t) { return t->id == id; });
    };
    CHECK_FALSE(has("circular-kneading"));        // intermediate
    CHECK_FALSE(has("self-massage-lower-back"));  // done on oneself
    // The first is the softest touch: the resting palms, not a thumb.
    const Technique* first = partnerFirstTechnique(library);
    REQUIRE(first != nullptr);
    CHECK(first->id == "hand-placement");
    CHECK(partnerFirstTechnique(TechniqueLibrary{}) == nullptr);
}

TEST_CASE("Lay path: each choice opens the viewer its own way", "[session][lay]") {
    const TechniqueLibrary library = loadShippedTechniques();
    const auto chosen = [&](Audience a, ViewerState& state, ViewSettings& view) {
        state.chooserOpen = true;
        state.techniqueId = "circular-kneading";
        state.level = PressureLevel::Firm;
        chooseAudience(a, library, state, view);
        CHECK_FALSE(state.chooserOpen);
    };
    SECTION("Learn the anatomy: today's viewer with the landmark labels on") {
        ViewerState state;
        ViewSettings view;
        chosen(Audience::Learn, state, view);
        CHECK(view.showLabels);
        CHECK(state.allControls);
        CHECK_FALSE(state.guided);
        CHECK(state.techniqueId == "circular-kneading");
    }
    SECTION("Teach a class: today's viewer") {
        ViewerState state;
        ViewSettings view;
        chosen(Audience::Teach, state, view);
        CHECK(view == ViewSettings{});
        CHECK(state.allControls);
        CHECK(state.level == PressureLevel::Firm);
    }
    SECTION("Massage my partner: a beginner technique, guided, gentle, expert panels hidden") {
        ViewerState state;
        ViewSettings view;
        chosen(Audience::Partner, state, view);
        CHECK(state.techniqueId == "hand-placement");
        CHECK(state.guided);
        CHECK_FALSE(state.allControls);
        CHECK(state.level == PressureLevel::Gentle);
    }
}

TEST_CASE("Lay path: a remembered partner choice reopens guided, at most moderate", "[session][lay]") {
    ViewerState state;
    state.level = PressureLevel::Firm;
    const ViewerState before = state;
    resumeAudience(Audience::Teach, state);
    CHECK(state == before);  // the other choices change nothing
    resumeAudience(Audience::Partner, state);
    CHECK(state.guided);
    CHECK_FALSE(state.allControls);
    CHECK(state.level == PressureLevel::Moderate);
    CHECK(allowedLevel(state, PressureLevel::Firm) == PressureLevel::Moderate);
    CHECK(allowedLevel(state, PressureLevel::Gentle) == PressureLevel::Gentle);
    state.allControls = true;  // "Show all controls"
    CHECK(allowedLevel(state, PressureLevel::Firm) == PressureLevel::Firm);
}

TEST_CASE("Lay path: the finish screen comes when guided play reaches the end", "[session][lay]") {
    ViewerState state;
    Playback p;
    p.setTimeline({0.0, 10.0}, 20.0);
    p.setStepAtATime(true);
    p.seek(20.0);
    CHECK_FALSE(guidedFinished(state, p));  // not guided
    state.guided = true;
    CHECK(guidedFinished(state, p));
    p.play();  // the last step again
    CHECK_FALSE(guidedFinished(state, p));
    p.advance(100.0);
    CHECK(guidedFinished(state, p));
    p.seek(0.0);  // "Repeat"
    CHECK_FALSE(guidedFinished(state, p));
}
