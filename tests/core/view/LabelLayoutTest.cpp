#include "core/view/LabelLayout.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace backrub;

namespace {

bool overlap(const PlacedLabel& a, const LabelRequest& ra, const PlacedLabel& b, const LabelRequest& rb) {
    return a.topLeft.x < b.topLeft.x + rb.size.x && b.topLeft.x < a.topLeft.x + ra.size.x &&
           a.topLeft.y < b.topLeft.y + rb.size.y && b.topLeft.y < a.topLeft.y + ra.size.y;
}

}  // namespace

TEST_CASE("label layout: labels read outward from the centre line, level with their points", "[labels]") {
    const std::vector<LabelRequest> labels{{{100.0f, 200.0f}, {80.0f, 14.0f}}, {{300.0f, 200.0f}, {80.0f, 14.0f}}};
    const auto placed = layoutLabels(labels, 200.0f, 6.0f);
    REQUIRE(placed.size() == 2);
    CHECK(placed[0].shown);
    CHECK(placed[1].shown);
    CHECK(placed[0].topLeft == glm::vec2(100.0f - 6.0f - 80.0f, 193.0f));  // left of its point, ending before it
    CHECK(placed[1].topLeft == glm::vec2(306.0f, 193.0f));               // right of its point
    CHECK(!placed[0].shifted);
    CHECK(!placed[1].shifted);
}

TEST_CASE("label layout: a crowded column never overlaps and labels every level where there is room", "[labels]") {
    // Seven neck vertebrae 6 px apart with 14 px text: shifted up and down and to the
    // other side of their points, all of them find room.
    std::vector<LabelRequest> labels;
    for (int i = 0; i < 7; ++i) labels.push_back({{200.0f, 100.0f + 6.0f * float(i)}, {24.0f, 14.0f}});
    // A label on the other side of the centre line competes with nothing.
    labels.push_back({{150.0f, 110.0f}, {60.0f, 14.0f}});
    const auto placed = layoutLabels(labels, 200.0f);
    CHECK(placed[0].shown);
    CHECK(!placed[0].shifted);
    CHECK(placed.back().shown);
    int shown = 0, dropped = 0;
    for (std::size_t i = 0; i < placed.size(); ++i) {
        shown += placed[i].shown;
        dropped += !placed[i].shown;
        for (std::size_t j = 0; j < i; ++j)
            if (placed[i].shown && placed[j].shown) CHECK_FALSE(overlap(placed[i], labels[i], placed[j], labels[j]));
        // A shown label stays within four text heights of its point.
        if (placed[i].shown)
            CHECK(std::abs(placed[i].topLeft.y + 0.5f * labels[i].size.y - labels[i].anchor.y) <= 4.0f * 15.0f + 1e-3f);
    }
    CHECK(shown == 8);
    CHECK(dropped == 0);
    // Forty points 2 px apart cannot all be named: what cannot fit is left out, without overlaps.
    std::vector<LabelRequest> dense;
    for (int i = 0; i < 40; ++i) dense.push_back({{200.0f, 100.0f + 2.0f * float(i)}, {24.0f, 14.0f}});
    const auto crowded = layoutLabels(dense, 200.0f);
    int denseShown = 0;
    for (std::size_t i = 0; i < crowded.size(); ++i) {
        denseShown += crowded[i].shown;
        for (std::size_t j = 0; j < i; ++j)
            if (crowded[i].shown && crowded[j].shown) CHECK_FALSE(overlap(crowded[i], dense[i], crowded[j], dense[j]));
    }
    CHECK(denseShown > 10);
    CHECK(denseShown < 40);
}

TEST_CASE("label layout: never under a panel nor past the screen's edge", "[labels]") {
    // A point right of the centre whose outward side is covered by a panel reads to its left;
    // one at the screen's left edge reads to its right.
    LabelSpace space;
    space.bounds = {{0.0f, 0.0f}, {800.0f, 600.0f}};
    space.blocked.push_back({{300.0f, 0.0f}, {500.0f, 600.0f}});
    const std::vector<LabelRequest> labels{{{295.0f, 200.0f}, {60.0f, 14.0f}}, {{10.0f, 300.0f}, {60.0f, 14.0f}}};
    const auto placed = layoutLabels(labels, 200.0f, 6.0f, space);
    REQUIRE(placed[0].shown);
    CHECK(placed[0].topLeft.x + labels[0].size.x <= 300.0f);
    REQUIRE(placed[1].shown);
    CHECK(placed[1].topLeft.x >= 10.0f);
    // A point inside the panel with no room beside it is left out.
    const auto hidden = layoutLabels({{{400.0f, 300.0f}, {60.0f, 14.0f}}}, 200.0f, 6.0f, space);
    CHECK_FALSE(hidden[0].shown);
}

TEST_CASE("label layout: empty text is not placed and the result is deterministic", "[labels]") {
    const std::vector<LabelRequest> labels{{{10.0f, 10.0f}, {0.0f, 14.0f}}, {{10.0f, 10.0f}, {30.0f, 14.0f}}};
    const auto a = layoutLabels(labels, 0.0f), b = layoutLabels(labels, 0.0f);
    CHECK(!a[0].shown);
    CHECK(a[1].shown);
    CHECK(a[1].topLeft == b[1].topLeft);
}
