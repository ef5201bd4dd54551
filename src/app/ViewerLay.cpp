// The lay path in the viewer: the first-start chooser, the simple panel that
// replaces the expert ones for someone massaging a partner, and the finish screen
// after the last guided step (core/session/LayPath.h holds the logic).
#include "app/Viewer.h"

#include "ui/AudienceChooser.h"
#include "ui/LayPanel.h"
#include "ui/ScreenStyle.h"

#include <imgui.h>

namespace backrub::app {

void Viewer::applyAudienceChoice(Audience audience) {
    state_.chooserOpen = false;
    if (audience == Audience::Unchosen) return;  // "Not now": the viewer as it was
    prefs_.audience = audience;
    const std::string before = state_.techniqueId;
    chooseAudience(audience, vis_.library, state_, prefs_.view);
    if (state_.techniqueId != before) selectTechnique(state_.techniqueId);
    setLevel(state_.level);
    playback_.pause();
    if (audience == Audience::Learn) status_.message = "landmark labels on (L hides them); hover a structure to name it";
    else if (audience == Audience::Teach) status_.message = "press P to present: fullscreen, large type, Esc leaves";
    else status_.message.clear();
    savePrefs();
}

bool Viewer::drawLayScreen() {
    const ui::Fonts fonts{largeFont_, titleFont_};
    if (state_.chooserOpen) {
        if (const std::optional<Audience> chosen = ui::drawAudienceChooser(fonts, hotspots_)) applyAudienceChoice(*chosen);
        return true;
    }
    const TechniqueSession* session = vis_.session.get();
    if (!session || !guidedFinished(state_, playback_)) return false;
    std::vector<const Technique*> offered;
    if (state_.allControls)
        for (const Technique& t : vis_.library.techniques) offered.push_back(&t);
    else offered = partnerTechniques(vis_.library);
    const ui::FinishChoice choice = ui::drawFinishScreen(session->technique(), offered, finish_, fonts, hotspots_);
    if (choice.repeat) playback_.jumpToStep(0);
    else if (!choice.technique.empty()) selectTechnique(choice.technique);
    return true;
}

void Viewer::drawLayPanel() {
    PressureLevel level = state_.level;
    const ui::LayPanelChoice choice =
        ui::drawLayPanel(partnerTechniques(vis_.library), state_.techniqueId, level, state_.guided, hotspots_);
    if (!choice.technique.empty()) selectTechnique(choice.technique);
    if (choice.levelChanged) setLevel(level);
    if (choice.guide) state_.guided = true;
    if (choice.showAllControls) state_.allControls = true;
}

// At the foot of the full panel: choose again, and back to the simple panel for a partner.
void Viewer::drawAudienceButtons() {
    ImGui::Spacing();
    if (ImGui::SmallButton("Who is this for?")) state_.chooserOpen = true;
    hotspots_.recordLastItem("main.audience");
    if (prefs_.audience != Audience::Partner) return;
    ImGui::SameLine();
    if (ImGui::SmallButton("Simple controls")) {
        state_.allControls = false;
        setLevel(state_.level);  // back to at most moderate
    }
    hotspots_.recordLastItem("main.simple");
}

}  // namespace backrub::app
