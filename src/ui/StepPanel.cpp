#include "ui/StepPanel.h"

#include "core/technique/EverydayForce.h"

#include <imgui.h>

#include <cstdio>
#include <string>

namespace backrub::ui {
namespace {

const char* positionInWords(ReceiverPosition p) {
    switch (p) {
        case ReceiverPosition::Prone: return "lying on the stomach";
        case ReceiverPosition::SupineKneesToChest: return "lying on the back with the knees pulled to the chest";
        case ReceiverPosition::Self: return "on their own (self-massage), shown standing and reaching back with their own hands";
    }
    return "";
}

}  // namespace

std::string stepNarration(const Technique& technique, int step) {
    if (step < 0 || step >= static_cast<int>(technique.steps.size())) return "";
    const Step& s = technique.steps[step];
    std::string text = s.narration;
    if (s.position != ReceiverPosition::Prone)
        text += std::string("\n\nReceiver: ") + positionInWords(s.position) + ".";
    return text;
}

std::vector<StepForce> stepForces(const Step& step, PressureLevel level) {
    std::vector<StepForce> out;
    for (const Action& a : step.actions) {
        const StepForce f{a.forceN.at(level), a.contact, a.hand == HandChoice::Both};
        if (!(f.forceN > 0.0f)) continue;
        bool seen = false;
        for (const StepForce& o : out) seen |= o.forceN == f.forceN && o.contact == f.contact && o.eachHand == f.eachHand;
        if (!seen) out.push_back(f);
    }
    return out;
}

std::string forceInWords(const StepForce& force) {
    char newtons[64];
    std::snprintf(newtons, sizeof newtons, "%.0f N%s (", static_cast<double>(force.forceN),
                  force.eachHand ? " with each hand" : "");
    return newtons + everydayForce(force.forceN, force.contact) + ")";
}

void drawStepPanel(const Technique& technique, Playback& playback, PressureLevel level) {
    const int current = playback.currentStep();
    for (int i = 0; i < static_cast<int>(technique.steps.size()); ++i) {
        const Step& s = technique.steps[i];
        ImGui::PushID(i);
        const std::string label = std::to_string(i + 1) + ". " + s.title;
        if (ImGui::Selectable(label.c_str(), i == current)) playback.jumpToStep(i);
        if (i == current) {
            ImGui::Indent();
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextUnformatted(stepNarration(technique, i).c_str());
            for (const StepForce& f : stepForces(s, level))
                ImGui::TextDisabled("%s: %s", enumLabel(kPressureLevels, level), forceInWords(f).c_str());
            ImGui::PopTextWrapPos();
            ImGui::Unindent();
            if (ImGui::IsWindowAppearing()) ImGui::SetScrollHereY();
        }
        ImGui::PopID();
    }
}

}  // namespace backrub::ui
