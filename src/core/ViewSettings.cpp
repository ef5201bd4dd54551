#include "core/ViewSettings.h"

namespace backrub {

const char* layerName(Layer layer) {
    switch (layer) {
        case Layer::Skin: return "skin";
        case Layer::Muscles: return "muscles";
        case Layer::Skeleton: return "skeleton";
        case Layer::Other: return "other";
    }
    return "other";
}

std::optional<Layer> layerFromNodeName(const std::string& name) {
    if (name == "skin") return Layer::Skin;
    if (name == "muscles") return Layer::Muscles;
    if (name == "skeleton") return Layer::Skeleton;
    return std::nullopt;
}

ThemeColors themeColors(Theme theme) {
    if (theme == Theme::Light) return {{0.93f, 0.94f, 0.96f}, {0.74f, 0.76f, 0.80f}};
    return {{0.20f, 0.22f, 0.26f}, {0.05f, 0.055f, 0.065f}};
}

}  // namespace backrub
