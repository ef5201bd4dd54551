#include "core/view/ViewSettings.h"

#include "core/base/MathUtil.h"

namespace backrub {

const char* layerName(Layer layer) {
    switch (layer) {
        case Layer::Skin: return "skin";
        case Layer::Muscles: return "muscles";
        case Layer::Skeleton: return "skeleton";
        case Layer::Other: return "other";
        case Layer::Table: return "table";
    }
    return "other";
}

std::optional<Layer> layerFromNodeName(const std::string& name) {
    if (name == "skin") return Layer::Skin;
    if (name == "muscles") return Layer::Muscles;
    if (name == "skeleton") return Layer::Skeleton;
    return std::nullopt;
}

const char* themeId(Theme theme) { return theme == Theme::Light ? "light" : "dark"; }

std::optional<Theme> parseTheme(const std::string& id) {
    if (id == "dark") return Theme::Dark;
    if (id == "light") return Theme::Light;
    return std::nullopt;
}

bool ViewSettings::operator==(const ViewSettings& o) const {
    return layers == o.layers && theme == o.theme && heat == o.heat && liveScale == o.liveScale && colorMap == o.colorMap &&
           showHands == o.showHands && handsSeeThrough == o.handsSeeThrough && showTrails == o.showTrails &&
           showLabels == o.showLabels && msaaSamples == o.msaaSamples && lightSkin == o.lightSkin;
}

ThemeColors themeColors(Theme theme) {
    if (theme == Theme::Light) return {{0.93f, 0.94f, 0.96f}, {0.74f, 0.76f, 0.80f}};
    return {{0.20f, 0.22f, 0.26f}, {0.05f, 0.055f, 0.065f}};
}

glm::vec3 backgroundColor(const ThemeColors& colors, const glm::vec2& uv) {
    const float t = glm::clamp(uv.y, 0.0f, 1.0f);
    const glm::vec3 c = glm::mix(colors.backgroundBottom, colors.backgroundTop, smoothstep(0.0f, 1.0f, t));
    const glm::vec2 d = uv - 0.5f;
    return c * (1.0f - 0.35f * glm::dot(d, d));
}

}  // namespace backrub
