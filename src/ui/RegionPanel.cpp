#include "ui/RegionPanel.h"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace backrub::ui {

void drawRegionPanel(const RegionReport& report, const RegionTimeline& timeline, Region& selected, double nowS) {
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp;
    const float tableHeight = ImGui::GetTextLineHeightWithSpacing() * 9.0f;
    if (ImGui::BeginTable("regions", 6, flags, ImVec2(0.0f, tableHeight))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        for (const char* h : {"Region", "Peak kPa", "% PPT", "Mean kPa", "Dose kPa*s", "Share"})
            ImGui::TableSetupColumn(h);
        ImGui::TableHeadersRow();
        for (const RegionFigures& f : report.regions) {
            if (f.peakKPa <= 0.0f) continue;  // untouched regions would only crowd the table
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (ImGui::Selectable(regionName(f.region), f.region == selected, ImGuiSelectableFlags_SpanAllColumns))
                selected = f.region;
            ImGui::TableNextColumn();
            ImGui::Text("%.1f", f.peakKPa);
            ImGui::TableNextColumn();
            if (f.peakPercentOfPpt > 100.0f) ImGui::TextColored(ImVec4(1.0f, 0.45f, 0.3f, 1.0f), "%.0f", f.peakPercentOfPpt);
            else ImGui::Text("%.0f", f.peakPercentOfPpt);
            ImGui::TableNextColumn();
            ImGui::Text("%.1f", f.meanLoadedKPa);
            ImGui::TableNextColumn();
            ImGui::Text("%.0f", f.doseKPaS);
            ImGui::TableNextColumn();
            ImGui::Text("%.0f %%", f.doseShare * 100.0);
        }
        ImGui::EndTable();
    }
    const auto& series = timeline.peakKPa[static_cast<std::size_t>(selected)];
    if (series.empty()) return;
    const float maxValue = std::max(1.0f, *std::max_element(series.begin(), series.end()));
    const std::string title = std::string(regionName(selected)) + ": peak kPa over time";
    ImGui::TextUnformatted(title.c_str());
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 size(ImGui::GetContentRegionAvail().x, 80.0f);
    ImGui::PlotLines("##plot", series.data(), static_cast<int>(series.size()), 0, nullptr, 0.0f, maxValue * 1.1f, size);
    // A marker at the current time.
    const double duration = double(series.size() - 1) / timeline.sampleHz;
    if (duration > 0.0) {
        const float x = origin.x + size.x * static_cast<float>(std::clamp(nowS / duration, 0.0, 1.0));
        ImGui::GetWindowDrawList()->AddLine(ImVec2(x, origin.y), ImVec2(x, origin.y + size.y),
                                            IM_COL32(255, 255, 255, 160), 1.5f);
    }
}

}  // namespace backrub::ui
