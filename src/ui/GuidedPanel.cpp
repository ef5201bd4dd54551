#include "ui/GuidedPanel.h"

#include "core/session/OverlayGeometry.h"
#include "core/technique/EverydayForce.h"
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


// How hard to press in this step at the chosen level, and how to feel it beforehand.
void drawStepForce(const Step& step, PressureLevel level) {
    for (const StepForce& f : stepForces(step, level)) {
        ImGui::TextWrapped("How hard (%s%s): %s.", pressureLevelId(level), f.eachHand ? ", each hand" : "",
                           everydayForce(f.forceN, f.contact).c_str());
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("Try it first: %s.", kitchenScaleTip(f.forceN, f.contact).c_str());
        ImGui::PopStyleColor();
    }
}

// The warnings the body shows a marker for now, in plain words on a red ground;
// a quiet line when there is none, so the panel keeps its place.
void drawWarningsNow(const TechniqueSession& session) {
    const std::vector<SafetyWarning> shown = markedWarnings(session.safety().warnings(), session.time());
    if (shown.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.55f, 0.85f, 0.55f, 1.0f));
        ImGui::TextWrapped("Pressure is within the safe limits here.");
        ImGui::PopStyleColor();
        return;
    }
    // Text on channel 1, its red ground drawn afterwards on channel 0 behind it.
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    ImGui::BeginGroup();
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.96f, 0.92f, 1.0f));
    ImGui::SetWindowFontScale(1.3f);
    // One line per piece of advice: left and right kidney zones ask the same thing.
    std::vector<std::string> said;
    for (const SafetyWarning& w : shown) {
        if (std::find(said.begin(), said.end(), w.plainAdvice()) != said.end()) continue;
        said.emplace_back(w.plainAdvice());
        ImGui::TextWrapped("%s", w.plainAdvice());
    }
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopStyleColor();
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.78f, 0.72f, 1.0f));
    for (const SafetyWarning& w : shown)
        ImGui::TextWrapped("%s%s%s: %.0f kPa, limit %.0f kPa", regionName(w.region), w.landmark.empty() ? "" : " near ",
                           w.landmark.c_str(), static_cast<double>(w.peakKPa), static_cast<double>(w.limitKPa));
    ImGui::PopStyleColor();
    ImGui::EndGroup();
    draw->ChannelsSetCurrent(0);
    const ImVec2 pad(6.0f, 4.0f);
    const ImVec2 lo(ImGui::GetItemRectMin().x - pad.x, ImGui::GetItemRectMin().y - pad.y);
    const ImVec2 hi(ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x + pad.x,
                    ImGui::GetItemRectMax().y + pad.y);
    draw->AddRectFilled(lo, hi, IM_COL32(110, 20, 10, 200), 4.0f);
    draw->AddRect(lo, hi, IM_COL32(255, 110, 70, 255), 4.0f, 0, 2.0f);
    draw->ChannelsMerge();
}

}  // namespace

bool drawGuidedPanel(const TechniqueSession& session, Playback& playback) {
    const Technique& technique = session.technique();
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
        ImGui::Spacing();
        drawStepForce(technique.steps[step], session.level());
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
    ImGui::Spacing();
    ImGui::Spacing();
    drawWarningsNow(session);
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
