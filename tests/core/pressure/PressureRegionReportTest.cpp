#include "PressureTestSkin.h"
#include "core/pressure/RegionReport.h"
#include "core/pressure/ReportFormat.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cmath>

using namespace backrub;
using backrub::test::contactOnTestSkin;
using backrub::test::makePressureTestSkin;

namespace {

// Mirrored hands: thumbs circling on the paraspinals, palms on the flanks, heels on the glutes,
// finger pads on the kidney zones.
std::vector<Contact> symmetricLoad(double t) {
    const float a = static_cast<float>(2.0 * 3.14159265358979 * 2.2 * t);
    const float c = 0.01f * std::cos(a), s = 0.01f * std::sin(a);
    const float f = 10.0f + 4.0f * std::sin(static_cast<float>(t));
    std::vector<Contact> out;
    for (float side : {1.0f, -1.0f}) {
        out.push_back(contactOnTestSkin(side * (0.03f + c), 0.22f + s, f));
        out.push_back(contactOnTestSkin(side * 0.14f, 0.35f + s, 2.0f * f, ContactKind::Palm));
        out.push_back(contactOnTestSkin(side * (0.09f + c), 0.08f, 3.0f * f, ContactKind::HeelOfHand));
        out.push_back(contactOnTestSkin(side * 0.07f, 0.35f + c, 0.5f * f, ContactKind::FingerPads));
    }
    return out;
}

std::vector<Contact> steadyPalm(double) { return {contactOnTestSkin(0.06f, 0.2f, 30.0f, ContactKind::Palm)}; }

void checkClose(double left, double right, double tolerance) {
    CHECK(left > 0.0);
    CHECK(std::fabs(left - right) <= tolerance * std::max(left, right));
}

}  // namespace

TEST_CASE("A symmetric load gives left and right region doses within 2 %", "[pressure]") {
    const Body body = makePressureTestSkin();
    const RegionReport r = computeRegionReport(body, symmetricLoad, 3.0, ThresholdTable::defaults());
    for (Region left : {Region::ParaspinalL, Region::FlankL, Region::GlutealL, Region::KidneyL}) {
        INFO(regionId(left));
        const RegionFigures* l = r.find(left);
        const RegionFigures* rt = r.find(mirrorRegion(left));
        REQUIRE(l != nullptr);
        REQUIRE(rt != nullptr);
        checkClose(l->doseKPaS, rt->doseKPaS, 0.02);
        checkClose(l->impulseNs, rt->impulseNs, 0.02);
        checkClose(l->peakKPa, rt->peakKPa, 0.02);
        checkClose(l->contactS, rt->contactS, 0.02);
    }
}

TEST_CASE("Region figures add up: impulse equals force x time, shares sum to 1", "[pressure]") {
    const Body body = makePressureTestSkin();
    const RegionReport r = computeRegionReport(body, steadyPalm, 2.0, ThresholdTable::defaults());
    CHECK(r.totalImpulseNs == Approx(60.0).epsilon(0.03));
    double baseShare = 0.0;
    for (const RegionFigures& f : r.regions)
        if (!isOverlayRegion(f.region)) baseShare += f.doseShare;
    CHECK(baseShare == Approx(1.0).epsilon(1e-6));
    const RegionFigures* lumbar = r.find(Region::Lumbar);
    REQUIRE(lumbar != nullptr);
    CHECK(lumbar->contactS == Approx(2.0));
    CHECK(lumbar->meanLoadedKPa > 0.0f);
    CHECK(lumbar->meanLoadedKPa < lumbar->peakKPa);
    CHECK(lumbar->peakPercentOfPpt == Approx(100.0f * lumbar->peakKPa / lumbar->pptKPa));
    // Constant pressure: the most-loaded vertex's dose is its peak times the duration.
    CHECK(lumbar->doseKPaS == Approx(lumbar->peakKPa * 2.0f).epsilon(1e-4));
    CHECK(r.find(Region::UpperBack)->contactS == 0.0);
    CHECK(r.find(Region::UpperBack)->doseShare == 0.0);
}

TEST_CASE("A report of nothing is empty, not broken", "[pressure]") {
    const Body body = makePressureTestSkin(20, 20);
    const RegionReport r = computeRegionReport(body, steadyPalm, std::nan(""), ThresholdTable::defaults());
    CHECK(r.durationS == 0.0);
    CHECK(r.totalImpulseNs == 0.0);
    CHECK(r.regions.size() == static_cast<std::size_t>(kRegionCount - 1));
    CHECK(r.warnings.empty());
}

TEST_CASE("Report formats: text table and JSON", "[pressure]") {
    const Body body = makePressureTestSkin(60, 60);
    auto source = [](double t) {
        std::vector<Contact> c = steadyPalm(t);
        if (t >= 0.5 && t < 1.0) c.push_back(contactOnTestSkin(0.0f, 0.22f, 25.0f));  // thumb on the spine
        return c;
    };
    RegionReport r = computeRegionReport(body, source, 1.5, ThresholdTable::defaults());
    r.technique = "test_technique";
    r.pressure = "firm";
    const std::string text = formatReportText(r);
    CHECK_THAT(text, Catch::StartsWith("Technique test_technique, firm pressure: 1.5 s"));
    CHECK_THAT(text, Catch::Contains("Lumbar") && Catch::Contains("Warnings (") && Catch::Contains("Spine line near L3"));
    CHECK_THAT(text, !Catch::Contains("Upper back"));
    CHECK_THAT(formatReportText(r, true), Catch::Contains("Upper back"));

    const nlohmann::json j = nlohmann::json::parse(formatReportJson(r));
    CHECK(j.at("format") == "backrub-report");
    CHECK(j.at("version") == 1);
    CHECK(j.at("technique") == "test_technique");
    CHECK(j.at("regions").size() == static_cast<std::size_t>(kRegionCount - 1));
    const nlohmann::json& lumbar = j.at("regions").at(static_cast<std::size_t>(Region::Lumbar) - 1);
    CHECK(lumbar.at("id") == "lumbar");
    for (const char* key : {"name", "overlay", "peakKPa", "pptKPa", "peakPercentOfPpt", "meanLoadedKPa", "doseKPaS",
                            "impulseNs", "contactS", "doseShare"})
        CHECK(lumbar.contains(key));
    REQUIRE_FALSE(j.at("warnings").empty());
    const nlohmann::json& w = j.at("warnings").at(0);
    CHECK(w.at("kind") == "care_zone");
    CHECK(w.at("region") == "spine_line");
    CHECK(w.at("landmark") == "L3");
    CHECK(w.at("position").size() == 3);
}
