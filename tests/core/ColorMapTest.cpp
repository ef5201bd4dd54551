#include "core/ColorMap.h"

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
