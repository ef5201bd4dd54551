#include "core/pressure/ReportCsv.h"

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

using namespace backrub;

namespace {

std::vector<std::vector<std::string>> parseCsv(const std::string& text) {
    std::vector<std::vector<std::string>> rows;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        std::vector<std::string> cells;
        std::istringstream fields(line);
        for (std::string cell; std::getline(fields, cell, ',');) cells.push_back(cell);
        rows.push_back(cells);
    }
    return rows;
}

}  // namespace

TEST_CASE("Region figures as CSV: a header with units, one row per region, numbers that read back", "[report]") {
    RegionReport report;
    RegionFigures lumbar;
    lumbar.region = Region::Lumbar;
    lumbar.peakKPa = 123.456f;
    lumbar.pptKPa = 450.0f;
    lumbar.peakPercentOfPpt = 27.4347f;
    lumbar.doseKPaS = 1500.25f;
    lumbar.impulseNs = 12.5;
    lumbar.contactS = 31.25;
    lumbar.doseShare = 0.75;
    RegionFigures sacral;
    sacral.region = Region::Sacral;
    report.regions = {lumbar, sacral};
    const auto rows = parseCsv(regionFiguresCsv(report));
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].front() == "region");
    CHECK(rows[0][1] == "peak_kPa");
    for (const auto& row : rows) CHECK(row.size() == 9);
    CHECK(rows[1][0] == regionId(Region::Lumbar));
    CHECK(std::stod(rows[1][1]) == Approx(123.456));
    CHECK(std::stod(rows[1][5]) == Approx(1500.25));
    CHECK(std::stod(rows[1][8]) == Approx(0.75));
    CHECK(rows[2][0] == regionId(Region::Sacral));
    CHECK(std::stod(rows[2][1]) == 0.0);
}

TEST_CASE("Region timeline as CSV: time in seconds and a column per loaded region", "[report]") {
    RegionTimeline timeline;
    timeline.sampleHz = 20.0;
    timeline.peakKPa[static_cast<std::size_t>(Region::Lumbar)] = {0.0f, 5.0f, 12.5f, 0.0f};
    timeline.peakKPa[static_cast<std::size_t>(Region::SpineLine)] = {0.0f, 0.0f, 0.0f, 0.0f};  // never loaded: no column
    timeline.peakKPa[static_cast<std::size_t>(Region::GlutealL)] = {1.0f, 0.0f, 0.0f, 0.0f};
    const auto rows = parseCsv(regionTimelineCsv(timeline));
    REQUIRE(rows.size() == 5);
    CHECK(rows[0] == std::vector<std::string>{"time_s", regionId(Region::Lumbar), regionId(Region::GlutealL)});
    CHECK(std::stod(rows[3][0]) == Approx(0.1));  // sample 2 at 20 Hz
    CHECK(std::stod(rows[3][1]) == Approx(12.5));
    CHECK(std::stod(rows[1][2]) == Approx(1.0));
}
