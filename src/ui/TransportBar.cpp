#include "ui/TransportBar.h"

#include <imgui.h>

#include <cmath>
#include <cstdio>
#include <string>

namespace backrub::ui {

std::string formatTime(double seconds) {
    if (!std::isfinite(seconds) || seconds < 0.0) seconds = 0.0;
    const int minutes = static_cast<int>(seconds / 60.0);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%d:%04.1f", minutes, seconds - minutes * 60.0);
    return buf;
}

void drawTransportBar(Playback& playback) {
    if (ImGui::Button("|<")) playback.previousStep();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Previous step (Left)");
    ImGui::SameLine();
    if (ImGui::Button(playback.playing() ? "Pause" : "Play", ImVec2(60, 0))) playback.togglePlay();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Play / pause (Space)");
    ImGui::SameLine();
    if (ImGui::Button(">|")) playback.nextStep();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Next step (Right)");
    ImGui::SameLine();
    float t = static_cast<float>(playback.time());
    const std::string label = formatTime(playback.time()) + " / " + formatTime(playback.duration());
    // Room for the speed slider and the loop box after the time slider, in the current type size.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float speedWidth = ImGui::CalcTextSize("0.00x").x * 2.5f;
    const float loopWidth = ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + ImGui::CalcTextSize("Loop").x;
    ImGui::SetNextItemWidth(-(speedWidth + loopWidth + 2.0f * style.ItemSpacing.x + style.WindowPadding.x));
    if (ImGui::SliderFloat("##time", &t, 0.0f, static_cast<float>(playback.duration()), label.c_str()))
        playback.seek(t);
    ImGui::SameLine();
    float speed = static_cast<float>(playback.speed());
    ImGui::SetNextItemWidth(speedWidth);
    if (ImGui::SliderFloat("##speed", &speed, float(Playback::kMinSpeed), float(Playback::kMaxSpeed), "%.2fx",
                           ImGuiSliderFlags_Logarithmic))
        playback.setSpeed(speed);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Speed 0.25x to 4x (+ / -)");
    ImGui::SameLine();
    bool loop = playback.loop();
    if (ImGui::Checkbox("Loop", &loop)) playback.setLoop(loop);
}

}  // namespace backrub::ui
