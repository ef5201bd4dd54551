#include "ui/Hotspots.h"

#include <imgui.h>

namespace backrub::ui {

void Hotspots::recordLastItem(const std::string& name) {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    rects[name] = {a.x, a.y, b.x, b.y};
}

std::optional<Hotspot> Hotspots::find(const std::string& name) const {
    const auto it = rects.find(name);
    if (it == rects.end()) return std::nullopt;
    return it->second;
}

}  // namespace backrub::ui
