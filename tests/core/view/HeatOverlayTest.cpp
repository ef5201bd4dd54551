#include "core/view/HeatOverlay.h"

#include <catch2/catch.hpp>

using namespace backrub;

TEST_CASE("Heat overlay: unloaded skin keeps its colour, load fades in to the map", "[view]") {
    const Legend legend = makeLegend(HeatQuantity::LivePressure, 100.0f, ColorMapId::Inferno);
    const auto colors = heatOverlayColors({0.0f, -1.0f, 1.0f, 15.0f, 45.0f, 100.0f, 1000.0f}, legend);
    CHECK(colors[0].a == 0.0f);
    CHECK(colors[1].a == 0.0f);
    CHECK(colors[2].a > 0.0f);
    CHECK(colors[2].a < colors[3].a);  // monotonic fade-in over the first 45 % (soft spot edges)
    CHECK(colors[3].a < colors[4].a);
    CHECK(colors[4].a == Approx(0.92f));
    CHECK(colors[5].a == Approx(0.92f));
    CHECK(colors[6] == colors[5]);  // clamped at the top of the scale
}

TEST_CASE("sRGB decoding: black and white stay, mid grey is darker in linear light", "[view]") {
    CHECK(srgbToLinear(0.0f) == 0.0f);
    CHECK(srgbToLinear(1.0f) == Approx(1.0f));
    CHECK(srgbToLinear(0.5f) == Approx(0.2140f).margin(1e-4));  // IEC 61966-2-1
    CHECK(srgbToLinear(0.04f) == Approx(0.04f / 12.92f));       // linear toe
}
