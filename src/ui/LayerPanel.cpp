#include "ui/LayerPanel.h"

#include <imgui.h>

namespace backrub::ui {

void drawLayerPanel(ViewSettings& settings) {
    for (const auto& row : kShownLayers) {
        LayerSettings& ls = settings.layer(row.value);
        ImGui::PushID(row.id);
        ImGui::Checkbox(row.label, &ls.visible);
        // The table is there or not; the model's layers may be made see-through.
        if (row.value != Layer::Table) {
            ImGui::SameLine(110.0f);
            ImGui::SetNextItemWidth(-1.0f);
            ImGui::SliderFloat("##opacity", &ls.opacity, 0.0f, 1.0f, "opacity %.2f");
        }
        ImGui::PopID();
    }
    bool xray = settings.xray();
    if (ImGui::Checkbox("X-ray (see-through skin)", &xray)) settings.setXray(xray);
    int theme = settings.theme == Theme::Dark ? 0 : 1;
    ImGui::TextUnformatted("Theme");
    ImGui::SameLine();
    if (ImGui::RadioButton("Dark", theme == 0)) settings.theme = Theme::Dark;
    ImGui::SameLine();
    if (ImGui::RadioButton("Light", theme == 1)) settings.theme = Theme::Light;
}

}  // namespace backrub::ui
