#pragma once
// Where this frame drew the buttons of the lay path, by name ("chooser.partner",
// "finish.repeat", ...), so UI tests can click them with synthetic mouse events.
#include <map>
#include <optional>
#include <string>

namespace backrub::ui {

struct Hotspot {
    float x0 = 0.0f, y0 = 0.0f, x1 = 0.0f, y1 = 0.0f;  // window pixels
};

struct Hotspots {
    std::map<std::string, Hotspot> rects;

    void clear() { rects.clear(); }
    // Records the last ImGui item under `name`.
    void recordLastItem(const std::string& name);
    std::optional<Hotspot> find(const std::string& name) const;
};

}  // namespace backrub::ui
