#include "core/session/Preferences.h"

#include "core/base/SafeWrite.h"
#include "core/base/UserFolders.h"
#include "core/base/JsonGuard.h"
#include "core/view/ColorMap.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace backrub {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

void readLayers(const json& value, const std::string& pointer, const std::string& file, Problems& problems,
                ViewSettings& view) {
    JsonObjectReader layers(value, pointer, file, problems);
    for (const auto& row : kShownLayers) {
        const Layer l = row.value;
        const json* entry = layers.field(row.id, false);
        if (!entry) continue;
        JsonObjectReader r(*entry, jsonPointerAppend(pointer, row.id), file, problems);
        if (auto v = r.boolean("visible", false)) view.layer(l).visible = *v;
        if (auto o = r.number("opacity", false, 0.0, 1.0)) view.layer(l).opacity = float(*o);
        r.reportUnknownFields();
    }
    layers.reportUnknownFields();
}

}  // namespace

std::string preferencesPath() { return xdgPath("XDG_CONFIG_HOME", ".config", "backrub/settings.json"); }

Preferences preferencesFromJson(const std::string& text, const std::string& file, Problems& problems) {
    Preferences prefs;
    std::optional<json> doc = parseJsonGuarded(text, file, JsonLimits{}, problems);
    if (!doc) return prefs;
    JsonObjectReader r(*doc, "", file, problems);
    if (auto v = r.oneOf("theme", false, {"dark", "light"})) prefs.view.theme = *parseTheme(*v);
    if (auto v = r.oneOf("heat", false, enumIds(kHeatModes))) prefs.view.heat = *parseHeatMode(*v);
    if (auto v = r.oneOf("liveScale", false, enumIds(kLiveScales))) prefs.view.liveScale = *enumFromId(kLiveScales, *v);
    std::vector<std::string> colorMaps;
    for (int i = 0; i < kColorMapCount; ++i) colorMaps.push_back(colorMapName(static_cast<ColorMapId>(i)));
    if (auto v = r.oneOf("colorMap", false, colorMaps)) prefs.view.colorMap = *v;
    if (auto v = r.boolean("showHands", false)) prefs.view.showHands = *v;
    if (auto v = r.boolean("handsSeeThrough", false)) prefs.view.handsSeeThrough = *v;
    if (auto v = r.boolean("showTrails", false)) prefs.view.showTrails = *v;
    if (auto v = r.boolean("showLabels", false)) prefs.view.showLabels = *v;
    if (const json* layers = r.field("layers", false)) readLayers(*layers, "/layers", file, problems, prefs.view);
    if (auto v = r.string("technique", false, 128)) prefs.technique = *v;
    if (auto v = r.oneOf("pressure", false, enumIds(kPressureLevels))) prefs.pressure = *parsePressureLevel(*v);
    if (auto v = r.number("speed", false, 0.25, 4.0)) prefs.speed = *v;
    if (auto v = r.boolean("loop", false)) prefs.loop = *v;
    if (auto v = r.integer("windowWidth", false, 320, 16384)) prefs.windowWidth = int(*v);
    if (auto v = r.integer("windowHeight", false, 240, 16384)) prefs.windowHeight = int(*v);
    if (auto v = r.oneOf("audience", false, enumIds(kAudiences))) prefs.audience = *enumFromId(kAudiences, *v);
    r.reportUnknownFields();
    return prefs;
}

std::string preferencesToJson(const Preferences& prefs) {
    json layers = json::object();
    for (const auto& row : kShownLayers)
        layers[row.id] = {{"visible", prefs.view.layer(row.value).visible}, {"opacity", prefs.view.layer(row.value).opacity}};
    const json doc = {
        {"theme", themeId(prefs.view.theme)},
        {"heat", heatModeId(prefs.view.heat)},
        {"liveScale", enumId(kLiveScales, prefs.view.liveScale)},
        {"colorMap", prefs.view.colorMap},
        {"showHands", prefs.view.showHands},
        {"handsSeeThrough", prefs.view.handsSeeThrough},
        {"showTrails", prefs.view.showTrails},
        {"showLabels", prefs.view.showLabels},
        {"layers", layers},
        {"technique", prefs.technique},
        {"pressure", pressureLevelId(prefs.pressure)},
        {"speed", prefs.speed},
        {"loop", prefs.loop},
        {"windowWidth", prefs.windowWidth},
        {"windowHeight", prefs.windowHeight},
        {"audience", enumId(kAudiences, prefs.audience)},
    };
    return doc.dump(2) + "\n";
}

Preferences loadPreferences(const std::string& path, Problems& problems) {
    std::error_code ec;
    if (path.empty() || !fs::exists(path, ec)) return Preferences{};
    if (!fs::is_regular_file(path, ec)) {
        problems.push_back({path, "file", "is not a regular file; using default settings"});
        return Preferences{};
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in) {
        problems.push_back({path, "file", "cannot be read; using default settings"});
        return Preferences{};
    }
    return preferencesFromJson(text.str(), path, problems);
}

bool savePreferences(const std::string& path, const Preferences& prefs, std::string& error) {
    if (path.empty()) {
        error = "no settings folder (neither XDG_CONFIG_HOME nor HOME is set)";
        return false;
    }
    return writeFileAtomically(path, preferencesToJson(prefs), error);
}

}  // namespace backrub
