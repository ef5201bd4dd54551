#include "core/session/CommandLine.h"

#include <catch2/catch.hpp>

using namespace backrub;

namespace {
CommandLine parse(std::initializer_list<const char*> args) {
    return parseCommandLine(std::vector<std::string>(args.begin(), args.end()));
}
}  // namespace

TEST_CASE("No arguments opens the viewer with defaults", "[cli]") {
    CommandLine cl = parse({});
    CHECK(cl.error.empty());
    CHECK(cl.command == Command::Viewer);
    CHECK(cl.body == "female");
    CHECK(cl.pressure == PressureLevel::Moderate);
}

TEST_CASE("Viewer options and render options parse", "[cli]") {
    CommandLine v = parse({"--technique", "spine-line", "--model", "m.glb", "--body", "male"});
    CHECK(v.error.empty());
    CHECK(v.command == Command::Viewer);
    CHECK(v.technique == "spine-line");
    CHECK(v.model == "m.glb");
    CHECK(v.body == "male");

    CommandLine r = parse({"render", "--time", "12.5", "--size", "640x480", "--view", "oblique", "--heat",
                           "cumulative", "--pressure", "firm", "--frames", "0:10:0.5", "--out", "dir"});
    REQUIRE(r.error.empty());
    CHECK(r.command == Command::Render);
    CHECK(*r.timeS == 12.5);
    CHECK(r.width == 640);
    CHECK(r.height == 480);
    CHECK(r.view == ViewPreset::Oblique);
    CHECK(r.heat == HeatMode::Cumulative);
    CHECK(r.pressure == PressureLevel::Firm);
    REQUIRE(r.frames.has_value());
    CHECK(r.frames->endS == 10.0);
    CHECK(r.frames->stepS == 0.5);
    CHECK(r.out == "dir");
    CHECK_FALSE(r.xray);

    CommandLine x = parse({"render", "--xray", "--layers", "skin,skeleton", "--out", "x.png"});
    REQUIRE(x.error.empty());
    CHECK(x.xray);
    CHECK(x.layers == "skin,skeleton");
}

TEST_CASE("Validate collects files, report takes --json", "[cli]") {
    CommandLine v = parse({"validate", "a.json", "b.glb"});
    CHECK(v.error.empty());
    CHECK(v.files == std::vector<std::string>{"a.json", "b.glb"});
    CommandLine rep = parse({"report", "--technique", "x", "--json", "--pressure", "gentle"});
    CHECK(rep.error.empty());
    CHECK(rep.json);
    CHECK(rep.pressure == PressureLevel::Gentle);
}

TEST_CASE("Usage errors name the problem", "[cli]") {
    struct Case {
        std::vector<std::string> args;
        const char* message;
    };
    const Case cases[] = {
        {{"frobnicate"}, "unknown command 'frobnicate'"},
        {{"render"}, "render needs --out"},
        {{"render", "--out", "x.png", "--size", "100"}, "--size must be WIDTHxHEIGHT"},
        {{"render", "--out", "x.png", "--size", "4x4"}, "--size must be WIDTHxHEIGHT"},
        {{"render", "--out", "x.png", "--size", "100.5x100"}, "--size must be WIDTHxHEIGHT"},
        {{"render", "--out", "x.png", "--time", "-1"}, "--time must be a number of seconds >= 0"},
        {{"render", "--out", "x.png", "--time", "nan"}, "--time must be a number"},
        {{"render", "--out", "x.png", "--time", "3s"}, "--time must be a number"},
        {{"render", "--out", "x.png", "--heat", "warm"}, "--heat must be off, live, cumulative or threshold"},
        {{"render", "--out", "x.png", "--frames", "5:1:1"}, "--frames must be START:END:STEP"},
        {{"render", "--out", "x.png", "--frames", "0:1:0"}, "--frames must be START:END:STEP"},
        {{"render", "--out"}, "--out needs a value"},
        {{"model"}, "model needs --out"},
        {{"model", "--out", "b.glb", "--body", "child"}, "--body must be female or male"},
        {{"report"}, "report needs --technique"},
        {{"list", "--json"}, "unknown option '--json' for 'list'"},
        {{"--frames", "0:1:1"}, "unknown option '--frames'"},
        {{"validate"}, "validate needs at least one FILE"},
        {{"render", "--out", "x.png", "--layers", "skin,bones"}, "--layers takes a comma-separated list"},
        {{"render", "--out", "x.png", "--layers", ""}, "--layers takes a comma-separated list"},
    };
    for (const Case& c : cases) {
        CommandLine cl = parseCommandLine(c.args);
        INFO(c.args.front());
        CHECK_THAT(cl.error, Catch::Contains(c.message));
    }
}

TEST_CASE("--help and --version win wherever they stand", "[cli]") {
    CHECK(parse({"--help"}).command == Command::Help);
    CHECK(parse({"render", "--help"}).command == Command::Help);
    CHECK(parse({"--version"}).command == Command::Version);
    CHECK_THAT(usageText(), Catch::Contains("backrub render"));
}

TEST_CASE("Every view, heat mode and pressure level in the tables is accepted and named in the usage", "[cli]") {
    const std::string usage = usageText();
    for (const auto& row : kViewPresets) {
        CHECK(parse({"render", "--out", "x.png", "--view", row.id}).view == row.value);
        CHECK(usage.find(row.id) != std::string::npos);
    }
    for (const auto& row : kHeatModes) CHECK(parse({"render", "--out", "x.png", "--heat", row.id}).heat == row.value);
    for (const auto& row : kPressureLevels)
        CHECK(parse({"report", "--technique", "x", "--pressure", row.id}).pressure == row.value);
    CHECK(usage.find("[--view back|left|right|top|oblique]") != std::string::npos);
}
