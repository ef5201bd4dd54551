#include "ui/ScreenStyle.h"

namespace backrub::ui {
namespace {

const ImVec4 kAccents[] = {
    {0.20f, 0.66f, 0.60f, 1.0f},  // teal
    {0.91f, 0.63f, 0.22f, 1.0f},  // amber
    {0.88f, 0.40f, 0.47f, 1.0f},  // rose
};

ImVec4 accent(int index) { return kAccents[((index % 3) + 3) % 3]; }

ImVec4 scaled(ImVec4 c, float k) { return {c.x * k, c.y * k, c.z * k, c.w}; }

}  // namespace

ImU32 accentColor(int index, float alpha) {
    ImVec4 c = accent(index);
    c.w = alpha;
    return ImGui::ColorConvertFloat4ToU32(c);
}

void beginScreen(const char* id, float width) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::GetBackgroundDrawList()->AddRectFilled(vp->Pos, ImVec2(vp->Pos.x + vp->Size.x, vp->Pos.y + vp->Size.y),
                                                  IM_COL32(0, 0, 0, 120));
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f),
                            ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(width < vp->WorkSize.x - 24.0f ? width : vp->WorkSize.x - 24.0f, 0.0f),
                             ImGuiCond_Always);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 14.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(28.0f, 24.0f));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, 8.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(12.0f, 8.0f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImVec4 bg = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
    bg.w = 1.0f;  // the scene stays behind the dimmed backdrop, not behind the text
    ImGui::PushStyleColor(ImGuiCol_WindowBg, bg);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse;
    ImGui::Begin(id, nullptr, flags);
}

void endScreen() {
    ImGui::End();
    ImGui::PopStyleColor();
    ImGui::PopStyleVar(5);
}

void headingText(const Fonts& fonts, const char* text, bool centred) {
    if (fonts.heading) ImGui::PushFont(fonts.heading);
    else ImGui::SetWindowFontScale(2.0f);
    if (centred) {
        const float w = ImGui::CalcTextSize(text).x;
        ImGui::SetCursorPosX((ImGui::GetWindowWidth() - w) * 0.5f);
    }
    ImGui::TextUnformatted(text);
    if (fonts.heading) ImGui::PopFont();
    else ImGui::SetWindowFontScale(1.0f);
}

void titleText(const Fonts& fonts, const char* text, ImU32 color) {
    if (fonts.title) ImGui::PushFont(fonts.title);
    else ImGui::SetWindowFontScale(1.35f);
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
    if (fonts.title) ImGui::PopFont();
    else ImGui::SetWindowFontScale(1.0f);
}

ImU32 opaqueOverWindow(ImGuiCol color) {
    const ImVec4 c = ImGui::GetStyleColorVec4(color), bg = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
    const float a = c.w;
    return ImGui::ColorConvertFloat4ToU32(
        ImVec4(c.x * a + bg.x * (1.0f - a), c.y * a + bg.y * (1.0f - a), c.z * a + bg.z * (1.0f - a), 1.0f));
}

bool accentButton(const char* label, int index, ImVec2 size) {
    const ImVec4 c = accent(index);
    ImGui::PushStyleColor(ImGuiCol_Button, scaled(c, 0.85f));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, c);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, scaled(c, 0.7f));
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(255, 255, 255, 255));
    const bool clicked = ImGui::Button(label, size);
    ImGui::PopStyleColor(4);
    return clicked;
}

}  // namespace backrub::ui
