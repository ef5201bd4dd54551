#include "core/session/HandoutLayout.h"
#include "core/session/PaperSize.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace backrub;

TEST_CASE("Handout blocks that fit share a page with gaps between them", "[handout]") {
    const HandoutFlow flow = flowHandout({{100.0}, {200.0}, {150.0}}, 700.0, 20.0);
    REQUIRE(flow.places.size() == 3);
    CHECK(flow.pageCount == 1);
    CHECK(flow.places[0].topPt == 0.0);
    CHECK(flow.places[1].topPt == 120.0);
    CHECK(flow.places[2].topPt == 340.0);
    for (const BlockPlace& p : flow.places) CHECK_FALSE(p.tooTall);
}

TEST_CASE("Handout block that does not fit moves whole to the next page", "[handout]") {
    // 300 + 20 + 300 = 620 fits in 700; the third would end at 940.
    const HandoutFlow flow = flowHandout({{300.0}, {300.0}, {300.0}, {50.0}}, 700.0, 20.0);
    CHECK(flow.pageCount == 2);
    CHECK(flow.places[1].page == 0);
    CHECK(flow.places[2].page == 1);
    CHECK(flow.places[2].topPt == 0.0);  // no gap at the top of a page
    CHECK(flow.places[3].page == 1);
    CHECK(flow.places[3].topPt == 320.0);
}

TEST_CASE("Handout block that ends exactly at the page bottom stays", "[handout]") {
    const HandoutFlow flow = flowHandout({{340.0}, {340.0}}, 700.0, 20.0);
    CHECK(flow.pageCount == 1);
    CHECK(flow.places[1].topPt == 360.0);
}

TEST_CASE("Handout closing block starts a page even when it would fit", "[handout]") {
    const HandoutFlow flow = flowHandout({{100.0}, {100.0, true}}, 700.0, 20.0);
    CHECK(flow.pageCount == 2);
    CHECK(flow.places[1].page == 1);
    CHECK(flow.places[1].topPt == 0.0);
}

TEST_CASE("Handout new page block first in the document does not leave a blank page", "[handout]") {
    const HandoutFlow flow = flowHandout({{100.0, true}}, 700.0, 20.0);
    CHECK(flow.pageCount == 1);
    CHECK(flow.places[0].page == 0);
}

TEST_CASE("Handout block taller than a page gets a page of its own and is marked", "[handout]") {
    const HandoutFlow flow = flowHandout({{100.0}, {900.0}, {100.0}}, 700.0, 20.0);
    CHECK(flow.pageCount == 3);
    CHECK(flow.places[1].page == 1);
    CHECK(flow.places[1].tooTall);
    CHECK(flow.places[2].page == 2);
    CHECK_FALSE(flow.places[2].tooTall);
}

TEST_CASE("Handout flow of nothing is one page and bad heights count as zero", "[handout]") {
    CHECK(flowHandout({}, 700.0, 20.0).pageCount == 1);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const HandoutFlow flow = flowHandout({{nan}, {-5.0}, {100.0}}, 700.0, nan);
    CHECK(flow.pageCount == 1);
    CHECK(flow.places[2].topPt == 0.0);
}

TEST_CASE("Handout page count grows with the number of equal steps", "[handout]") {
    // The title block, n step blocks of 250 pt (two per 700 pt page after the first), the closing page.
    for (int n = 1; n <= 12; ++n) {
        std::vector<HandoutBlock> blocks{{150.0}};
        for (int i = 0; i < n; ++i) blocks.push_back({250.0});
        blocks.push_back({400.0, true});
        const HandoutFlow flow = flowHandout(blocks, 700.0, 18.0);
        const int stepPages = 1 + (n >= 2 ? (n - 2 + 1) / 2 : 0);  // 2 steps under the title, then 2 a page
        CHECK(flow.pageCount == stepPages + 1);
    }
}

TEST_CASE("Paper sizes are A4 and US Letter in points", "[handout]") {
    CHECK(paperRow(Paper::A4).widthPt == 595.0);
    CHECK(paperRow(Paper::A4).heightPt == 842.0);
    CHECK(paperRow(Paper::Letter).widthPt == 612.0);
    CHECK(paperRow(Paper::Letter).heightPt == 792.0);
    CHECK(parsePaper("letter") == Paper::Letter);
    CHECK_FALSE(parsePaper("A5"));
}
