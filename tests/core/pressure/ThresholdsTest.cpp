#include "core/pressure/PressureThresholds.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace backrub;

namespace {

// Parses `text` as file "t.json" and returns the problems, one per line.
std::string problemsOf(const std::string& text) {
    Problems problems;
    const auto table = parseThresholds(text, "t.json", ThresholdTable::defaults(), problems);
    CHECK(table.has_value() == problems.empty());
    return formatProblems(problems);
}

const std::string kHead = R"({"format": "backrub-thresholds", "version": 1, )";

}  // namespace

TEST_CASE("Default thresholds cover every region and cite a source", "[thresholds]") {
    const ThresholdTable t = ThresholdTable::defaults();
    for (int i = 1; i < kRegionCount; ++i) {
        const RegionThreshold& r = t.get(static_cast<Region>(i));
        INFO(regionId(static_cast<Region>(i)));
        CHECK(r.pptKPa > 0.0f);
        CHECK_FALSE(r.source.empty());
    }
    // Lowest thresholds at the neck base (upper trapezius); no left/right difference.
    CHECK(t.get(Region::NeckBase).pptKPa <= t.get(Region::Lumbar).pptKPa);
    CHECK(t.get(Region::GlutealL).pptKPa == t.get(Region::GlutealR).pptKPa);
    // Care zones: spine line, floating ribs, kidneys.
    for (Region r : {Region::SpineLine, Region::FlankL, Region::FlankR, Region::KidneyL, Region::KidneyR})
        CHECK(t.get(r).safeLimitKPa > 0.0f);
    CHECK(t.get(Region::Lumbar).safeLimitKPa == 0.0f);
}

TEST_CASE("Vertex thresholds take the lower of base and overlay", "[thresholds]") {
    const ThresholdTable t = ThresholdTable::defaults();
    CHECK(t.vertexPptKPa(Region::MidBack, Region::KidneyL) == t.get(Region::KidneyL).pptKPa);
    CHECK(t.vertexPptKPa(Region::Lumbar, Region::None) == t.get(Region::Lumbar).pptKPa);
    Region zone = Region::None;
    CHECK(t.vertexSafeLimitKPa(Region::FlankL, Region::KidneyL, &zone) == 100.0f);
    CHECK(t.vertexSafeLimitKPa(Region::Lumbar, Region::SpineLine, &zone) == 50.0f);
    CHECK(zone == Region::SpineLine);
    CHECK(t.vertexSafeLimitKPa(Region::Lumbar, Region::ParaspinalL, &zone) == 0.0f);
    CHECK(zone == Region::None);
}

TEST_CASE("The threshold view gives pressure as % of each vertex's threshold", "[thresholds]") {
    SkinSurface skin;
    skin.positions.resize(3);
    skin.baseRegion = {Region::Lumbar, Region::NeckBase, Region::MidBack};
    skin.overlayRegion = {Region::None, Region::None, Region::KidneyL};
    const std::vector<float> ppt = ThresholdTable::defaults().perVertexPptKPa(skin);
    const std::vector<float> pct = percentOfThreshold({225.0f, 250.0f, 30.0f}, ppt);
    REQUIRE(pct.size() == 3);
    CHECK(pct[0] == Approx(50.0f));
    CHECK(pct[1] == Approx(100.0f));
    CHECK(pct[2] == Approx(10.0f));
    CHECK(percentOfThreshold({1.0f, 2.0f}, {}).at(1) == 0.0f);
}

TEST_CASE("The shipped thresholds file equals the built-in defaults", "[thresholds]") {
    Problems problems;
    ThresholdTable empty;
    const auto table = loadThresholdsFile(std::string(BACKRUB_SOURCE_DIR) + "/assets/thresholds.json", empty, problems);
    INFO(formatProblems(problems));
    REQUIRE(table.has_value());
    const ThresholdTable d = ThresholdTable::defaults();
    for (int i = 1; i < kRegionCount; ++i) {
        const auto r = static_cast<Region>(i);
        INFO(regionId(r));
        CHECK(table->get(r).pptKPa == d.get(r).pptKPa);
        CHECK(table->get(r).safeLimitKPa == d.get(r).safeLimitKPa);
        CHECK(table->get(r).source == d.get(r).source);
    }
}

TEST_CASE("A thresholds file overrides only the regions it names", "[thresholds]") {
    Problems problems;
    const auto table = parseThresholds(
        kHead + R"("regions": {"lumbar": {"pptKPa": 520, "source": "our clinic"}, "spine_line": {"pptKPa": 480, "safeLimitKPa": 90, "source": "x"}}})",
        "t.json", ThresholdTable::defaults(), problems);
    REQUIRE(table.has_value());
    CHECK(table->get(Region::Lumbar).pptKPa == 520.0f);
    CHECK(table->get(Region::Lumbar).source == "our clinic");
    CHECK(table->get(Region::SpineLine).safeLimitKPa == 90.0f);
    CHECK(table->get(Region::NeckBase).pptKPa == ThresholdTable::defaults().get(Region::NeckBase).pptKPa);
}

TEST_CASE("Malformed thresholds files give FILE: /pointer: message", "[thresholds]") {
    CHECK_THAT(problemsOf(kHead + R"("regions": {"lumbar": {"pptKPa": -3, "source": "x"}}})"),
               Catch::StartsWith("t.json: /regions/lumbar/pptKPa: "));
    CHECK_THAT(problemsOf(kHead + R"("regions": {"lumbar": {"pptKPa": "high", "source": "x"}}})"),
               Catch::StartsWith("t.json: /regions/lumbar/pptKPa: ") && Catch::Contains("number"));
    CHECK_THAT(problemsOf(kHead + R"("regions": {"lumbr": {"pptKPa": 400, "source": "x"}}})"),
               Catch::StartsWith("t.json: /regions/lumbr: unknown region") && Catch::Contains("lumbar"));
    CHECK_THAT(problemsOf(kHead + R"("regions": {"lumbar": {"pptKPa": 400}}})"),
               Catch::StartsWith("t.json: /regions/lumbar") && Catch::Contains("source"));
    CHECK_THAT(problemsOf(kHead + R"("regions": {"lumbar": {"pptKPa": 400, "source": "x", "colour": 1}}})"),
               Catch::Contains("/regions/lumbar") && Catch::Contains("colour"));
    CHECK_THAT(problemsOf(kHead + R"("regions": {"lumbar": {"pptKPa": 400, "pptKPa": 500, "source": "x"}}})"),
               Catch::StartsWith("t.json: /regions/lumbar") && Catch::Contains("duplicate"));
    CHECK_THAT(problemsOf(R"({"format": "other", "version": 1, "regions": {}})"),
               Catch::StartsWith("t.json: /format: "));
    CHECK_THAT(problemsOf(R"({"format": "backrub-thresholds", "version": 2, "regions": {}})"),
               Catch::StartsWith("t.json: /version: "));
    CHECK_THAT(problemsOf(kHead + R"("regions": [1]})"), Catch::StartsWith("t.json: /regions: "));
    CHECK_THAT(problemsOf(kHead + R"("regions": {)"), Catch::StartsWith("t.json: "));
    CHECK_THAT(problemsOf(std::string(10000, '[') + std::string(10000, ']')), Catch::StartsWith("t.json: "));
    CHECK_THAT(problemsOf("[]"), Catch::StartsWith("t.json: /: "));
}

TEST_CASE("A missing thresholds file is a problem, not a crash", "[thresholds]") {
    Problems problems;
    CHECK_FALSE(loadThresholdsFile("/nonexistent/thresholds.json", ThresholdTable::defaults(), problems).has_value());
    REQUIRE(problems.size() == 1);
    CHECK_THAT(problems[0].str(), Catch::StartsWith("/nonexistent/thresholds.json: "));
}
