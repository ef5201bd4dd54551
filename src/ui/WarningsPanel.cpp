#include "ui/WarningsPanel.h"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace backrub::ui {

namespace {

// A warning's advice in plain words, red-orange while it happens and amber after,
// wrapped at wrapWidth pixels.
void drawAdvice(const SafetyWarning& warning, bool active, float wrapWidth) {
    const ImVec4 color = active ? ImVec4(1.0f, 0.42f, 0.28f, 1.0f) : ImVec4(1.0f, 0.78f, 0.38f, 1.0f);
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrapWidth);
    ImGui::TextUnformatted(warning.plainAdvice());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

}  // namespace

int drawWarningsPanel(const std::vector<SafetyWarning>& warnings, double nowS, float maxHeight) {
    if (warnings.empty()) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("No warnings so far: pressure stayed within the safe limits.");
        ImGui::PopTextWrapPos();
        return -1;
    }
    const ImGuiStyle& style = ImGui::GetStyle();
    // Text wraps inside the frame, beside a scroll bar when there is one.
    const float wrap = std::max(ImGui::GetContentRegionAvail().x - 2.0f * style.WindowPadding.x - style.ScrollbarSize,
                                ImGui::GetFontSize() * 8.0f);
    std::vector<std::string> details;
    std::vector<float> heights;
    float needed = 2.0f * style.WindowPadding.y;
    for (const SafetyWarning& w : warnings) {
        details.push_back(w.message());
        const float h = ImGui::CalcTextSize(w.plainAdvice(), nullptr, false, wrap).y + style.ItemSpacing.y +
                        ImGui::CalcTextSize(details.back().c_str(), nullptr, false, wrap).y;
        heights.push_back(h);
        needed += h + style.ItemSpacing.y;
    }
    int clicked = -1;
    ImGui::BeginChild("##warnings", ImVec2(0.0f, std::min(needed, std::max(maxHeight, heights.front() * 1.5f))), true);
    for (std::size_t i = 0; i < warnings.size(); ++i) {
        const SafetyWarning& w = warnings[i];
        const bool active = w.activeAt(nowS);
        ImGui::PushID(static_cast<int>(i));
        // One selectable behind both lines: a click anywhere on the warning jumps to it.
        const ImVec2 top = ImGui::GetCursorPos();
        if (ImGui::Selectable("##jump", active, ImGuiSelectableFlags_AllowItemOverlap, ImVec2(0.0f, heights[i])))
            clicked = static_cast<int>(i);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Jump to %.2f s", w.startS);
        ImGui::SetCursorPos(top);
        drawAdvice(w, active, wrap);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap);
        ImGui::TextUnformatted(details[i].c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopID();
    }
    ImGui::EndChild();
    return clicked;
}

}  // namespace backrub::ui
