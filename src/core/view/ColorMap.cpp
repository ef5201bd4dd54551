#include "core/view/ColorMap.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace backrub {
namespace {

struct Rgb8 {
    std::uint8_t r, g, b;
};

constexpr int kSamples = 32;

// 32 samples at t = i/31, sRGB 0-255, taken from the published definitions
// (see ColorMap.h): evaluated at those points and rounded.
constexpr Rgb8 kViridis[kSamples] = {
    {68, 1, 84},    {71, 13, 96},   {72, 24, 106},  {72, 35, 116},  {71, 46, 124},  {69, 56, 130},  {66, 65, 134},
    {62, 74, 137},  {58, 84, 140},  {54, 93, 141},  {50, 101, 142}, {46, 109, 142}, {43, 117, 142}, {40, 125, 142},
    {37, 132, 142}, {34, 140, 141}, {31, 148, 140}, {30, 156, 137}, {32, 163, 134}, {37, 171, 130}, {46, 179, 124},
    {58, 186, 118}, {72, 193, 110}, {88, 199, 101}, {108, 205, 90}, {127, 211, 78}, {147, 215, 65}, {168, 219, 52},
    {192, 223, 37}, {213, 226, 26}, {234, 229, 26}, {253, 231, 37}};
constexpr Rgb8 kInferno[kSamples] = {
    {0, 0, 4},      {4, 3, 18},     {11, 7, 36},    {21, 11, 55},   {35, 12, 76},   {49, 10, 92},   {62, 9, 102},
    {76, 12, 107},  {90, 17, 110},  {103, 22, 110}, {116, 26, 110}, {128, 31, 108}, {143, 36, 105}, {155, 41, 100},
    {168, 46, 95},  {180, 51, 89},  {193, 58, 80},  {204, 66, 72},  {215, 75, 63},  {224, 85, 54},  {233, 97, 43},
    {239, 110, 33}, {245, 123, 23}, {248, 137, 12}, {251, 153, 6},  {252, 168, 13}, {251, 184, 29}, {249, 199, 47},
    {245, 217, 73}, {242, 232, 101}, {243, 245, 134}, {252, 255, 164}};
constexpr Rgb8 kCividis[kSamples] = {
    {0, 34, 78},     {0, 40, 91},     {0, 46, 106},    {5, 51, 113},    {28, 57, 111},   {41, 63, 110},
    {51, 68, 109},   {60, 74, 108},   {69, 80, 108},   {77, 85, 108},   {85, 91, 109},   {92, 97, 110},
    {100, 103, 112}, {107, 109, 114}, {114, 114, 116}, {120, 120, 119}, {128, 127, 120}, {136, 133, 120},
    {144, 139, 120}, {151, 145, 119}, {160, 152, 117}, {168, 158, 115}, {176, 165, 113}, {185, 171, 109},
    {194, 179, 105}, {203, 185, 101}, {211, 192, 95},  {220, 200, 89},  {230, 208, 81},  {239, 215, 72},
    {248, 223, 60},  {254, 232, 56}};

const Rgb8* table(ColorMapId id) {
    switch (id) {
        case ColorMapId::Inferno: return kInferno;
        case ColorMapId::Cividis: return kCividis;
        case ColorMapId::Viridis: break;
    }
    return kViridis;
}

const char* const kNames[kColorMapCount] = {"viridis", "inferno", "cividis"};

glm::vec3 toVec(Rgb8 c) { return glm::vec3(c.r, c.g, c.b) / 255.0f; }

float niceStep(float range, int targetTicks) {
    const float raw = range / static_cast<float>(std::max(1, targetTicks - 1));
    const float decade = std::pow(10.0f, std::floor(std::log10(raw)));
    for (float m : {1.0f, 2.0f, 2.5f, 5.0f})
        if (raw <= m * decade * 1.0001f) return m * decade;
    return 10.0f * decade;
}

// As many decimals as the step needs (0.25 -> 2, 0.5 -> 1, 50 -> 0).
std::string tickLabel(float v, float step) {
    int decimals = 0;
    for (float scaled = step; decimals < 4 && std::fabs(scaled - std::round(scaled)) > 1e-3f * scaled; ++decimals)
        scaled *= 10.0f;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, static_cast<double>(v));
    return buf;
}

}  // namespace

const char* colorMapName(ColorMapId id) {
    const auto i = static_cast<int>(id);
    return i < kColorMapCount ? kNames[i] : "viridis";
}

std::optional<ColorMapId> colorMapFromName(const std::string& name) {
    for (int i = 0; i < kColorMapCount; ++i)
        if (name == kNames[i]) return static_cast<ColorMapId>(i);
    return std::nullopt;
}

glm::vec3 sampleColorMap(ColorMapId id, float t) {
    const Rgb8* lut = table(id);
    if (!(t > 0.0f)) return toVec(lut[0]);
    if (t >= 1.0f) return toVec(lut[kSamples - 1]);
    const float x = t * static_cast<float>(kSamples - 1);
    const int i = std::min(static_cast<int>(x), kSamples - 2);
    return glm::mix(toVec(lut[i]), toVec(lut[i + 1]), x - static_cast<float>(i));
}

std::vector<std::uint8_t> colorMapRgba8(ColorMapId id, int width) {
    width = std::max(width, 2);
    std::vector<std::uint8_t> out;
    out.reserve(static_cast<std::size_t>(width) * 4);
    for (int i = 0; i < width; ++i) {
        const glm::vec3 c = sampleColorMap(id, static_cast<float>(i) / static_cast<float>(width - 1));
        for (float ch : {c.r, c.g, c.b}) out.push_back(static_cast<std::uint8_t>(std::lround(ch * 255.0f)));
        out.push_back(255);
    }
    return out;
}

float Legend::normalized(float value) const {
    if (!(value == value)) return 0.0f;
    if (logarithmic) {
        if (!(minValue > 0.0f) || !(maxValue > minValue) || !(value > minValue)) return 0.0f;
        return std::clamp(std::log(value / minValue) / std::log(maxValue / minValue), 0.0f, 1.0f);
    }
    const float range = maxValue - minValue;
    if (!(range > 0.0f)) return 0.0f;
    return std::clamp((value - minValue) / range, 0.0f, 1.0f);
}

namespace {

// Title and unit of a quantity; replaces an unusable maxValue by the quantity's usual range.
Legend legendFor(HeatQuantity quantity, ColorMapId map, float& maxValue) {
    Legend l;
    l.quantity = quantity;
    l.map = map;
    float fallback = 200.0f;
    switch (quantity) {
        case HeatQuantity::LivePressure: l.title = "Pressure"; l.unit = "kPa"; break;
        case HeatQuantity::PercentOfThreshold: l.title = "Pressure / pain threshold"; l.unit = "%"; fallback = 150.0f; break;
        case HeatQuantity::Dose: l.title = "Dose"; l.unit = "kPa*s"; fallback = 500.0f; break;
    }
    if (!(maxValue > 0.0f) || !std::isfinite(maxValue)) maxValue = fallback;
    return l;
}

}  // namespace

Legend makeLegend(HeatQuantity quantity, float maxValue, ColorMapId map, int targetTicks) {
    Legend l = legendFor(quantity, map, maxValue);
    targetTicks = std::clamp(targetTicks, 2, 12);
    const float step = niceStep(maxValue, targetTicks);
    const int steps = static_cast<int>(std::ceil(maxValue / step - 1e-4f));
    l.minValue = 0.0f;
    l.maxValue = step * static_cast<float>(std::max(steps, 1));
    for (int i = 0; i <= std::max(steps, 1); ++i) {
        l.ticks.push_back(step * static_cast<float>(i));
        l.labels.push_back(tickLabel(l.ticks.back(), step));
    }
    return l;
}

Legend makeLogLegend(HeatQuantity quantity, float maxValue, ColorMapId map, float decades) {
    Legend l = legendFor(quantity, map, maxValue);
    l.logarithmic = true;
    if (!(decades >= 1.0f)) decades = 1.0f;  // NaN too
    decades = std::min(decades, 4.0f);
    // 1-2-5 values, decade by decade; the top is the first at or above maxValue.
    const float top = std::pow(10.0f, std::floor(std::log10(maxValue)));
    for (float m : {1.0f, 2.0f, 5.0f, 10.0f})
        if (maxValue <= m * top * 1.0001f) {
            l.maxValue = m * top;
            break;
        }
    l.minValue = l.maxValue / std::pow(10.0f, decades);
    for (float decade = top / std::pow(10.0f, std::ceil(decades) + 1.0f); decade <= l.maxValue; decade *= 10.0f)
        for (float m : {1.0f, 2.0f, 5.0f}) {
            const float v = m * decade;
            if (v < l.minValue * 0.9999f || v > l.maxValue * 1.0001f) continue;
            l.ticks.push_back(v);
            l.labels.push_back(tickLabel(v, v));
        }
    return l;
}

}  // namespace backrub
