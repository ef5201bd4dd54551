#pragma once
// What the viewer shows: layers, theme and anti-aliasing. A plain struct the UI
// edits and the renderer reads; tested without a GPU.
#include "core/base/EnumTable.h"

#include <glm/glm.hpp>

#include <array>
#include <optional>
#include <string>

namespace backrub {

// Top-level layer nodes of a model (docs/model-format.md). Meshes outside them are `Other`.
// `Table` is the massage table drawn under the body: not part of the model (core/scene).
enum class Layer { Skin, Muscles, Skeleton, Other, Table };
constexpr int kLayerCount = 5;

const char* layerName(Layer layer);            // "skin", "muscles", "skeleton", "other", "table"
std::optional<Layer> layerFromNodeName(const std::string& name);  // the model's three layers

// The layers a viewer shows or hides: their checkboxes, keys, `--layers` names and saved settings.
inline constexpr std::array<EnumRow<Layer>, 4> kShownLayers{{
    {Layer::Skin, "skin", "Skin", 's'},
    {Layer::Muscles, "muscles", "Muscles", 'm'},
    {Layer::Skeleton, "skeleton", "Skeleton", 'b'},
    {Layer::Table, "table", "Table", 't'},
}};

enum class Theme { Dark, Light };
const char* themeId(Theme theme);  // "dark", "light"
std::optional<Theme> parseTheme(const std::string& id);

// What the heat map on the skin shows.
enum class HeatMode { Off, Live, Cumulative, Threshold };
// The one list of heat modes (command line, settings, the H key's cycle, the UI).
inline constexpr std::array<EnumRow<HeatMode>, 4> kHeatModes{{
    {HeatMode::Off, "off", "Off"},
    {HeatMode::Live, "live", "Live pressure, fading (kPa)"},
    {HeatMode::Cumulative, "cumulative", "Cumulative dose (kPa*s)"},
    {HeatMode::Threshold, "threshold", "% of pain threshold"},
}};
// Which scale the live pressure is read on: one fixed scale for every technique
// (so a palm and a thumb compare truthfully), or the technique's own highest pressure.
enum class LiveScale { Absolute, Technique };
inline constexpr std::array<EnumRow<LiveScale>, 2> kLiveScales{{
    {LiveScale::Absolute, "absolute", "Shared by all techniques"},
    {LiveScale::Technique, "technique", "This technique's own"},
}};

inline const char* heatModeId(HeatMode mode) { return enumId(kHeatModes, mode); }
inline std::optional<HeatMode> parseHeatMode(const std::string& id) { return enumFromId(kHeatModes, id); }

struct LayerSettings {
    bool visible = true;
    float opacity = 1.0f;  // 0..1; below 1 the layer is drawn see-through over the layers under it
    bool operator==(const LayerSettings& o) const { return visible == o.visible && opacity == o.opacity; }
    bool operator!=(const LayerSettings& o) const { return !(*this == o); }
};

struct ViewSettings {
    std::array<LayerSettings, kLayerCount> layers{};
    Theme theme = Theme::Dark;
    HeatMode heat = HeatMode::Live;
    LiveScale liveScale = LiveScale::Absolute;
    std::string colorMap = "inferno";
    bool showHands = true;
    bool handsSeeThrough = false;
    bool showTrails = true;
    bool showLabels = false;
    int msaaSamples = 4;  // full-detail pictures; fast frames smooth edges in a post pass instead
    // Fast frames draw the simplified display skin (same surface, fewer triangles);
    // simulation, picking and full-detail pictures always use the full mesh.
    bool lightSkin = false;

    LayerSettings& layer(Layer l) { return layers[static_cast<int>(l)]; }
    const LayerSettings& layer(Layer l) const { return layers[static_cast<int>(l)]; }
    // X-ray: skin at 25 % so muscles and bones show through.
    void setXray(bool on) { layer(Layer::Skin).opacity = on ? 0.25f : 1.0f; }
    bool xray() const { return layer(Layer::Skin).opacity < 1.0f; }
    bool operator==(const ViewSettings& o) const;
    bool operator!=(const ViewSettings& o) const { return !(*this == o); }
};

struct ThemeColors {
    glm::vec3 backgroundTop;     // sRGB
    glm::vec3 backgroundBottom;  // sRGB
};

ThemeColors themeColors(Theme theme);
// The studio background at uv (0..1 across the view, v up), sRGB: a soft vertical
// gradient with a slight vignette. shaders/present.frag computes the same.
glm::vec3 backgroundColor(const ThemeColors& colors, const glm::vec2& uv);

}  // namespace backrub
