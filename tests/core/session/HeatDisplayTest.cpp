// The heat scales tell the truth across techniques: what a student compares
// between two techniques must be what the skin feels.
#include "core/session/HeatDisplay.h"
#include "core/technique/TechniqueLibrary.h"
#include "core/view/HeatOverlay.h"

#include "ShippedOnSynthetic.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace backrub;
using test::maxOf;
using Fixture = test::ShippedOnSynthetic;

namespace {

// The highest position on the legend any vertex reaches while the technique plays.
float highestOnScale(TechniqueSession& s, LiveScale scale) {
    float highest = 0.0f;
    for (double t = 0.0; t <= s.duration(); t += 0.25) {
        s.update(t);
        const Legend legend = heatLegend(s, HeatMode::Live, ColorMapId::Inferno, scale);
        for (float v : heatValues(s, HeatMode::Live)) highest = std::max(highest, legend.normalized(v));
    }
    return highest;
}


}  // namespace

TEST_CASE("Heat: on the shared scale a resting palm reads far below a firm thumb", "[session][heat]") {
    Fixture f;
    TechniqueSession palm(f.technique("hand-placement"), f.body, ThresholdTable::defaults(), PressureLevel::Moderate);
    TechniqueSession thumb(f.technique("thumb-circles-lumbar"), f.body, ThresholdTable::defaults(), PressureLevel::Firm);
    const Legend a = heatLegend(palm, HeatMode::Live, ColorMapId::Inferno);
    const Legend b = heatLegend(thumb, HeatMode::Live, ColorMapId::Inferno);
    CHECK(a.minValue == b.minValue);  // one scale for both
    CHECK(a.maxValue == b.maxValue);
    CHECK(a.scaleNote == b.scaleNote);
    CHECK(a.logarithmic);
    CHECK(a.minValue <= 0.3f);  // a palm resting on the back still tints the skin
    CHECK(a.maxValue >= 700.0f);  // above every pain threshold
    const float palmTop = highestOnScale(palm, LiveScale::Absolute);
    const float thumbTop = highestOnScale(thumb, LiveScale::Absolute);
    INFO("palm " << palmTop << ", thumb " << thumbTop);
    CHECK(palmTop > 0.0f);
    CHECK(thumbTop > palmTop + 0.25f);
    // Each technique's own scale puts its top near the top: useful for one technique
    // alone, misleading across techniques, and labelled so.
    CHECK(highestOnScale(palm, LiveScale::Technique) > 0.6f);
    CHECK(heatLegend(palm, HeatMode::Live, ColorMapId::Inferno, LiveScale::Technique).scaleNote != a.scaleNote);
}

TEST_CASE("Heat: the live legend marks the pain thresholds inside its range", "[session][heat]") {
    Fixture f;
    ThresholdTable table = ThresholdTable::defaults();
    TechniqueSession s(f.technique("spine-line"), f.body, table, PressureLevel::Moderate);
    float low = 0.0f, high = 0.0f;
    painThresholdRange(table, low, high);
    REQUIRE(low > 0.0f);
    CHECK(low <= high);
    const Legend l = heatLegend(s, HeatMode::Live, ColorMapId::Inferno);
    CHECK(l.bandMin == low);
    CHECK(l.bandMax == high);
    CHECK(l.bandMin > l.minValue);
    CHECK(l.bandMax < l.maxValue);
    const Legend percent = heatLegend(s, HeatMode::Threshold, ColorMapId::Inferno);
    CHECK(percent.bandMin == 100.0f);
    CHECK(percent.bandMax == percent.maxValue);
}

TEST_CASE("Heat: cumulative dose keeps the strokes visible beside a focal hold", "[session][heat]") {
    // Circular kneading holds a thumb on a knot around 30 s; the gliding heel-of-hand
    // circles before it spread far less dose per spot. On a linear scale to the
    // highest dose they vanished; on the logarithmic one they stay in view.
    Fixture f;
    TechniqueSession s(f.technique("circular-kneading"), f.body, ThresholdTable::defaults(), PressureLevel::Moderate);
    s.update(40.0);
    const std::vector<float> dose = heatValues(s, HeatMode::Cumulative);
    const Legend log = heatLegend(s, HeatMode::Cumulative, ColorMapId::Inferno);
    const Legend linear = makeLegend(HeatQuantity::Dose, maxOf(dose), ColorMapId::Inferno);
    CHECK(log.logarithmic);
    CHECK(log.maxValue >= maxOf(dose));
    int dosed = 0, visibleLog = 0, visibleLinear = 0;
    for (float d : dose) {
        if (!(d > 0.0f)) continue;
        ++dosed;
        if (heatOverlayWeight(log.normalized(d)) > 0.3f) ++visibleLog;
        if (heatOverlayWeight(linear.normalized(d)) > 0.3f) ++visibleLinear;
    }
    INFO(dosed << " dosed vertices: " << visibleLog << " visible on the log scale, " << visibleLinear << " on a linear one");
    REQUIRE(dosed > 100);
    CHECK(visibleLinear < dosed / 10);
    CHECK(visibleLog > dosed / 3);
}

TEST_CASE("Heat: two techniques side by side share the scale of the one reaching higher", "[session][heat]") {
    Fixture f;
    TechniqueSession kneading(f.technique("circular-kneading"), f.body, ThresholdTable::defaults(), PressureLevel::Moderate);
    TechniqueSession glide(f.technique("spine-line"), f.body, ThresholdTable::defaults(), PressureLevel::Gentle);
    kneading.update(40.0);
    glide.update(5.0);
    const Legend a = heatLegend(kneading, HeatMode::Cumulative, ColorMapId::Inferno);
    const Legend b = heatLegend(glide, HeatMode::Cumulative, ColorMapId::Inferno);
    REQUIRE(a.maxValue != b.maxValue);
    const Legend shared = sharedHeatLegend(kneading, glide, HeatMode::Cumulative, ColorMapId::Inferno);
    CHECK(shared.maxValue == std::max(a.maxValue, b.maxValue));
    CHECK(sharedHeatLegend(glide, kneading, HeatMode::Cumulative, ColorMapId::Inferno).maxValue == shared.maxValue);
    // Every dose of either session lies on the shared scale.
    CHECK(shared.maxValue >= maxOf(heatValues(kneading, HeatMode::Cumulative)));
    CHECK(shared.maxValue >= maxOf(heatValues(glide, HeatMode::Cumulative)));
}
