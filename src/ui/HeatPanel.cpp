#include "ui/HeatPanel.h"

#include <imgui.h>

#include <algorithm>
#include <vector>

namespace backrub::ui {

bool drawHeatPanel(PressureLevel& level, ViewSettings& settings) {
    bool levelChanged = false;
    ImGui::TextUnformatted("Pressure");
    for (const auto& row : kPressureLevels) {
        ImGui::SameLine();
        if (ImGui::RadioButton(row.label, level == row.value) && level != row.value) {
            level = row.value;
            levelChanged = true;
        }
    }
    const char* modes[kHeatModes.size()];
    int mode = 0;
    for (std::size_t i = 0; i < kHeatModes.size(); ++i) {
        modes[i] = kHeatModes[i].label;
        if (kHeatModes[i].value == settings.heat) mode = int(i);
    }
    // Wide enough for the longest choice, whatever the font size.
    float longest = 0.0f;
    for (const auto& row : kHeatModes) longest = std::max(longest, ImGui::CalcTextSize(row.label).x);
    for (const auto& row : kLiveScales) longest = std::max(longest, ImGui::CalcTextSize(row.label).x);
    const float comboWidth = longest + ImGui::GetFrameHeight() + ImGui::GetStyle().FramePadding.x * 2.0f;
    ImGui::SetNextItemWidth(comboWidth);
    if (ImGui::Combo("Heat map", &mode, modes, int(kHeatModes.size()))) settings.heat = kHeatModes[std::size_t(mode)].value;
    if (settings.heat == HeatMode::Live) {
        int scale = 0;
        const char* scales[kLiveScales.size()];
        for (std::size_t i = 0; i < kLiveScales.size(); ++i) {
            scales[i] = kLiveScales[i].label;
            if (kLiveScales[i].value == settings.liveScale) scale = int(i);
        }
        ImGui::SetNextItemWidth(comboWidth);
        if (ImGui::Combo("Scale", &scale, scales, int(kLiveScales.size())))
            settings.liveScale = kLiveScales[std::size_t(scale)].value;
    }
    int map = static_cast<int>(colorMapFromName(settings.colorMap).value_or(ColorMapId::Inferno));
    const char* maps[kColorMapCount];
    for (int i = 0; i < kColorMapCount; ++i) maps[i] = colorMapName(static_cast<ColorMapId>(i));
    ImGui::SetNextItemWidth(comboWidth);
    if (ImGui::Combo("Colours", &map, maps, kColorMapCount)) settings.colorMap = maps[map];
    return levelChanged;
}

void drawLegend(const Legend& legend, float width) {
    ImGui::Text("%s (%s)", legend.title.c_str(), legend.unit.c_str());
    if (!legend.scaleNote.empty()) ImGui::TextDisabled("%s", legend.scaleNote.c_str());
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float height = ImGui::GetTextLineHeight();
    const int steps = 64;
    // As on the skin: low values are only a tint over it (heatOverlayWeight), so the
    // bar fades in from a skin-like swatch the same way.
    const glm::vec3 skin(0.80f, 0.62f, 0.52f);
    for (int i = 0; i < steps; ++i) {
        const float t = (i + 0.5f) / steps;
        const glm::vec3 c = glm::mix(skin, sampleColorMap(legend.map, t), heatOverlayWeight(t));
        const float x0 = origin.x + width * i / steps, x1 = origin.x + width * (i + 1) / steps;
        draw->AddRectFilled(ImVec2(x0, origin.y), ImVec2(x1 + 0.5f, origin.y + height),
                            ImGui::ColorConvertFloat4ToU32(ImVec4(c.r, c.g, c.b, 1.0f)));
    }
    if (legend.bandMax > legend.bandMin) {
        // The band as a bracket above the bar, labelled at its middle.
        const float b0 = origin.x + width * legend.normalized(legend.bandMin);
        const float b1 = std::max(origin.x + width * legend.normalized(legend.bandMax), b0 + 2.0f);
        const ImU32 band = ImGui::GetColorU32(ImVec4(1.0f, 0.45f, 0.3f, 1.0f));
        draw->AddRectFilled(ImVec2(b0, origin.y), ImVec2(b1, origin.y + 3.0f), band);
        draw->AddLine(ImVec2(b0, origin.y), ImVec2(b0, origin.y + height), band, 1.5f);
        draw->AddLine(ImVec2(b1, origin.y), ImVec2(b1, origin.y + height), band, 1.5f);
    }
    // Tick labels centred under their ticks; one that would touch its neighbour is left out
    // (the ticks stay), the two ends are always labelled.
    const std::size_t n = std::min(legend.ticks.size(), legend.labels.size());
    const float spacing = ImGui::CalcTextSize(" ").x;
    std::vector<float> left(n), right(n);
    for (std::size_t i = 0; i < n; ++i) {
        const float x = origin.x + width * legend.normalized(legend.ticks[i]);
        draw->AddLine(ImVec2(x, origin.y + height), ImVec2(x, origin.y + height + 4.0f),
                      ImGui::GetColorU32(ImGuiCol_Text));
        const float textWidth = ImGui::CalcTextSize(legend.labels[i].c_str()).x;
        left[i] = std::min(std::max(x - textWidth * 0.5f, origin.x), origin.x + width - textWidth);
        right[i] = left[i] + textWidth;
    }
    float drawnRight = -1e9f;
    for (std::size_t i = 0; i < n; ++i) {
        const bool end = i == 0 || i + 1 == n;
        if (!end && (left[i] < drawnRight + spacing || right[i] + spacing > left[n - 1])) continue;
        draw->AddText(ImVec2(left[i], origin.y + height + 5.0f), ImGui::GetColorU32(ImGuiCol_Text), legend.labels[i].c_str());
        drawnRight = right[i];
    }
    ImGui::Dummy(ImVec2(width, height * 2.0f + 8.0f));
    if (legend.bandMax > legend.bandMin && !legend.bandLabel.empty()) {
        ImGui::TextColored(ImVec4(1.0f, 0.55f, 0.4f, 1.0f), "Marked on the scale: %s, %.0f-%.0f %s", legend.bandLabel.c_str(), legend.bandMin,
                           legend.bandMax, legend.unit.c_str());
    }
}

}  // namespace backrub::ui
