#include "core/view/UiScale.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace backrub;

TEST_CASE("UI scale: 1 at the usual sizes, larger on 4K and high-dpi screens, in quarter steps", "[view]") {
    CHECK(uiScaleFor(720, 96.0f) == 1.0f);
    CHECK(uiScaleFor(1080, 96.0f) == 1.25f);  // 1.2 rounded to a quarter
    CHECK(uiScaleFor(2160, 0.0f) == 2.5f);    // 4K, dpi unknown: 2.4 -> 2.5
    CHECK(uiScaleFor(800, 192.0f) == 2.0f);   // a high-dpi laptop
    CHECK(uiScaleFor(10000, 96.0f) == 3.0f);  // capped
    CHECK(uiScaleFor(0, std::nanf("")) == 1.0f);
    CHECK(uiScaleFor(-5, -1.0f) == 1.0f);
    // Never smaller for a taller window.
    float last = 0.0f;
    for (int h = 100; h < 5000; h += 10) {
        CHECK(uiScaleFor(h, 96.0f) >= last);
        last = uiScaleFor(h, 96.0f);
    }
}
