// The stroke editor in the viewer: a window to write a technique step by step, waypoints
// laid by clicking on the skin, the draft playing with its heat map while it is valid,
// and saving into the user's techniques folder (docs/technique-format.md).
#include "app/Viewer.h"

#include "core/session/ProjectedPath.h"
#include "core/technique/UserTechniques.h"
#include "core/view/Picking.h"
#include "ui/StrokeEditorPanel.h"

#include <imgui.h>

#include <algorithm>

namespace backrub::app {

namespace {

constexpr std::size_t kMaxTitle = 120;      // the file format's limit
constexpr float kMaxNamingErrorM = 0.01f;  // a click the body coordinates miss by more is refused
constexpr double kPathSampleS = 0.05;       // the step's path drawn from contact places this far apart

}  // namespace

const std::string& Viewer::strokeEditorMessage() const {
    static const std::string none;
    return editing_ ? editing_->message : none;
}

void Viewer::openStrokeEditor() {
    if (editing_) return;
    if (!vis_.body) {
        status_.message = "the stroke editor needs a body: this model does not follow docs/model-format.md";
        return;
    }
    const auto taken = [this](const std::string& id) { return vis_.library.find(id) != nullptr; };
    const Technique* shown = vis_.library.find(state_.techniqueId);
    std::unique_ptr<StrokeEditor> editor;
    if (shown && vis_.library.isUsers(shown->id)) {
        editor = std::make_unique<StrokeEditor>(*shown, vis_.library.fileOf(shown->id));
    } else if (shown) {  // a shipped technique: the user's copy, under an id of its own
        Technique copy = *shown;
        copy.id = freeTechniqueId(shown->id + "-mine", taken);
        if (copy.title.size() + 7 <= kMaxTitle) copy.title += " (mine)";
        editor = std::make_unique<StrokeEditor>(copy);
    } else {
        editor = std::make_unique<StrokeEditor>(StrokeEditor::blankTechnique(freeTechniqueId("my-technique", taken)));
    }
    editing_ = std::make_unique<StrokeEditing>(std::move(*editor), *vis_.body);
    editing_->message = "Click on the skin to lay the path of the selected action.";
    techniqueWatch_.watch("");  // the editor's saves are not edits from outside
    previewDraft();
}

void Viewer::closeStrokeEditor() {
    if (!editing_) return;
    if (analysisTask_.valid()) analysisTask_.wait();
    analysisTask_ = {};
    const double timeS = playback_.time();
    vis_.session.reset();  // it may play the draft, about to go
    editing_.reset();
    state_.rightPanelWidth = 0.0f;
    if (vis_.library.find(state_.techniqueId) && playTechnique(state_.techniqueId, timeS)) watchTechniqueFile();
}

void Viewer::previewDraft() {
    if (!editing_ || !vis_.body) return;
    const StrokeEditor& editor = editing_->editor;
    if (!editor.problems().empty()) return;  // the last good draft plays on
    if (analysisTask_.valid()) analysisTask_.wait();
    analysisTask_ = {};
    const double timeS = playback_.time();
    const bool playing = playback_.playing();
    vis_.session.reset();
    editing_->playing = std::make_unique<Technique>(editor.draft());
    vis_.session = std::make_unique<TechniqueSession>(*editing_->playing, *vis_.body, vis_.thresholds, state_.level);
    const StrokeEngine& engine = vis_.session->engine();
    playback_.setTimeline(engine.stepStarts(), engine.duration());
    // The step being edited shows: time moves into it when it stands elsewhere.
    const std::size_t step = static_cast<std::size_t>(editor.stepIndex());
    const double start = engine.stepStarts().at(step);
    const double end = step + 1 < engine.stepStarts().size() ? engine.stepStarts()[step + 1] : engine.duration();
    playback_.seek(timeS >= start && timeS < end ? timeS : start);
    if (playing && !playback_.playing()) playback_.togglePlay();
    vis_.session->update(playback_.time());
    analysis_.reset();
    if (state_.regionPanelOpen) startRegionAnalysis();
}

void Viewer::layWaypointAt(int x, int y) {
    if (!editing_ || !vis_.body) return;
    glm::vec3 origin, direction;
    rayAt(x, y, origin, direction);
    // The skin, whatever layers are shown: a path runs over the skin.
    ViewSettings skinOnly;
    for (LayerSettings& layer : skinOnly.layers) layer.visible = false;
    skinOnly.layer(Layer::Skin) = {true, 1.0f};
    const auto hit = pickScene(shownScene(), origin, direction, skinOnly, false);
    const SkinSurface& skin = vis_.body->skin;
    if (!hit || hit->layer != Layer::Skin ||
        !std::all_of(hit->vertices.begin(), hit->vertices.end(), [&skin](std::uint32_t v) { return v < skin.positions.size(); })) {
        editing_->message = "No skin under the cursor: click on the body to lay a waypoint.";
        return;
    }
    // The same place on the body at rest (a posed step shows the skin moved, same triangles).
    glm::vec3 rest(0.0f);
    for (int i = 0; i < 3; ++i) rest += hit->barycentric[i] * skin.positions[hit->vertices[static_cast<std::size_t>(i)]];
    float error = 0.0f;
    const BodyPoint p = editing_->coords.bodyPointAt(rest, &error);
    if (error > kMaxNamingErrorM) {
        char text[160];
        std::snprintf(text, sizeof text,
                      "Too far round the side to name from the spine (%.0f mm off): click nearer the back.", error * 1000.0f);
        editing_->message = text;
        return;
    }
    editing_->editor.addWaypoint(p);
    editing_->message = "Added " + ui::bodyPointText(p) + ".";
    previewDraft();
}

void Viewer::saveDraft() {
    if (!editing_) return;
    const auto takenBy = [this](const std::string& id) -> std::string {
        if (!vis_.library.find(id)) return "";
        const std::string file = vis_.library.fileOf(id);
        return file.empty() ? "a technique shipped with Backrub" : file;
    };
    std::string path, error;
    const std::string folder = userTechniquesFolder();
    if (!editing_->editor.save(folder, takenBy, path, error)) {
        editing_->message = error;
        status_.message = error;
        return;
    }
    // The saved file joins the user's techniques and plays by its id once the editor closes.
    if (analysisTask_.valid()) analysisTask_.wait();
    analysisTask_ = {};
    vis_.session.reset();
    releaseCompared();
    vis_.library = loadTechniques(folder);
    restoreCompared();
    state_.techniqueId = editing_->editor.draft().id;
    editing_->message = "Saved " + path + ": it is in the technique list as \"" + state_.techniqueId + "\".";
    status_.message = "saved " + path;
    previewDraft();
}

// Over the scene: the step being edited, the whole path each hand travels in it (the draft
// playing), and the selected action's waypoints as written, numbered, so each click shows.
void Viewer::drawEditorPath() {
    if (!editing_ || !vis_.session) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    int w = 0, h = 0;
    context_->drawableSize(w, h);
    const glm::mat4 viewProjection = camera_.projection(float(w) / float(h > 0 ? h : 1)) * camera_.view();
    const PosedBody* posed = renderer_.posedBody();
    ImDrawList* draw = ImGui::GetBackgroundDrawList();
    const StrokeEditor& editor = editing_->editor;
    const TechniqueSession& session = *vis_.session;
    StrokeEditing::DrawnPath& drawn = editing_->drawn;
    if (drawn.version != editor.version() || drawn.step != editor.stepIndex() || drawn.action != editor.actionIndex() ||
        drawn.playing != &session.technique() || drawn.level != session.level()) {
        drawn = {editor.version(), editor.stepIndex(), editor.actionIndex(), &session.technique(), session.level(), {}, {}};
        const StrokeEngine& engine = session.engine();
        const std::size_t step = static_cast<std::size_t>(editor.stepIndex());
        if (&session.technique() == editing_->playing.get() && step < engine.stepStarts().size()) {
            const double start = engine.stepStarts()[step];
            const double end = step + 1 < engine.stepStarts().size() ? engine.stepStarts()[step + 1] : engine.duration();
            drawn.trails = session.trails(start, end, kPathSampleS);
        }
        if (const Action* action = editor.action())
            for (const BodyPoint& p : action->path) {
                const SkinHit hit = editing_->coords.resolve(p, false);
                drawn.waypoints.push_back({0.0, hit.position, hit.normal, 1.0f});
            }
    }
    const ImU32 colours[2] = {IM_COL32(90, 220, 255, 230), IM_COL32(90, 220, 255, 140)};  // as written, mirrored
    for (std::size_t hand = 0; hand < 2; ++hand) {
        std::vector<TrailSample> trail = drawn.trails[hand];
        if (posed) posed->carry(trail);
        for (const auto& line : projectPath(trail, viewProjection, camera_.eye(), int(vp->Size.x), int(vp->Size.y))) {
            std::vector<ImVec2> points;
            for (const glm::vec2& q : line) points.emplace_back(vp->Pos.x + q.x, vp->Pos.y + q.y);
            draw->AddPolyline(points.data(), int(points.size()), colours[hand], 0, 2.0f);
        }
    }
    std::vector<TrailSample> waypoints = drawn.waypoints;
    if (posed) posed->carry(waypoints);
    for (std::size_t i = 0; i < waypoints.size(); ++i) {
        const glm::vec4 clip = viewProjection * glm::vec4(waypoints[i].position, 1.0f);
        if (clip.w <= 0.0f) continue;
        const glm::vec2 ndc = glm::vec2(clip) / clip.w;
        const ImVec2 c(vp->Pos.x + (ndc.x * 0.5f + 0.5f) * vp->Size.x, vp->Pos.y + (0.5f - ndc.y * 0.5f) * vp->Size.y);
        const float r = 7.0f * uiScale_;
        draw->AddCircleFilled(c, r, IM_COL32(20, 60, 80, 230));
        draw->AddCircle(c, r, IM_COL32(90, 220, 255, 255), 0, 2.0f);
        const std::string number = std::to_string(i + 1);
        const ImVec2 size = ImGui::CalcTextSize(number.c_str());
        draw->AddText(ImVec2(c.x - 0.5f * size.x, c.y - 0.5f * size.y), IM_COL32(255, 255, 255, 255), number.c_str());
    }
}

void Viewer::drawStrokeEditor() {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float width = std::min(430.0f * uiScale_, vp->WorkSize.x * 0.4f);
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - width - 8.0f, vp->WorkPos.y + 8.0f), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(width, vp->WorkSize.y * 0.75f), ImGuiCond_FirstUseEver);
    bool open = true;
    state_.rightPanelWidth = 0.0f;  // collapsed, it covers none of the scene
    if (ImGui::Begin("Stroke editor", &open)) {
        const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
        panelBoxes_.push_back({{pos.x, pos.y}, {pos.x + size.x, pos.y + size.y}});
        // Along the right edge it takes its width from the scene's free area, as the main panel does at the left.
        const float right = vp->WorkPos.x + vp->WorkSize.x;
        const bool docked = right - (pos.x + size.x) < 0.25f * vp->WorkSize.x && size.x < 0.6f * vp->WorkSize.x;
        state_.rightPanelWidth = docked ? (right - pos.x) / std::max(vp->WorkSize.x, 1.0f) : 0.0f;
        StrokeEditor& editor = editing_->editor;
        const ui::StrokeEditorRequest request =
            ui::drawStrokeEditorPanel(editor, editing_->layingPath, editing_->message, hotspots_);
        if (request.startNew) {
            const auto taken = [this](const std::string& id) { return vis_.library.find(id) != nullptr; };
            const Technique blank = StrokeEditor::blankTechnique(freeTechniqueId("my-technique", taken));
            editor.edit([&blank](Technique& t) { t = blank; });  // undoable, like every change
            editor.selectStep(0);
            editing_->message = "A new technique: click on the skin to lay its first path.";
        }
        if (request.changed || request.startNew) previewDraft();
        if (request.save) saveDraft();
        if (request.close) open = false;
    }
    ImGui::End();
    if (!open) closeStrokeEditor();
}

}  // namespace backrub::app
