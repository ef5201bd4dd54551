#include "ui/LayPanel.h"

#include <imgui.h>

namespace backrub::ui {

LayPanelChoice drawLayPanel(const std::vector<const Technique*>& techniques, const std::string& selectedId,
                            PressureLevel& level, bool guided, Hotspots& hotspots) {
    LayPanelChoice choice;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + 12.0f, vp->WorkPos.y + 12.0f), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(330.0f, 0.0f), ImGuiCond_Always);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoResize;
    if (!ImGui::Begin("Your massage", nullptr, flags)) {
        ImGui::End();
        return choice;
    }
    ImGui::TextDisabled("Techniques for beginners");
    for (const Technique* t : techniques) {
        if (ImGui::Selectable(t->title.c_str(), t->id == selectedId) && t->id != selectedId) choice.technique = t->id;
        hotspots.recordLastItem("lay.technique." + t->id);
        if (ImGui::IsItemHovered() && !t->summary.empty()) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 22.0f);
            ImGui::TextUnformatted(t->summary.c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
    }
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::TextDisabled("How firmly");
    const PressureLevel levels[] = {PressureLevel::Gentle, PressureLevel::Moderate};
    for (PressureLevel l : levels) {
        if (l != levels[0]) ImGui::SameLine();
        if (ImGui::RadioButton(enumLabel(kPressureLevels, l), level == l) && level != l) {
            level = l;
            choice.levelChanged = true;
        }
        hotspots.recordLastItem(std::string("lay.") + pressureLevelId(l));
    }
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted("Start gentle; press more only if your partner likes it.");
    ImGui::TextDisabled("While the hands press, the skin under them glows: the brighter, the firmer. A resting palm "
                        "barely shows.");
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    ImGui::Separator();
    if (!guided) {
        if (ImGui::Button("Step-by-step guide (G)", ImVec2(-1.0f, 0.0f))) choice.guide = true;
        hotspots.recordLastItem("lay.guide");
    }
    if (ImGui::SmallButton("Show all controls")) choice.showAllControls = true;
    hotspots.recordLastItem("lay.all-controls");
    ImGui::End();
    return choice;
}

}  // namespace backrub::ui
