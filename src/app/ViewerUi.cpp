// Viewer panels: technique browser, steps and narration, transport, pressure and
// heat map with legend, layers and camera, region figures; warnings; guided and
// presentation modes; landmark labels and hover descriptions.
#include "app/Viewer.h"

#include "core/session/CaptionText.h"
#include "core/view/LabelLayout.h"
#include "core/body/StructureInfo.h"
#include "core/session/StructureSearch.h"
#include "ui/GuidedPanel.h"
#include "ui/HeatPanel.h"
#include "ui/LayerPanel.h"
#include "ui/RegionPanel.h"
#include "ui/StepPanel.h"
#include "ui/TransportBar.h"
#include "ui/WarningsPanel.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace backrub::app {

// `index` picks the window's open state and staggers the windows so that none hides another.
void Viewer::drawProblemsWindow(const char* title, const Problems& problems, int index) {
    ProblemsWindow& window = problemsWindows_.at(static_cast<std::size_t>(index));
    if (problems.size() != window.shown) window.open = true;  // a new list opens it again
    window.shown = problems.size();
    if (problems.empty() || !window.open) return;
    const float step = 28.0f * static_cast<float>(index);
    ImGui::SetNextWindowPos(ImVec2(380 + step, 10 + step), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(520, 0), ImGuiCond_FirstUseEver);
    if (ImGui::Begin(title, &window.open)) {
        for (const Problem& p : problems) ImGui::TextWrapped("%s", p.str().c_str());
        if (ImGui::Button("Close")) window.open = false;
        hotspots_.recordLastItem("problems." + std::to_string(index) + ".close");
    }
    ImGui::End();
}

void Viewer::drawStructureSearch() {
    ImGui::SetNextItemWidth(-1.0f);
    // Searched again only when the text changes: each match walks its mesh for a centre.
    if (ImGui::InputTextWithHint("##find", "find a bone or muscle", searchText_, sizeof searchText_))
        searchMatches_ = findStructures(shownScene(), searchText_);
    for (const StructureMatch& m : searchMatches_) {
        if (ImGui::Selectable(m.name.c_str(), selectedNode_ == m.node)) {
            const bool again = selectedNode_ == m.node;
            selectedNode_ = again ? -1 : m.node;
            if (!again) camera_.setTarget(m.centre);  // in the middle of the view, seen as before
        }
    }
}

void Viewer::drawMainPanel() {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const ImGuiCond place = resetLayout_ ? ImGuiCond_Always : ImGuiCond_FirstUseEver;
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + 8, vp->WorkPos.y + 8), place);
    ImGui::SetNextWindowSize(ImVec2(std::min(460.0f * uiScale_, vp->WorkSize.x * 0.45f), vp->WorkSize.y - 110.0f * uiScale_),
                             place);
    resetLayout_ = false;
    // A broken layout.ini may hold any size: the panel never shrinks below a usable one.
    constexpr float kMinPanelWidth = 280.0f, kMinPanelHeight = 160.0f;  // unscaled pixels
    ImGui::SetNextWindowSizeConstraints(ImVec2(kMinPanelWidth * uiScale_, kMinPanelHeight * uiScale_), ImVec2(FLT_MAX, FLT_MAX));
    const bool open = ImGui::Begin("Backrub");
    {
        // Nor does it stay out of the window: placed back where it starts.
        const ImVec2 at = ImGui::GetWindowPos();
        const float grab = 40.0f * uiScale_;
        if (at.x > vp->WorkPos.x + vp->WorkSize.x - grab || at.y > vp->WorkPos.y + vp->WorkSize.y - grab ||
            at.x + ImGui::GetWindowWidth() < vp->WorkPos.x + grab || at.y < vp->WorkPos.y - grab)
            resetLayout_ = true;
    }
    // A panel along the left edge takes its width from the scene's free area (a
    // panel moved elsewhere or collapsed takes none).
    const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    const bool docked = open && pos.x - vp->WorkPos.x < 0.25f * vp->WorkSize.x && size.x < 0.6f * vp->WorkSize.x;
    state_.panelRight = docked ? (pos.x + size.x - vp->WorkPos.x) / std::max(vp->WorkSize.x, 1.0f) : 0.0f;
    panelBoxes_.push_back({{pos.x, pos.y}, {pos.x + size.x, pos.y + size.y}});
    if (!open) {
        ImGui::End();
        return;
    }
    if (ImGui::CollapsingHeader("Techniques", ImGuiTreeNodeFlags_DefaultOpen)) {
        std::string id = state_.techniqueId;
        if (ui::drawTechniqueBrowser(vis_.library, id, browser_)) selectTechnique(id);
        if (ImGui::Button(editing_ ? "Stroke editor (open)" : "Write your own: stroke editor")) openStrokeEditor();
        hotspots_.recordLastItem("main.editor");
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("Lay paths by clicking on the skin, set hands, contact, motion and force,\n"
                              "watch the heat map, and save into your techniques folder.");
    }
    const TechniqueSession* session = vis_.session.get();
    if (session && ImGui::CollapsingHeader("Steps", ImGuiTreeNodeFlags_DefaultOpen)) {
        ui::drawStepPanel(session->technique(), playback_, state_.level);
        if (ImGui::Button("Guided mode (G)")) state_.guided = true;
        hotspots_.recordLastItem("main.guided");
        ImGui::SameLine();
        if (ImGui::Button("Present (P)")) setPresenting(true);
        ImGui::SameLine();
        if (ImGui::Button("Print handout")) handoutRequested_ = true;
        hotspots_.recordLastItem("main.handout");
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("A PDF to print (A4): every step pictured and explained, then the region figures.\n"
                              "Saved in the current folder, like screenshots; takes a few seconds.");
        ImGui::SameLine();
        if (ImGui::Button(comparing_ ? "Compare: off" : "Compare")) setComparing(!comparing_);
        hotspots_.recordLastItem("main.compare");
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("The technique on screen (left) beside another one, or the same at another pressure (right):\n"
                              "the same body, the same moment, one heat scale, and the region figures of both.");
    }
    if (ImGui::CollapsingHeader("Pressure and heat map", ImGuiTreeNodeFlags_DefaultOpen)) {
        PressureLevel level = state_.level;
        if (ui::drawHeatPanel(level, prefs_.view)) setLevel(level);
        if (renderer_.legend()) ui::drawLegend(*renderer_.legend(), ImGui::GetContentRegionAvail().x - 10.0f);
    }
    if (comparing_) {
        if (compareHeaderOpens_) ImGui::SetNextItemOpen(true);  // just turned on: its choices and table show
        compareHeaderOpens_ = false;
        if (ImGui::CollapsingHeader("Compare side by side")) drawComparePanel();
    }
    if (ImGui::CollapsingHeader("Layers and view")) {
        ui::drawLayerPanel(prefs_.view);
        ImGui::Checkbox("Hands", &prefs_.view.showHands);
        ImGui::SameLine();
        ImGui::Checkbox("see-through", &prefs_.view.handsSeeThrough);
        ImGui::Checkbox("Trails and path preview", &prefs_.view.showTrails);
        ImGui::Checkbox("Landmark labels", &prefs_.view.showLabels);
        for (const ViewPresetRow& row : kViewPresets) {
            if (row.value != kViewPresets.front().value) ImGui::SameLine();
            if (ImGui::SmallButton(row.label)) camera_.setPreset(row.value);
        }
        ImGui::SameLine();
        if (ImGui::SmallButton("Reset")) camera_.reset();
        if (ImGui::SmallButton("Reset panel layout")) resetLayout_ = true;
        drawStructureSearch();
    }
    state_.regionPanelOpen = session && ImGui::CollapsingHeader("Region figures");
    if (state_.regionPanelOpen) {
        if (analysis_) {
            const ui::RegionPanelAction action =
                ui::drawRegionPanel(analysis_->report, analysis_->timeline, state_.selectedRegion, playback_.time());
            if (action != ui::RegionPanelAction::None) saveRegionCsv(action == ui::RegionPanelAction::SaveTimelineCsv);
        }
        else {
            startRegionAnalysis();
            ImGui::TextDisabled("Sampling the whole technique...");
        }
    }
    drawAudienceButtons();
    ImGui::End();
}

void Viewer::drawWarningsWindow() {
    const TechniqueSession* session = vis_.session.get();
    if (!session) return;
    // Its own window at the bottom right, above the transport bar, beside the body
    // rather than below the main panel's fold; as tall as the warnings need, up to
    // a third of the view.
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float width = std::min(ImGui::GetFontSize() * 30.0f, vp->WorkSize.x * 0.34f);
    const float bottom = vp->WorkPos.y + vp->WorkSize.y - 2.0f * ImGui::GetFrameHeightWithSpacing() -
                         2.0f * ImGui::GetStyle().WindowPadding.y - 8.0f;
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - 8.0f, bottom), ImGuiCond_Always, ImVec2(1.0f, 1.0f));
    ImGui::SetNextWindowSize(ImVec2(width, 0.0f), ImGuiCond_Always);
    const std::vector<SafetyWarning> warnings = session->safety().warnings();
    const std::string title = "Warnings (" + std::to_string(warnings.size()) + ")###warnings";
    if (ImGui::Begin(title.c_str(), nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                                 ImGuiWindowFlags_NoFocusOnAppearing)) {
        const int clicked = ui::drawWarningsPanel(warnings, session->time(), vp->WorkSize.y / 3.0f);
        if (clicked >= 0) playback_.seek(warnings[static_cast<std::size_t>(clicked)].startS);
    }
    ImGui::End();
}

void Viewer::drawPresentationCaption() {
    const TechniqueSession* session = vis_.session.get();
    if (!session) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float margin = 16.0f;
    // The height the caption may take: the whole column beside the picture, half the window below it.
    const float room = state_.caption.beside ? vp->WorkSize.y - 2.0f * margin : vp->WorkSize.y * 0.5f;
    if (state_.caption.beside) {
        // Beside a tall picture: a column at the right, the picture keeps its full size.
        ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - margin, vp->WorkPos.y + vp->WorkSize.y * 0.5f),
                                ImGuiCond_Always, ImVec2(1.0f, 0.5f));
        ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x * CaptionLayout::kBesideFraction - 2.0f * margin, 0.0f), ImGuiCond_Always);
    } else {
        ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y - margin),
                                ImGuiCond_Always, ImVec2(0.5f, 1.0f));
        ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x * 0.8f, 0.0f), ImGuiCond_Always);
    }
    ImGui::SetNextWindowBgAlpha(0.55f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                   ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoInputs;
    const int step = playback_.currentStep();
    const Technique& t = session->technique();
    const std::string warning = captionWarning(session->safety().activeAt(playback_.time()));
    if (largeFont_) ImGui::PushFont(largeFont_);
    if (ImGui::Begin("##caption", nullptr, flags)) {
        ImGui::SetWindowFontScale(state_.caption.textScale);
        ImGui::PushTextWrapPos(0.0f);  // every line wraps inside the caption: none is cut at its edge
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextUnformatted(t.title.c_str());
        const std::string where = "step " + std::to_string(step + 1) + " of " + std::to_string(t.steps.size()) +
                                  ", " + pressureLevelId(state_.level) + " pressure";
        ImGui::TextUnformatted(where.c_str());
        ImGui::TextUnformatted(
            captionProgress(playback_.time(), playback_.duration(), playback_.speed(), playback_.playing()).c_str());
        ImGui::PopStyleColor();
        if (!warning.empty()) {
            const ImVec4 alert = prefs_.view.theme == Theme::Light ? ImVec4(0.75f, 0.12f, 0.0f, 1.0f)
                                                                    : ImVec4(1.0f, 0.55f, 0.25f, 1.0f);
            ImGui::PushStyleColor(ImGuiCol_Text, alert);
            ImGui::TextUnformatted(("(!) " + warning).c_str());
            ImGui::PopStyleColor();
        }
        if (step < int(t.steps.size())) {
            ImGui::TextUnformatted(t.steps[step].title.c_str());
            ImGui::TextUnformatted(ui::stepNarration(t, step).c_str());
        }
        ImGui::PopTextWrapPos();
        if (renderer_.legend())
            ui::drawLegend(*renderer_.legend(), std::min(ImGui::GetFontSize() * 22.0f, ImGui::GetContentRegionAvail().x - 8.0f));
        // The next frames lift the picture above a bottom caption (see OrbitCamera::setBottomInset).
        state_.caption.bottomInset = (ImGui::GetWindowHeight() + 24.0f) / std::max(vp->WorkSize.y, 1.0f);
        // A caption taller than its room is drawn smaller from the next frame on.
        const float height = ImGui::GetCursorPosY() + ImGui::GetStyle().WindowPadding.y;
        const std::string content = t.id + "|" + std::to_string(step) + "|" + (warning.empty() ? "" : "warning") + "|" +
                                    (state_.caption.beside ? "beside" : "below") + "|" +
                                    std::to_string(int(vp->WorkSize.x)) + "x" + std::to_string(int(vp->WorkSize.y));
        state_.caption.fitText(content, height, room);
    }
    ImGui::End();
    if (largeFont_) ImGui::PopFont();
}

void Viewer::drawLabels() {
    const Body* body = shownBody();
    if (!prefs_.view.showLabels || !body) return;
    int w = 0, h = 0;
    context_->drawableSize(w, h);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const glm::mat4 viewProjection = camera_.projection(float(w) / float(h > 0 ? h : 1)) * camera_.view();
    const glm::vec3 eye = camera_.eye();
    ImDrawList* draw = ImGui::GetBackgroundDrawList();
    const glm::vec3& centre = sceneCentre_;
    const auto toScreen = [&](const glm::vec3& q, glm::vec2& out) {
        const glm::vec4 clip = viewProjection * glm::vec4(q, 1.0f);
        if (clip.w <= 0.0f) return false;
        const glm::vec2 ndc = glm::vec2(clip) / clip.w;
        out = {vp->Pos.x + (ndc.x * 0.5f + 0.5f) * vp->Size.x, vp->Pos.y + (0.5f - ndc.y * 0.5f) * vp->Size.y};
        return std::fabs(ndc.x) <= 1.0f && std::fabs(ndc.y) <= 1.0f;
    };
    std::vector<LabelRequest> requests;
    std::vector<std::string> texts;
    for (const Landmark& lm : body->landmarks) {
        // Only landmarks on the side of the body facing the camera.
        const glm::vec3 outward = lm.position - glm::vec3(centre.x, centre.y, lm.position.z);  // from the body's long axis
        if (glm::dot(outward, eye - lm.position) <= 0.0f) continue;
        glm::vec2 p;
        if (!toScreen(lm.position, p)) continue;
        texts.push_back(landmarkLabel(lm.name));
        const ImVec2 size = ImGui::CalcTextSize(texts.back().c_str());
        requests.push_back({p, {size.x, size.y}});
    }
    // Labels read outward from the body's midline and never overlap; crowded ones are left out.
    glm::vec2 mid(vp->Pos.x + 0.5f * vp->Size.x, 0.0f);
    toScreen(centre, mid);
    // Never under a panel or the transport bar and status line at the bottom.
    LabelSpace space;
    const float bars = vis_.session ? 2.0f * ImGui::GetFrameHeightWithSpacing() + 2.0f * ImGui::GetStyle().WindowPadding.y
                                    : ImGui::GetFrameHeightWithSpacing();
    space.bounds = {{vp->Pos.x, vp->Pos.y}, {vp->Pos.x + vp->Size.x, vp->Pos.y + vp->Size.y - bars}};
    space.blocked = panelBoxes_;
    const std::vector<PlacedLabel> placed = layoutLabels(requests, mid.x, 6.0f, space);
    const ImU32 white = IM_COL32(255, 255, 255, 230);
    for (std::size_t i = 0; i < requests.size(); ++i) {
        const ImVec2 p(requests[i].anchor.x, requests[i].anchor.y);
        draw->AddCircleFilled(p, 3.0f, white);
        if (!placed[i].shown) continue;
        const glm::vec2 tl = placed[i].topLeft, size = requests[i].size;
        if (placed[i].shifted) {
            const float x = tl.x < p.x ? tl.x + size.x + 2.0f : tl.x - 2.0f;
            draw->AddLine(p, ImVec2(x, tl.y + 0.5f * size.y), IM_COL32(255, 255, 255, 150));
        }
        draw->AddText(ImVec2(tl.x + 1.0f, tl.y + 1.0f), IM_COL32(0, 0, 0, 190), texts[i].c_str());  // legible on bone
        draw->AddText(ImVec2(tl.x, tl.y), white, texts[i].c_str());
    }
}

void Viewer::drawUi() {
    if (appliedTheme_ != prefs_.view.theme) {
        if (prefs_.view.theme == Theme::Light) ImGui::StyleColorsLight();
        else ImGui::StyleColorsDark();
        appliedTheme_ = prefs_.view.theme;
    }
    hotspots_.clear();
    if (splitShown()) drawCompareCaptions();
    else {
        drawLabels();
        drawEditorPath();
    }
    panelBoxes_.clear();  // filled again by the panels drawn below, for the next frame's labels
    if (state_.presenting) {
        drawPresentationCaption();
        return;
    }
    if (drawLayScreen()) return;
    if (state_.allControls) drawMainPanel();
    else drawLayPanel();
    if (editing_) drawStrokeEditor();
    drawWarningsWindow();
    drawProblemsWindow("Problems loading the model", vis_.problems, 0);
    drawProblemsWindow("Problems in the settings file", prefsProblems_, 1);
    drawProblemsWindow("Problems in your techniques", vis_.library.problems, 2);
    drawProblemsWindow("The technique file on screen did not load", techniqueFileProblems_, 3);
    if (state_.guided && vis_.session) state_.guided = ui::drawGuidedPanel(*vis_.session, playback_);

    // Transport above the status line.
    if (vis_.session) {
        const ImGuiViewport* vp = ImGui::GetMainViewport();
        const float height = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().WindowPadding.y * 2.0f;
        ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x, vp->WorkPos.y + vp->WorkSize.y - height -
                                                          ImGui::GetFrameHeightWithSpacing()));
        ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x, height));
        const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                       ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing;
        if (ImGui::Begin("##transport", nullptr, flags)) ui::drawTransportBar(playback_);
        ImGui::End();
    }
    if (!hoverText_.empty() && !ImGui::GetIO().WantCaptureMouse && state_.dragButton == 0) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
        ImGui::TextUnformatted(hoverText_.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    ui::drawStatusLine(status_);
}

}  // namespace backrub::app
