#include "ui/RegionPanel.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

namespace backrub::ui {
namespace {

struct Column {
    const char* header;
    const char* sample;   // the widest value expected, to size the column
    const char* tooltip;
};

const Column kColumns[] = {
    {"Region", "Outer thigh (right)", "The part of the back (base regions), or a zone laid over them (spine line, kidney zones, ...)."},
    {"Peak", "000.0", "Highest pressure on any spot of the region at any moment, kPa."},
    {"% PPT", "000", "That peak as a percentage of the region's pressure-pain threshold: above 100 it would hurt."},
    {"Mean", "000.0", "Mean pressure over the pressed part of the region while it was pressed, kPa."},
    {"Dose", "00000", "Highest pressure-time dose of any spot of the region at the end, kPa*s."},
    {"Share", "000 %", "The region's part of all the force-time the technique puts on the back."},
};

void drawTable(const RegionReport& report, Region& selected) {
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingFixedFit;
    const float tableHeight = ImGui::GetTextLineHeightWithSpacing() * 9.0f;
    if (!ImGui::BeginTable("regions", IM_ARRAYSIZE(kColumns), flags, ImVec2(0.0f, tableHeight))) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    const float pad = ImGui::GetStyle().CellPadding.x * 2.0f;
    for (const Column& c : kColumns)
        ImGui::TableSetupColumn(c.header, ImGuiTableColumnFlags_WidthFixed,
                                std::max(ImGui::CalcTextSize(c.header).x, ImGui::CalcTextSize(c.sample).x) + pad);
    // Headers by hand, so each explains itself on hover.
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int i = 0; i < IM_ARRAYSIZE(kColumns); ++i) {
        ImGui::TableSetColumnIndex(i);
        ImGui::TableHeader(kColumns[i].header);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", kColumns[i].tooltip);
    }
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

// Peak pressure of the selected region over the technique's time, with a kPa axis,
// a time axis, the current time, and the value under the cursor.
void drawPlot(const RegionTimeline& timeline, Region selected, double nowS) {
    const auto& series = timeline.peakKPa[static_cast<std::size_t>(selected)];
    if (series.size() < 2 || !(timeline.sampleHz > 0.0)) return;
    const float top = std::max(1.0f, *std::max_element(series.begin(), series.end())) * 1.1f;
    const double duration = double(series.size() - 1) / timeline.sampleHz;
    ImGui::Text("%s: highest pressure over time", regionName(selected));
    char label[32];
    std::snprintf(label, sizeof label, "%.0f kPa", top);
    const float axisWidth = ImGui::CalcTextSize(label).x + 6.0f;
    const float lineHeight = ImGui::GetTextLineHeight();
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const ImVec2 origin(start.x + axisWidth, start.y);
    const ImVec2 size(std::max(ImGui::GetContentRegionAvail().x - axisWidth, 40.0f), 90.0f);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text), grid = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    draw->AddRectFilled(origin, ImVec2(origin.x + size.x, origin.y + size.y), ImGui::GetColorU32(ImGuiCol_FrameBg));
    auto at = [&](double t, float kPa) {
        return ImVec2(origin.x + size.x * float(t / duration), origin.y + size.y * (1.0f - kPa / top));
    };
    // Axes: kPa at the top and 0, time at both ends and the middle.
    draw->AddText(ImVec2(start.x, origin.y), text, label);
    draw->AddText(ImVec2(start.x + axisWidth - ImGui::CalcTextSize("0").x - 6.0f, origin.y + size.y - lineHeight), text, "0");
    for (double t : {0.0, duration * 0.5, duration}) {
        std::snprintf(label, sizeof label, "%.0f s", t);
        const float w = ImGui::CalcTextSize(label).x;
        const float x = std::clamp(at(t, 0.0f).x - w * 0.5f, origin.x, origin.x + size.x - w);
        draw->AddText(ImVec2(x, origin.y + size.y + 2.0f), text, label);
        draw->AddLine(ImVec2(at(t, 0.0f).x, origin.y + size.y), ImVec2(at(t, 0.0f).x, origin.y + size.y + 2.0f), grid);
    }
    for (std::size_t i = 1; i < series.size(); ++i)
        draw->AddLine(at(double(i - 1) / timeline.sampleHz, series[i - 1]), at(double(i) / timeline.sampleHz, series[i]),
                      ImGui::GetColorU32(ImGuiCol_PlotLines), 1.5f);
    const float nowX = at(std::clamp(nowS, 0.0, duration), 0.0f).x;
    draw->AddLine(ImVec2(nowX, origin.y), ImVec2(nowX, origin.y + size.y), IM_COL32(255, 255, 255, 160), 1.5f);
    ImGui::SetCursorScreenPos(origin);
    ImGui::InvisibleButton("##plot", size);
    if (ImGui::IsItemHovered()) {
        const float u = std::clamp((ImGui::GetIO().MousePos.x - origin.x) / size.x, 0.0f, 1.0f);
        const std::size_t i = std::min(series.size() - 1, std::size_t(u * float(series.size() - 1) + 0.5f));
        ImGui::SetTooltip("%.1f s: %.1f kPa", double(i) / timeline.sampleHz, series[i]);
    }
    ImGui::Dummy(ImVec2(size.x, lineHeight + 4.0f));  // room for the time labels
}

}  // namespace

RegionPanelAction drawRegionPanel(const RegionReport& report, const RegionTimeline& timeline, Region& selected,
                                  double nowS) {
    drawTable(report, selected);
    drawPlot(timeline, selected, nowS);
    RegionPanelAction action = RegionPanelAction::None;
    if (ImGui::SmallButton("Save figures as CSV")) action = RegionPanelAction::SaveFiguresCsv;
    ImGui::SameLine();
    if (ImGui::SmallButton("Save pressure over time as CSV")) action = RegionPanelAction::SaveTimelineCsv;
    return action;
}

}  // namespace backrub::ui
