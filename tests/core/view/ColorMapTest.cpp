#include "core/view/ColorMap.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace backrub;

namespace {

float relativeLuminance(glm::vec3 srgb) {
    auto lin = [](float c) { return c <= 0.04045f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f); };
    return 0.2126f * lin(srgb.r) + 0.7152f * lin(srgb.g) + 0.0722f * lin(srgb.b);
}

glm::ivec3 rgb8(glm::vec3 c) { return glm::ivec3(glm::round(c * 255.0f)); }

}  // namespace

TEST_CASE("Colour maps start and end at their published colours", "[colormap]") {
    CHECK(rgb8(sampleColorMap(ColorMapId::Viridis, 0.0f)) == glm::ivec3(0x44, 0x01, 0x54));
    CHECK(rgb8(sampleColorMap(ColorMapId::Viridis, 1.0f)) == glm::ivec3(0xfd, 0xe7, 0x25));
    CHECK(rgb8(sampleColorMap(ColorMapId::Inferno, 0.0f)) == glm::ivec3(0x00, 0x00, 0x04));
    CHECK(rgb8(sampleColorMap(ColorMapId::Inferno, 1.0f)) == glm::ivec3(0xfc, 0xff, 0xa4));
    CHECK(rgb8(sampleColorMap(ColorMapId::Cividis, 0.0f)) == glm::ivec3(0x00, 0x22, 0x4e));
    CHECK(rgb8(sampleColorMap(ColorMapId::Cividis, 1.0f)) == glm::ivec3(0xfe, 0xe8, 0x38));
    // Out of range and NaN clamp to the ends.
    CHECK(sampleColorMap(ColorMapId::Viridis, -2.0f) == sampleColorMap(ColorMapId::Viridis, 0.0f));
    CHECK(sampleColorMap(ColorMapId::Viridis, 7.0f) == sampleColorMap(ColorMapId::Viridis, 1.0f));
    CHECK(sampleColorMap(ColorMapId::Viridis, std::nanf("")) == sampleColorMap(ColorMapId::Viridis, 0.0f));
}

TEST_CASE("Colour maps grow lighter all the way (readable in grey and by colour-blind users)", "[colormap]") {
    for (int m = 0; m < kColorMapCount; ++m) {
        const auto id = static_cast<ColorMapId>(m);
        INFO(colorMapName(id));
        float previous = -1.0f;
        for (int i = 0; i <= 255; ++i) {
            const float y = relativeLuminance(sampleColorMap(id, static_cast<float>(i) / 255.0f));
            CHECK(y >= previous - 1e-4f);
            previous = y;
        }
        CHECK(colorMapFromName(colorMapName(id)) == id);
    }
    CHECK_FALSE(colorMapFromName("jet").has_value());
}

TEST_CASE("Colour map textures are RGBA8 with opaque alpha", "[colormap]") {
    const auto tex = colorMapRgba8(ColorMapId::Inferno, 64);
    REQUIRE(tex.size() == 64 * 4);
    CHECK(tex[3] == 255);
    CHECK(tex[0] == 0);
    CHECK(tex[63 * 4 + 0] == 0xfc);
    CHECK(colorMapRgba8(ColorMapId::Viridis, 0).size() == 8);
}

TEST_CASE("Legends round the range up to 1-2-5 ticks", "[colormap]") {
    const Legend l = makeLegend(HeatQuantity::LivePressure, 180.0f);
    CHECK(l.unit == "kPa");
    CHECK(l.minValue == 0.0f);
    CHECK(l.maxValue == 200.0f);
    REQUIRE(l.ticks.size() == 5);
    CHECK(l.ticks[1] == 50.0f);
    CHECK(l.labels[4] == "200");
    CHECK(l.normalized(100.0f) == Approx(0.5f));
    CHECK(l.normalized(1e9f) == 1.0f);

    const Legend p = makeLegend(HeatQuantity::PercentOfThreshold, 0.0f, ColorMapId::Cividis);
    CHECK(p.unit == "%");
    CHECK(p.maxValue == 150.0f);
    CHECK(p.map == ColorMapId::Cividis);

    const Legend d = makeLegend(HeatQuantity::Dose, 3.2f);
    CHECK(d.unit == "kPa*s");
    CHECK(d.maxValue >= 3.2f);
    CHECK(d.ticks.back() == d.maxValue);
    CHECK(d.labels[1] == "1");
    const Legend small = makeLegend(HeatQuantity::Dose, 0.9f);
    CHECK(small.maxValue == 1.0f);
    CHECK(small.labels[1] == "0.25");
}

TEST_CASE("Logarithmic legends span two decades below a 1-2-5 top, ticked 1-2-5", "[colormap]") {
    const Legend l = makeLogLegend(HeatQuantity::LivePressure, 67.0f, ColorMapId::Inferno);
    CHECK(l.logarithmic);
    CHECK(l.unit == "kPa");
    CHECK(l.maxValue == Approx(100.0f));
    CHECK(l.minValue == Approx(1.0f));
    const std::vector<std::string> labels{"1", "2", "5", "10", "20", "50", "100"};
    CHECK(l.labels == labels);
    REQUIRE(l.ticks.size() == labels.size());
    // Each decade takes the same length of the bar; the ends sit at 0 and 1.
    CHECK(l.normalized(1.0f) == 0.0f);
    CHECK(l.normalized(10.0f) == Approx(0.5f));
    CHECK(l.normalized(100.0f) == Approx(1.0f));
    CHECK(l.normalized(0.5f) == 0.0f);    // below the scale: the bottom colour
    CHECK(l.normalized(1e9f) == 1.0f);
    CHECK(l.normalized(std::nanf("")) == 0.0f);
    // Monotonic: more pressure is never a lower colour.
    float previous = 0.0f;
    for (float v = 0.5f; v < 150.0f; v *= 1.1f) {
        CHECK(l.normalized(v) >= previous);
        previous = l.normalized(v);
    }
    // A palm (7 kPa) on a thumb's scale still reaches 40 % of the bar (7 % on a linear one).
    CHECK(l.normalized(7.0f) > 0.4f);
    CHECK(makeLegend(HeatQuantity::LivePressure, 67.0f).normalized(7.0f) < 0.1f);

    const Legend small = makeLogLegend(HeatQuantity::LivePressure, 1.5f);
    CHECK(small.maxValue == Approx(2.0f));
    CHECK(small.labels.front() == "0.02");
    CHECK(small.labels.back() == "2");
    const Legend fallback = makeLogLegend(HeatQuantity::LivePressure, -1.0f, ColorMapId::Viridis, 10.0f);
    CHECK(fallback.maxValue == Approx(200.0f));            // the usual 200 kPa
    CHECK(fallback.minValue == Approx(200.0f / 10000.0f));  // decades clamped to 4
}
