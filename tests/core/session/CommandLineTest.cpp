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

TEST_CASE("Report compares a second technique or pressure level, and no third", "[cli]") {
    const CommandLine one = parse({"report", "--technique", "a", "--pressure", "firm"});
    CHECK(one.compareTechnique.empty());
    CHECK_FALSE(one.comparePressure.has_value());
    const CommandLine two = parse({"report", "--technique", "a", "--technique", "b.json"});
    CHECK(two.error.empty());
    CHECK(two.technique == "a");
    CHECK(two.compareTechnique == "b.json");
    const CommandLine levels = parse({"report", "--technique", "a", "--pressure", "gentle", "--pressure", "firm"});
    CHECK(levels.error.empty());
    CHECK(levels.pressure == PressureLevel::Gentle);
    CHECK(levels.comparePressure == PressureLevel::Firm);
    CHECK(parse({"report", "--technique", "a", "--technique", "b", "--technique", "c"}).error ==
          "report compares two techniques: --technique given a third time ('c')");
    CHECK(parse({"report", "--technique", "a", "--pressure", "gentle", "--pressure", "firm", "--pressure", "moderate"}).error ==
          "report compares two pressure levels: --pressure given a third time ('moderate')");
    CHECK(parse({"report", "--technique", "a", "--pressure", "gentle", "--pressure", "hard"}).error ==
          "--pressure must be gentle, moderate or firm, not 'hard'");
    // Other commands play one technique: the last --technique given.
    const CommandLine render = parse({"render", "--technique", "a", "--technique", "b", "--out", "x.png"});
    CHECK(render.technique == "b");
    CHECK(render.compareTechnique.empty());
}

TEST_CASE("Render compares a technique beside another", "[cli]") {
    const CommandLine cl = parse({"render", "--technique", "a", "--compare", "b.json", "--size", "640x240", "--out", "x.png"});
    CHECK(cl.error.empty());
    CHECK(cl.compareTechnique == "b.json");
    CHECK(parse({"render", "--compare", "b", "--out", "x.png"}).error == "--compare needs --technique: the technique drawn on the left");
    CHECK(parse({"render", "--technique", "a", "--compare", "b", "--size", "20x20", "--out", "x.png"}).error ==
          "--compare splits --size in two: give a WIDTH of 32 or more");
    CHECK(parse({"report", "--technique", "a", "--compare", "b"}).error == "unknown option '--compare' for 'report'");
}

TEST_CASE("Handout takes a technique, a pressure level, a paper size and --out", "[cli]") {
    CommandLine h = parse({"handout", "--technique", "spine-line", "--out", "h.pdf"});
    REQUIRE(h.error.empty());
    CHECK(h.command == Command::Handout);
    CHECK(h.paper == Paper::A4);
    CHECK(h.pressure == PressureLevel::Moderate);
    CommandLine l = parse({"handout", "--technique", "mine.json", "--pressure", "firm", "--paper", "letter", "--out", "h.pdf"});
    REQUIRE(l.error.empty());
    CHECK(l.paper == Paper::Letter);
    CHECK(l.pressure == PressureLevel::Firm);
    CHECK(l.technique == "mine.json");
    CHECK(l.out == "h.pdf");
    CHECK_THAT(usageText(), Catch::Contains("backrub handout --technique ID|FILE.json [--pressure LEVEL] [--paper a4|letter] --out F.pdf"));
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
        {{"handout", "--out", "h.pdf"}, "handout needs --technique"},
        {{"handout", "--technique", "spine-line"}, "handout needs --out F.pdf"},
        {{"handout", "--technique", "x", "--out", "h.pdf", "--paper", "a5"}, "--paper must be a4 or letter, not 'a5'"},
        {{"handout", "--technique", "x", "--out", "h.pdf", "--json"}, "unknown option '--json' for 'handout'"},
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

TEST_CASE("Render: --frames with an --out that names an image file is a usage error", "[cli]") {
    for (const char* out : {"seq.png", "shots/seq.PNG", "a.jpg", "b.jpeg", "c.webp"}) {
        INFO(out);
        const CommandLine cl = parse({"render", "--frames", "0:2:1", "--out", out});
        CHECK_THAT(cl.error, Catch::Contains("names an image file; give a folder"));
    }
    CHECK_THAT(parse({"render", "--frames", "0:2:1", "--out", "out/seq.png"}).error, Catch::EndsWith("--out out/seq"));
    // A folder, even one with a dot, is fine; a single frame may (and should) name a file.
    CHECK(parse({"render", "--frames", "0:2:1", "--out", "seq"}).error.empty());
    CHECK(parse({"render", "--frames", "0:2:1", "--out", "v1.2/seq"}).error.empty());
    CHECK(parse({"render", "--frames", "0:2:1", "--out", "frames.d"}).error.empty());
    CHECK(parse({"render", "--out", "seq.png"}).error.empty());
}

TEST_CASE("Render: --frames times run from START by STEP up to END", "[cli]") {
    CHECK(frameCount({0.0, 2.0, 1.0}) == 3);
    CHECK(frameCount({0.0, 1000.0, 0.5}) == 2001);
    CHECK(frameCount({0.0, 7.0, 0.1}) == 71);  // 0.1 steps do not lose the last frame to rounding
    CHECK(frameCount({5.0, 5.0, 1.0}) == 1);
    CHECK(frameCount({0.0, 1e300, 1e-300}) > kMaxFrames);
    const std::vector<double> t = frameTimes({1.0, 2.0, 0.25});
    CHECK(t == std::vector<double>{1.0, 1.25, 1.5, 1.75, 2.0});
    CHECK(frameTimes({0.0, 7.0, 0.1}).back() == 7.0);
}

TEST_CASE("Render: --frames past the technique's end is cut to it, with a notice", "[cli]") {
    const FramePlan plan = planFrames({0.0, 1000.0, 0.5}, "spine-line", 70.0);
    CHECK(plan.error.empty());
    CHECK(plan.range.startS == 0.0);
    CHECK(plan.range.endS == 70.0);
    CHECK(plan.range.stepS == 0.5);
    CHECK(frameCount(plan.range) == 141);
    CHECK(plan.notice == "--frames ends at 1000 s but spine-line lasts 70 s; writing 0-70 s");

    // Within the technique: kept, no word.
    const FramePlan inside = planFrames({10.0, 20.0, 1.0}, "spine-line", 70.0);
    CHECK(inside.error.empty());
    CHECK(inside.notice.empty());
    CHECK(inside.range.endS == 20.0);
    CHECK(planFrames({0.0, 70.0, 1.0}, "spine-line", 70.0).notice.empty());

    // Starting after the end: nothing to draw.
    const FramePlan late = planFrames({100.0, 200.0, 1.0}, "spine-line", 70.0);
    CHECK(late.error == "--frames starts at 100 s but spine-line lasts 70 s; give a START from 0 to 70");

    // The model alone has no end.
    const FramePlan model = planFrames({0.0, 500.0, 1.0}, "", std::nullopt);
    CHECK(model.error.empty());
    CHECK(model.notice.empty());
    CHECK(model.range.endS == 500.0);
}

TEST_CASE("Render: more than 1000 frames is refused with the count and a STEP that fits", "[cli]") {
    CHECK(planFrames({0.0, 999.0, 1.0}, "", std::nullopt).error.empty());  // exactly 1000
    const FramePlan many = planFrames({0.0, 1000.0, 0.5}, "", std::nullopt);
    CHECK(many.error == "--frames 0:1000:0.5 gives 2001 frames, more than 1000; a STEP of 1.1 or more fits "
                        "(910 frames): --frames 0:1000:1.1");
    // Counted after the cut to the technique's length, and the suggestion fits that length.
    const FramePlan cut = planFrames({0.0, 1000.0, 0.05}, "spine-line", 70.0);
    CHECK(cut.notice.empty());
    CHECK(cut.error == "--frames 0:1000:0.05 gives 1401 frames over 0-70 s (spine-line lasts 70 s), more than 1000; "
                       "a STEP of 0.071 or more fits (986 frames): --frames 0:70:0.071");
    // The suggested step always fits.
    for (double span : {1.0, 70.0, 99.9, 1000.0, 12345.6}) {
        FrameRange r{0.0, span, span / 5000.0};
        const std::string error = planFrames(r, "", std::nullopt).error;
        REQUIRE_FALSE(error.empty());
        const double step = std::stod(error.substr(error.find("a STEP of ") + 10));
        INFO(span << " " << step);
        CHECK(frameCount({0.0, span, step}) <= kMaxFrames);
    }
}

TEST_CASE("Command line: --technique takes a file as well as an id and the usage names both and the folder", "[cli]") {
    const CommandLine render = parse({"render", "--technique", "lessons/my-lumbar-glide.json", "--out", "x.png"});
    CHECK(render.error.empty());
    CHECK(render.technique == "lessons/my-lumbar-glide.json");
    CHECK(parse({"--technique", "my-lumbar-glide.json"}).technique == "my-lumbar-glide.json");
    CHECK(parse({"report", "--technique", "my-lumbar-glide.json"}).error.empty());
    const std::string usage = usageText();
    CHECK(usage.find("--technique ID|FILE.json") != std::string::npos);
    CHECK(usage.find("$XDG_DATA_HOME/backrub/techniques/") != std::string::npos);
    CHECK(usage.find("~/.local/share/backrub/techniques/") != std::string::npos);
}
