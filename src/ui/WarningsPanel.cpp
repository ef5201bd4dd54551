#include "ui/WarningsPanel.h"

#include <imgui.h>

namespace backrub::ui {

int drawWarningsPanel(const std::vector<SafetyWarning>& warnings, double nowS) {
    if (warnings.empty()) {
        ImGui::TextDisabled("No warnings so far: pressure stayed within the safe limits.");
        return -1;
    }
    int clicked = -1;
    for (std::size_t i = 0; i < warnings.size(); ++i) {
        const SafetyWarning& w = warnings[i];
        const bool active = nowS >= w.startS && nowS <= w.endS;
        const ImVec4 color = active ? ImVec4(1.0f, 0.45f, 0.3f, 1.0f) : ImVec4(1.0f, 0.8f, 0.4f, 1.0f);
        ImGui::PushID(static_cast<int>(i));
        ImGui::PushStyleColor(ImGuiCol_Text, color);
        ImGui::PushTextWrapPos(0.0f);
        if (ImGui::Selectable(w.message().c_str(), active)) clicked = static_cast<int>(i);
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
        ImGui::PopID();
    }
    return clicked;
}

}  // namespace backrub::ui
