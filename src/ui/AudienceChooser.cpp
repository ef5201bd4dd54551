#include "ui/AudienceChooser.h"

#include <cmath>
#include <string>

namespace backrub::ui {
namespace {

struct Card {
    Audience audience;
    const char* what;  // what the viewer opens with
    const char* hint;  // one line at the foot of the card
};

const Card kCards[] = {
    {Audience::Learn, "Explore the spine, muscles and shoulder blades layer by layer, with every landmark named.",
     "Labels on"},
    {Audience::Teach, "The full viewer for a room: every technique, heat map and figure, on a big screen.",
     "Press P to present"},
    {Audience::Partner, "A gentle beginner technique, one step at a time, in plain words.", "Step by step, gentle"},
};

// Small drawings in a round badge: a spine, a presentation board, a heart.
void drawIcon(ImDrawList* draw, Audience a, ImVec2 c, float r, ImU32 ink) {
    if (a == Audience::Learn) {
        for (int i = 0; i < 6; ++i) {
            const float y = c.y - 0.62f * r + i * 0.25f * r;
            const float half = (0.20f + 0.03f * i) * r;
            draw->AddRectFilled(ImVec2(c.x - half, y), ImVec2(c.x + half, y + 0.17f * r), ink, 0.06f * r);
        }
    } else if (a == Audience::Teach) {
        draw->AddRect(ImVec2(c.x - 0.6f * r, c.y - 0.5f * r), ImVec2(c.x + 0.6f * r, c.y + 0.25f * r), ink,
                      0.08f * r, 0, 0.09f * r);
        draw->AddLine(ImVec2(c.x, c.y + 0.25f * r), ImVec2(c.x - 0.3f * r, c.y + 0.65f * r), ink, 0.09f * r);
        draw->AddLine(ImVec2(c.x, c.y + 0.25f * r), ImVec2(c.x + 0.3f * r, c.y + 0.65f * r), ink, 0.09f * r);
        const ImVec2 line[] = {ImVec2(c.x - 0.4f * r, c.y + 0.05f * r), ImVec2(c.x - 0.1f * r, c.y - 0.2f * r),
                               ImVec2(c.x + 0.1f * r, c.y - 0.05f * r), ImVec2(c.x + 0.4f * r, c.y - 0.32f * r)};
        draw->AddPolyline(line, 4, ink, 0, 0.09f * r);
    } else {
        const float s = 0.27f * r;
        draw->AddCircleFilled(ImVec2(c.x - s, c.y - 0.15f * r), s * 1.02f, ink, 24);
        draw->AddCircleFilled(ImVec2(c.x + s, c.y - 0.15f * r), s * 1.02f, ink, 24);
        draw->AddTriangleFilled(ImVec2(c.x - 2.0f * s, c.y - 0.05f * r), ImVec2(c.x + 2.0f * s, c.y - 0.05f * r),
                                ImVec2(c.x, c.y + 0.62f * r), ink);
    }
}

// One card: a button the size of the card, drawn by hand. True when clicked.
bool drawCard(const Fonts& fonts, const Card& card, int index, ImVec2 size) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::InvisibleButton(enumId(kAudiences, card.audience), size);
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 q(p.x + size.x, p.y + size.y);
    draw->AddRectFilled(p, q, opaqueOverWindow(hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg), 12.0f);
    draw->AddRect(p, q, accentColor(index, hovered ? 1.0f : 0.45f), 12.0f, 0, hovered ? 3.0f : 1.5f);
    // Badge, title, description, hint.
    const float r = 34.0f;
    const ImVec2 badge(p.x + size.x * 0.5f, p.y + 22.0f + r);
    draw->AddCircleFilled(badge, r, accentColor(index, 0.9f), 48);
    drawIcon(draw, card.audience, badge, r, IM_COL32(255, 255, 255, 255));
    const float pad = 18.0f;
    float y = badge.y + r + 16.0f;
    ImFont* titleFont = fonts.title ? fonts.title : ImGui::GetFont();
    const float titleSize = fonts.title ? fonts.title->FontSize : ImGui::GetFontSize() * 1.35f;
    const char* title = enumLabel(kAudiences, card.audience);
    const float titleW = titleFont->CalcTextSizeA(titleSize, 1e9f, 0.0f, title).x;
    draw->AddText(titleFont, titleSize, ImVec2(p.x + (size.x - titleW) * 0.5f, y), ImGui::GetColorU32(ImGuiCol_Text),
                  title);
    y += titleSize + 10.0f;
    draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(p.x + pad, y), ImGui::GetColorU32(ImGuiCol_Text, 0.85f),
                  card.what, nullptr, size.x - 2.0f * pad);
    const float hintW = ImGui::CalcTextSize(card.hint).x;
    draw->AddText(ImVec2(p.x + (size.x - hintW) * 0.5f, q.y - pad - ImGui::GetFontSize()), accentColor(index),
                  card.hint);
    return clicked;
}

}  // namespace

std::optional<Audience> drawAudienceChooser(const Fonts& fonts, Hotspots& hotspots) {
    std::optional<Audience> chosen;
    beginScreen("##chooser", 940.0f);
    headingText(fonts, "Welcome to Backrub", true);
    const char* ask = "What would you like to do today?";
    ImGui::SetCursorPosX((ImGui::GetWindowWidth() - ImGui::CalcTextSize(ask).x) * 0.5f);
    ImGui::TextDisabled("%s", ask);
    ImGui::Dummy(ImVec2(0.0f, 10.0f));
    const float gap = 20.0f;
    const float width = (ImGui::GetContentRegionAvail().x - 2.0f * gap) / 3.0f;
    for (int i = 0; i < 3; ++i) {
        if (i > 0) ImGui::SameLine(0.0f, gap);
        if (drawCard(fonts, kCards[i], i, ImVec2(width, 250.0f))) chosen = kCards[i].audience;
        hotspots.recordLastItem(std::string("chooser.") + enumId(kAudiences, kCards[i].audience));
    }
    ImGui::Dummy(ImVec2(0.0f, 6.0f));
    ImGui::TextDisabled("You can change this later in the Backrub panel.");
    ImGui::SameLine(ImGui::GetWindowWidth() - 28.0f - 90.0f);
    if (ImGui::Button("Not now", ImVec2(90.0f, 0.0f))) chosen = Audience::Unchosen;
    hotspots.recordLastItem("chooser.skip");
    endScreen();
    return chosen;
}

}  // namespace backrub::ui
