#include "ui/TechniqueBrowser.h"

#include <imgui.h>

#include <algorithm>
#include <cctype>

namespace backrub::ui {
namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

}  // namespace

bool techniqueMatches(const Technique& technique, const std::string& search) {
    if (search.empty()) return true;
    const std::string needle = lower(search);
    return lower(technique.id).find(needle) != std::string::npos ||
           lower(technique.title).find(needle) != std::string::npos ||
           lower(technique.summary).find(needle) != std::string::npos;
}

bool drawTechniqueBrowser(const TechniqueLibrary& library, std::string& selectedId, TechniqueBrowserState& state) {
    bool changed = false;
    ImGui::SetNextItemWidth(-1.0f);
    ImGui::InputTextWithHint("##search", "search techniques", state.search, sizeof state.search);
    // The title takes what the position and level (sized to fit) leave; the summary is its tooltip.
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit;
    if (ImGui::BeginTable("techniques", 3, flags)) {
        ImGui::TableSetupColumn("Technique", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("Position");
        ImGui::TableSetupColumn("Level");
        ImGui::TableHeadersRow();
        for (const Technique& t : library.techniques) {
            if (!techniqueMatches(t, state.search)) continue;
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            const bool selected = t.id == selectedId;
            const bool yours = library.isUsers(t.id);
            // "###id" keeps the row's identity apart from its label.
            const std::string label = t.title + (yours ? "  (yours)" : "") + "###" + t.id;
            if (ImGui::Selectable(label.c_str(), selected, ImGuiSelectableFlags_SpanAllColumns) && !selected) {
                selectedId = t.id;
                changed = true;
            }
            if (ImGui::IsItemHovered()) {
                const std::string tip = t.summary + (yours ? "\n\nYour technique, from " + library.fileOf(t.id) : "");
                if (!tip.empty()) ImGui::SetTooltip("%s", tip.c_str());
            }
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(receiverPositionLabel(t.position));
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(techniqueLevelId(t.level));
        }
        ImGui::EndTable();
    }
    return changed;
}

}  // namespace backrub::ui
