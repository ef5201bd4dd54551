#include "ui/FinishScreen.h"

#include <iterator>

namespace backrub::ui {
namespace {

// General guidance in plain words; docs/sources.md, "Aftercare and when to get help".
const char* const kAfterwards[] = {
    "Lift your hands away slowly and let your partner rest for a moment.",
    "Help them sit up slowly: after lying down some people feel a little light-headed.",
    "Offer a glass of water if they would like one.",
    "Ask how it felt: what they liked, and anywhere that was too much. Next time go gentler there, or leave it out.",
    "A little soreness the next day can happen. In one study about 1 in 10 people felt some after a massage, "
    "and it was mostly gone within a day and a half.",
};

}  // namespace

const char* const kSeeTherapist =
    "See a licensed massage therapist if your partner would like firmer or deeper work than these beginner "
    "techniques, or the same tight spot keeps coming back.";

namespace {

const char* const kSeeDoctor[] = {
    "lasts more than a few weeks, or keeps getting worse",
    "started after a fall, a blow or an accident",
    "comes with a fever, or with weight loss they cannot explain",
    "is worse at night or when lying down",
    "comes with numbness, tingling or weakness in the legs",
};

const char* const kUrgent =
    "Get help at once (call emergency services) for numbness around the buttocks or genitals, or new trouble "
    "peeing or controlling the bowels.";

// A round badge with a tick, centred above the heading.
void drawTick() {
    const float r = 26.0f;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const ImVec2 c(ImGui::GetWindowPos().x + ImGui::GetWindowWidth() * 0.5f, p.y + r);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddCircleFilled(c, r, accentColor(0), 48);
    const ImVec2 tick[] = {ImVec2(c.x - 0.45f * r, c.y + 0.02f * r), ImVec2(c.x - 0.12f * r, c.y + 0.35f * r),
                           ImVec2(c.x + 0.48f * r, c.y - 0.32f * r)};
    draw->AddPolyline(tick, 3, IM_COL32(255, 255, 255, 255), 0, 0.16f * r);
    ImGui::Dummy(ImVec2(0.0f, 2.0f * r));
}

void bullets(const char* const* items, int count) {
    for (int i = 0; i < count; ++i) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s", items[i]);
    }
}

void drawAdvice(const Fonts& fonts) {
    const float gap = 28.0f;
    const float column = (ImGui::GetContentRegionAvail().x - gap) * 0.5f;
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + column);
    titleText(fonts, "Afterwards", accentColor(0));
    bullets(kAfterwards, int(std::size(kAfterwards)));
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    ImGui::SameLine(0.0f, gap);
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + column);
    titleText(fonts, "When to see a professional", accentColor(2));
    ImGui::TextWrapped("%s", kSeeTherapist);
    ImGui::Spacing();
    ImGui::TextWrapped("Stop, and see a doctor before massaging again, if their back pain:");
    bullets(kSeeDoctor, int(std::size(kSeeDoctor)));
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, accentColor(2));
    ImGui::TextWrapped("%s", kUrgent);
    ImGui::PopStyleColor();
    ImGui::TextDisabled("General guidance, not a diagnosis.");
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
}

}  // namespace

FinishChoice drawFinishScreen(const Technique& done, const std::vector<const Technique*>& others,
                              FinishScreenState& state, const Fonts& fonts, Hotspots& hotspots) {
    FinishChoice choice;
    beginScreen("##finish", 960.0f);
    drawTick();
    headingText(fonts, "Well done!", true);
    const std::string line = "You finished \"" + done.title + "\".";
    ImGui::SetCursorPosX((ImGui::GetWindowWidth() - ImGui::CalcTextSize(line.c_str()).x) * 0.5f);
    ImGui::TextDisabled("%s", line.c_str());
    ImGui::Dummy(ImVec2(0.0f, 6.0f));
    if (state.picking) {
        titleText(fonts, "Pick another technique", accentColor(1));
        for (const Technique* t : others) {
            if (t->id == done.id) continue;
            if (ImGui::Button(t->title.c_str(), ImVec2(280.0f, 34.0f))) choice.technique = t->id;
            hotspots.recordLastItem("finish.technique." + t->id);
            ImGui::SameLine();
            ImGui::PushTextWrapPos(0.0f);
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetColorU32(ImGuiCol_Text, 0.8f));
            ImGui::TextUnformatted(t->summary.c_str());
            ImGui::PopStyleColor();
            ImGui::PopTextWrapPos();
        }
        ImGui::Dummy(ImVec2(0.0f, 6.0f));
        if (ImGui::Button("< Back", ImVec2(120.0f, 34.0f))) state.picking = false;
    } else {
        drawAdvice(fonts);
        ImGui::Dummy(ImVec2(0.0f, 10.0f));
        const float w = 260.0f, gap = 16.0f;
        ImGui::SetCursorPosX((ImGui::GetWindowWidth() - 2.0f * w - gap) * 0.5f);
        choice.repeat = accentButton("Repeat this technique", 0, ImVec2(w, 42.0f));
        hotspots.recordLastItem("finish.repeat");
        ImGui::SameLine(0.0f, gap);
        if (accentButton("Pick another technique", 1, ImVec2(w, 42.0f))) state.picking = true;
        hotspots.recordLastItem("finish.pick");
    }
    endScreen();
    if (choice.repeat || !choice.technique.empty()) state.picking = false;
    return choice;
}

}  // namespace backrub::ui
