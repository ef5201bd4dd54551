#pragma once
// Perceptually uniform, colour-blind-safe colour maps for the heat overlay, and
// the legend that goes with them (range, unit, ticks) for the renderer and UI.
//
// Each map is tabulated as 32 sRGB samples taken at t = i/31 from its published
// definition and interpolated linearly between them (in sRGB, as the published
// 256-entry tables are):
//  - viridis, inferno: van der Walt & Smith, "A better default colormap for
//    Matplotlib", SciPy 2015 (maps released CC0);
//  - cividis: Nunez, Anderton & Renslow, "Optimizing colormaps with
//    consideration for color vision deficiency", PLoS ONE 13(7): e0199239, 2018.
#include <glm/glm.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace backrub {

enum class ColorMapId : std::uint8_t { Viridis, Inferno, Cividis };
constexpr int kColorMapCount = 3;

const char* colorMapName(ColorMapId id);  // "viridis", "inferno", "cividis"
std::optional<ColorMapId> colorMapFromName(const std::string& name);

// sRGB in [0,1] at t in [0,1]; t is clamped, NaN maps to 0.
glm::vec3 sampleColorMap(ColorMapId id, float t);
// `width` RGBA8 texels (sRGB, alpha 255) for a 1D lookup texture; width < 2 gives 2.
std::vector<std::uint8_t> colorMapRgba8(ColorMapId id, int width = 256);

// What the heat overlay shows.
enum class HeatQuantity : std::uint8_t { LivePressure, PercentOfThreshold, Dose };

struct Legend {
    HeatQuantity quantity = HeatQuantity::LivePressure;
    ColorMapId map = ColorMapId::Viridis;
    std::string title;  // "Pressure", "Pressure / pain threshold", "Dose"
    std::string unit;   // "kPa", "%", "kPa*s"
    float minValue = 0.0f;
    float maxValue = 1.0f;             // rounded up to a tick
    bool logarithmic = false;          // colour follows log(value); minValue > 0
    std::vector<float> ticks;          // minValue to maxValue: evenly spaced, or 1-2-5 per decade when logarithmic
    std::vector<std::string> labels;   // one per tick, e.g. "150"
    std::string scaleNote;             // which scale this is, e.g. "same for every technique"
    // A band marked on the scale (the range of pain thresholds; above 100 % of them),
    // none when bandMax <= bandMin.
    float bandMin = 0.0f;
    float bandMax = 0.0f;
    std::string bandLabel;             // e.g. "pain thresholds"

    // Position of a value on the colour scale, in [0,1] (clamped; NaN gives 0).
    float normalized(float value) const;
};

// Legend from 0 to at least `maxValue` with 1-2-5 ticks (about `targetTicks`).
// A maxValue <= 0 or non-finite falls back to the quantity's usual range
// (200 kPa, 150 %, 500 kPa*s).
Legend makeLegend(HeatQuantity quantity, float maxValue, ColorMapId map = ColorMapId::Viridis, int targetTicks = 5);

// Logarithmic legend from maxValue (rounded up to a 1-2-5 value) down `decades`
// decades, ticked at 1-2-5. For live pressure, where a palm (a few kPa) and a thumb
// (about 100 kPa) share one scale and both must read. Same fallbacks as makeLegend;
// decades is clamped to [1, 4].
Legend makeLogLegend(HeatQuantity quantity, float maxValue, ColorMapId map = ColorMapId::Viridis, float decades = 2.0f);

}  // namespace backrub
