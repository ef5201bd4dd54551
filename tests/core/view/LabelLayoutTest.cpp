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

TEST_CASE("label layout: a crowded column never overlaps, keeps the first label and drops what cannot fit", "[labels]") {
    // Seven neck vertebrae 6 px apart with 14 px text: they cannot all be labelled.
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
        // A shown label stays within two text heights of its point.
        if (placed[i].shown)
            CHECK(std::abs(placed[i].topLeft.y + 0.5f * labels[i].size.y - labels[i].anchor.y) <= 2.0f * 15.0f + 1e-3f);
    }
    CHECK(shown >= 3);
    CHECK(dropped >= 1);
}

TEST_CASE("label layout: empty text is not placed and the result is deterministic", "[labels]") {
    const std::vector<LabelRequest> labels{{{10.0f, 10.0f}, {0.0f, 14.0f}}, {{10.0f, 10.0f}, {30.0f, 14.0f}}};
    const auto a = layoutLabels(labels, 0.0f), b = layoutLabels(labels, 0.0f);
    CHECK(!a[0].shown);
    CHECK(a[1].shown);
    CHECK(a[1].topLeft == b[1].topLeft);
}
