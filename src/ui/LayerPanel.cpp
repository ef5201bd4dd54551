#include "ui/LayerPanel.h"

#include <imgui.h>

namespace backrub::ui {

void drawLayerPanel(ViewSettings& settings) {
    const Layer layers[] = {Layer::Skin, Layer::Muscles, Layer::Skeleton};
    const char* labels[] = {"Skin", "Muscles", "Skeleton"};
    for (int i = 0; i < 3; ++i) {
        LayerSettings& ls = settings.layer(layers[i]);
        ImGui::PushID(i);
        ImGui::Checkbox(labels[i], &ls.visible);
        ImGui::SameLine(110.0f);
        ImGui::SetNextItemWidth(-1.0f);
        ImGui::SliderFloat("##opacity", &ls.opacity, 0.0f, 1.0f, "opacity %.2f");
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
