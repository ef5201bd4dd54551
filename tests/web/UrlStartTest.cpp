// The page's URL parameters (src/web/UrlStart.h), tested on the desktop: the parsing is plain C++.
#include "web/UrlStart.h"

#include <catch2/catch.hpp>

using backrub::web::parseUrlStart;

TEST_CASE("A link names technique, time, view and pressure; the page stands still there") {
    const auto start = parseUrlStart("?technique=spine-line&time=10&view=left&pressure=gentle");
    CHECK(start.problem.empty());
    CHECK(start.cl.command == backrub::Command::Viewer);
    CHECK(start.cl.technique == "spine-line");
    REQUIRE(start.cl.timeS);
    CHECK(*start.cl.timeS == 10.0);
    CHECK(start.cl.view == backrub::ViewPreset::Left);
    CHECK(start.cl.pressureGiven);
    CHECK(start.cl.pressure == backrub::PressureLevel::Gentle);
    CHECK_FALSE(start.play);
    CHECK_FALSE(start.bench);
}

TEST_CASE("No parameters open the viewer as it starts; play and bench are flags") {
    CHECK(parseUrlStart("").cl.technique.empty());
    CHECK_FALSE(parseUrlStart("").cl.pressureGiven);
    CHECK(parseUrlStart("?play=1&bench").play);
    CHECK(parseUrlStart("?bench").bench);
    CHECK_FALSE(parseUrlStart("?paused=1").play);
    CHECK(parseUrlStart("?body=male").cl.body == "male");
    CHECK(parseUrlStart("?technique=my%20file.json").cl.technique == "my file.json");
}

TEST_CASE("A parameter that is not understood is reported with the command line's message, and ignored") {
    const auto badView = parseUrlStart("?technique=spine-line&view=under");
    CHECK_THAT(badView.problem, Catch::Contains("--view"));
    CHECK(badView.cl.technique.empty());  // the page opens as without parameters
    CHECK_THAT(parseUrlStart("?colour=red").problem, Catch::Contains("unknown URL parameter 'colour'"));
    CHECK_THAT(parseUrlStart("?time=-3").problem, Catch::Contains("--time"));
}
