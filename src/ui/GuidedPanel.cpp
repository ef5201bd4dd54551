#include "ui/GuidedPanel.h"

#include "ui/StepPanel.h"

#include <imgui.h>

#include <algorithm>

#include <string>

namespace backrub::ui {
namespace {

// On the last step "Finish" goes to the end, where the viewer shows what to do afterwards.
void drawNextButton(Playback& playback, int step, int count, ImVec2 size) {
    if (step + 1 >= count) {
        if (ImGui::Button("Finish", size)) playback.seek(playback.duration());
    } else if (ImGui::Button("Next >", size)) {
        playback.jumpToStep(step + 1);
    }
}

}  // namespace

bool drawGuidedPanel(const Technique& technique, Playback& playback) {
    bool open = true;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float width = std::min(560.0f, vp->WorkSize.x * 0.45f);
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - width - 12.0f, vp->WorkPos.y + 12.0f), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(width, 0.0f), ImGuiCond_Always);
    if (!ImGui::Begin("Guided massage", &open, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse)) {
        ImGui::End();
        return open;
    }
    const int step = playback.currentStep();
    const int count = static_cast<int>(technique.steps.size());
    ImGui::SetWindowFontScale(1.25f);
    ImGui::TextWrapped("%s", technique.title.c_str());
    ImGui::SetWindowFontScale(1.0f);
    ImGui::TextDisabled("Step %d of %d", step + 1, count);
    ImGui::Separator();
    if (step < count) {
        ImGui::SetWindowFontScale(1.15f);
        ImGui::TextWrapped("%s", technique.steps[step].title.c_str());
        ImGui::SetWindowFontScale(1.0f);
        ImGui::Spacing();
        ImGui::TextWrapped("%s", stepNarration(technique, step).c_str());
    }
    ImGui::Spacing();
    const ImVec2 big((width - 40.0f) / 3.0f, 48.0f);
    ImGui::BeginDisabled(step == 0);
    if (ImGui::Button("< Back", big)) playback.jumpToStep(step - 1);
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(playback.playing() ? "Pause" : "Show me", big)) playback.togglePlay();
    ImGui::SameLine();
    drawNextButton(playback, step, count, big);
    if (!technique.cautions.empty()) {
        ImGui::Spacing();
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.8f, 0.45f, 1.0f));
        ImGui::TextUnformatted("Take care");
        for (const std::string& c : technique.cautions) {
            ImGui::Bullet();
            ImGui::TextWrapped("%s", c.c_str());
        }
        ImGui::PopStyleColor();
    }
    ImGui::End();
    return open;
}

}  // namespace backrub::ui
