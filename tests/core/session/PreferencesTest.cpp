#include "core/session/Preferences.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>

using namespace backrub;

TEST_CASE("Preferences round-trip through JSON exactly", "[preferences]") {
    Preferences p;
    p.view.theme = Theme::Light;
    p.view.heat = HeatMode::Threshold;
    p.view.liveScale = LiveScale::Technique;
    p.view.colorMap = "cividis";
    p.view.showLabels = true;
    p.view.layer(Layer::Muscles).visible = false;
    p.view.layer(Layer::Skin).opacity = 0.25f;
    p.technique = "spine-line";
    p.pressure = PressureLevel::Firm;
    p.speed = 0.5;
    p.loop = false;
    p.windowWidth = 1920;
    p.audience = Audience::Partner;
    Problems problems;
    Preferences back = preferencesFromJson(preferencesToJson(p), "s.json", problems);
    CHECK(problems.empty());
    CHECK(back.audience == Audience::Partner);
    CHECK(preferencesToJson(back) == preferencesToJson(p));
    CHECK(back.view.layer(Layer::Skin).opacity == 0.25f);
    CHECK_FALSE(back.view.layer(Layer::Muscles).visible);
    CHECK(back.view == p.view);
}

TEST_CASE("View settings compare every field the picture depends on", "[preferences]") {
    const ViewSettings base;
    CHECK(base == ViewSettings{});
    const auto differs = [&](auto change) {
        ViewSettings v;
        change(v);
        return v != base;
    };
    CHECK(differs([](ViewSettings& v) { v.layer(Layer::Skeleton).visible = false; }));
    CHECK(differs([](ViewSettings& v) { v.layer(Layer::Skin).opacity = 0.5f; }));
    CHECK(differs([](ViewSettings& v) { v.theme = Theme::Light; }));
    CHECK(differs([](ViewSettings& v) { v.heat = HeatMode::Cumulative; }));
    CHECK(differs([](ViewSettings& v) { v.liveScale = LiveScale::Technique; }));
    CHECK(differs([](ViewSettings& v) { v.colorMap = "viridis"; }));
    CHECK(differs([](ViewSettings& v) { v.showHands = false; }));
    CHECK(differs([](ViewSettings& v) { v.handsSeeThrough = true; }));
    CHECK(differs([](ViewSettings& v) { v.showTrails = false; }));
    CHECK(differs([](ViewSettings& v) { v.showLabels = true; }));
    CHECK(differs([](ViewSettings& v) { v.msaaSamples = 0; }));
    CHECK(differs([](ViewSettings& v) { v.lightSkin = true; }));
}

TEST_CASE("A corrupt settings file gives defaults and a message, never a failure", "[preferences]") {
    struct Case {
        const char* text;
        const char* location;
        const char* phrase;
    };
    const Case cases[] = {
        {"{\"theme\": \"purple\"}", "/theme", "dark"},
        {"{\"speed\": 99}", "/speed", ""},
        {"{\"layers\": {\"skin\": {\"opacity\": \"high\"}}}", "/layers/skin/opacity", ""},
        {"{\"windowWidth\": 12.5}", "/windowWidth", ""},
        {"{\"zoomLevel\": 3}", "/zoomLevel", ""},
        {"{\"audience\": \"everyone\"}", "/audience", "partner"},
        {"{\"colorMap\": \"rainbow\"}", "/colorMap", "viridis"},
        {"{\"theme\": ", "", ""},
        {"[1, 2]", "", ""},
        {"\xff\xfe", "", "UTF-8"},
    };
    for (const Case& c : cases) {
        Problems problems;
        Preferences p = preferencesFromJson(c.text, "settings.json", problems);
        INFO(c.text);
        REQUIRE_FALSE(problems.empty());
        CHECK(problems.front().file == "settings.json");
        if (*c.location) CHECK(problems.front().location == c.location);
        if (*c.phrase) CHECK_THAT(problems.front().message, Catch::Contains(c.phrase));
        CHECK(p.view.theme == Theme::Dark);  // defaults kept where the file was wrong
    }
    // Good fields next to a bad one still apply.
    Problems problems;
    Preferences p = preferencesFromJson("{\"theme\": \"light\", \"speed\": -1}", "s.json", problems);
    CHECK(problems.size() == 1);
    CHECK(p.view.theme == Theme::Light);
    CHECK(p.speed == 1.0);
}

TEST_CASE("Save then load restores the settings; a missing file is not a problem", "[preferences]") {
    const std::string path = std::string(BACKRUB_TEST_OUTPUT_DIR) + "/prefs/nested/settings.json";
    std::remove(path.c_str());
    Problems problems;
    loadPreferences(path, problems);
    CHECK(problems.empty());
    Preferences p;
    p.technique = "hand-placement";
    std::string error;
    REQUIRE(savePreferences(path, p, error));
    Preferences back = loadPreferences(path, problems);
    CHECK(problems.empty());
    CHECK(back.technique == "hand-placement");
    loadPreferences(std::string(BACKRUB_TEST_OUTPUT_DIR), problems);  // a folder, not a file
    REQUIRE(problems.size() == 1);
    CHECK_THAT(problems[0].message, Catch::Contains("not a regular file"));
}

TEST_CASE("The background is a vertical gradient with a vignette, per theme", "[preferences]") {
    for (Theme theme : {Theme::Dark, Theme::Light}) {
        const ThemeColors colors = themeColors(theme);
        // At the middle of the top and bottom edges: the theme's colours, dimmed by the vignette (0.35 * 0.25).
        const glm::vec3 top = backgroundColor(colors, {0.5f, 1.0f}), bottom = backgroundColor(colors, {0.5f, 0.0f});
        for (int c = 0; c < 3; ++c) {
            CHECK(top[c] == Approx(colors.backgroundTop[c] * (1.0f - 0.35f * 0.25f)));
            CHECK(bottom[c] == Approx(colors.backgroundBottom[c] * (1.0f - 0.35f * 0.25f)));
        }
        // Brightest in the middle of a row, symmetric left-right.
        const glm::vec3 centre = backgroundColor(colors, {0.5f, 0.5f});
        const glm::vec3 left = backgroundColor(colors, {0.0f, 0.5f}), right = backgroundColor(colors, {1.0f, 0.5f});
        CHECK(centre.g > left.g);
        CHECK(left.g == Approx(right.g));
    }
    CHECK(backgroundColor(themeColors(Theme::Light), {0.5f, 0.5f}).g > backgroundColor(themeColors(Theme::Dark), {0.5f, 0.5f}).g);
}
