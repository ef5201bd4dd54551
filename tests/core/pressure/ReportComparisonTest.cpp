// `backrub report` with two techniques or two pressure levels: both sides' figures and B - A.
#include "core/pressure/ReportComparison.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace backrub;

namespace {

RegionFigures figures(Region region, float peakKPa, float doseKPaS, double share) {
    RegionFigures f;
    f.region = region;
    f.peakKPa = peakKPa;
    f.doseKPaS = doseKPaS;
    f.doseShare = share;
    f.contactS = peakKPa > 0.0f ? 1.0 : 0.0;
    return f;
}

RegionReport report(const std::string& technique, const std::string& pressure, std::vector<RegionFigures> regions) {
    RegionReport r;
    r.technique = technique;
    r.pressure = pressure;
    r.durationS = 30.0;
    r.regions = std::move(regions);
    return r;
}

}  // namespace

TEST_CASE("A comparison pairs each region of either report, in A's order", "[report][compare]") {
    const RegionReport a = report("spine-line", "moderate", {figures(Region::Lumbar, 40.0f, 100.0f, 0.6), figures(Region::Sacral, 0.0f, 0.0f, 0.0)});
    const RegionReport b = report("spine-line", "firm", {figures(Region::Sacral, 20.0f, 30.0f, 0.2), figures(Region::Lumbar, 60.0f, 150.0f, 0.8)});
    const std::vector<RegionPair> pairs = pairRegions(a, b);
    REQUIRE(pairs.size() == 2);
    CHECK(pairs[0].region == Region::Lumbar);
    CHECK(pairs[0].a->peakKPa == 40.0f);
    CHECK(pairs[0].b->peakKPa == 60.0f);
    CHECK(pairs[1].region == Region::Sacral);  // no contact in A, some in B: listed
    // A region only one report has still pairs, with nothing on the other side.
    const RegionReport onlyB = report("x", "gentle", {figures(Region::UpperBack, 5.0f, 1.0f, 1.0)});
    const std::vector<RegionPair> one = pairRegions(a, onlyB);
    REQUIRE(one.size() == 2);
    CHECK(one[1].region == Region::UpperBack);
    CHECK(one[1].a == nullptr);
    // Regions without contact on either side are left out unless all are asked for.
    CHECK(pairRegions(a, a, false).size() == 1);
    CHECK(pairRegions(a, a, true).size() == 2);
}

TEST_CASE("The comparison text names both sides and prints B - A", "[report][compare]") {
    const RegionReport a = report("spine-line", "moderate", {figures(Region::Lumbar, 40.0f, 100.0f, 0.6)});
    const RegionReport b = report("thumb-circles-lumbar", "moderate", {figures(Region::Lumbar, 62.5f, 80.0f, 0.25)});
    const std::string text = formatComparisonText(a, b);
    CHECK(text.find("A: spine-line, moderate pressure") != std::string::npos);
    CHECK(text.find("B: thumb-circles-lumbar, moderate pressure") != std::string::npos);
    // Lumbar: peak 40.0 62.5 +22.5; dose 100.0 80.0 -20.0; share 60.0 25.0 -35.0.
    CHECK(text.find("40.0    62.5   +22.5") != std::string::npos);
    CHECK(text.find("100.0    80.0   -20.0") != std::string::npos);
    CHECK(text.find("60.0    25.0   -35.0") != std::string::npos);
    CHECK(text.find("A: no warnings.") != std::string::npos);
}

TEST_CASE("The comparison JSON holds both reports and the differences", "[report][compare]") {
    RegionReport a = report("spine-line", "moderate", {figures(Region::Lumbar, 40.0f, 100.0f, 0.6)});
    RegionReport b = report("spine-line", "firm", {figures(Region::Lumbar, 55.0f, 130.5f, 0.7)});
    SafetyWarning w;
    w.region = Region::Lumbar;
    b.warnings.push_back(w);
    const nlohmann::json j = nlohmann::json::parse(formatComparisonJson(a, b));
    CHECK(j["format"] == "backrub-report-comparison");
    CHECK(j["version"] == 1);
    CHECK(j["a"]["pressure"] == "moderate");
    CHECK(j["b"]["pressure"] == "firm");
    REQUIRE(j["differences"].size() == 1);
    const nlohmann::json& d = j["differences"][0];
    CHECK(d["id"] == "lumbar");
    CHECK(d["peakKPa"].get<double>() == Approx(15.0));
    CHECK(d["doseKPaS"].get<double>() == Approx(30.5));
    CHECK(d["doseSharePercent"].get<double>() == Approx(10.0));
    CHECK(d["warningsA"] == 0);
    CHECK(d["warningsB"] == 1);
    // Comparing a report with itself: nothing changes.
    const nlohmann::json same = nlohmann::json::parse(formatComparisonJson(a, a));
    for (const nlohmann::json& e : same["differences"]) {
        CHECK(e["peakKPa"].get<double>() == 0.0);
        CHECK(e["doseKPaS"].get<double>() == 0.0);
    }
}
