// Compare in the viewer: the technique on screen (left) beside another technique, or the
// same one at another pressure level (right), on the same body, time-synchronised, on one
// heat scale, with their region figures in one table and the differences.
#include "app/Viewer.h"

#include "core/pressure/ReportComparison.h"
#include "core/session/HeatDisplay.h"
#include "core/view/SplitView.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

namespace backrub::app {

bool Viewer::splitShown() const { return comparing_ && comparing_->session && vis_.session && !state_.presenting; }

void Viewer::setComparing(bool on) {
    if (!on) {
        if (comparing_ && comparing_->reportsTask.valid()) comparing_->reportsTask.wait();
        comparing_.reset();
        renderer_.setSharedLegend(std::nullopt);
        if (vis_.session) playback_.setTimeline(vis_.session->engine().stepStarts(), vis_.session->engine().duration());
        return;
    }
    if (comparing_ || !vis_.session) return;
    comparing_ = std::make_unique<Comparing>();
    compareHeaderOpens_ = true;
    // Start from the same technique at the next pressure level (or the one below at firm):
    // the question a student asks first.
    comparing_->techniqueId = vis_.session->technique().id;
    const PressureLevel up = enumStep(kPressureLevels, state_.level, 1);
    comparing_->level = up != state_.level ? up : enumStep(kPressureLevels, state_.level, -1);
    compareWith(comparing_->techniqueId, comparing_->level);
}

void Viewer::compareWith(const std::string& id, PressureLevel level) {
    if (!comparing_) return;
    comparing_->techniqueId = id;
    comparing_->level = level;
    std::string error;
    comparing_->session = vis_.makeSession(id, level, error);
    if (!comparing_->session) {
        status_.message = error;
        return;
    }
    syncComparing();
}

// After either side changed: one timeline long enough for both, the right side at the same
// moment, and the region figures worked out again when what they are for changed.
void Viewer::syncComparing() {
    if (!comparing_ || !comparing_->session || !vis_.session) return;
    const StrokeEngine& left = vis_.session->engine();
    const double length = std::max(left.duration(), comparing_->session->engine().duration());
    if (playback_.duration() != length) playback_.setTimeline(left.stepStarts(), length);
    comparing_->session->update(std::min(playback_.time(), comparing_->session->engine().duration()));
    const std::string key = vis_.session->technique().id + "/" + pressureLevelId(state_.level) + " " +
                            comparing_->session->technique().id + "/" + pressureLevelId(comparing_->level);
    if (key == comparing_->reportsKey) return;
    if (comparing_->reportsTask.valid()) comparing_->reportsTask.wait();
    comparing_->reports.reset();
    comparing_->reportsKey = key;
    // Copies: the task outlives neither the body nor the thresholds, but may outlive either session.
    const Technique a = vis_.session->technique(), b = comparing_->session->technique();
    const PressureLevel levelA = state_.level, levelB = comparing_->level;
    const Body* body = &*vis_.body;
    const ThresholdTable thresholds = vis_.thresholds;
    const ContactAreas areas = vis_.session->engine().areas();
    comparing_->reportsTask = std::async(std::launch::async | std::launch::deferred, [=] {
        return std::array<RegionReport, 2>{regionReportOf(*body, a, levelA, thresholds, areas),
                                           regionReportOf(*body, b, levelB, thresholds, areas)};
    });
}

void Viewer::releaseCompared() {
    if (!comparing_) return;
    if (comparing_->reportsTask.valid()) comparing_->reportsTask.wait();
    comparing_->session.reset();
}

void Viewer::restoreCompared() {
    if (comparing_) compareWith(comparing_->techniqueId, comparing_->level);
}

void Viewer::drawSplitScene(bool fullDetail, int width, int height) {
    const std::array<SplitHalf, 2> halves = splitView(camera_, width, height);
    const TechniqueSession* sessions[2] = {vis_.session.get(), comparing_->session.get()};
    const ColorMapId map = colorMapFromName(prefs_.view.colorMap).value_or(ColorMapId::Inferno);
    renderer_.setSharedLegend(sharedHeatLegend(*sessions[0], *sessions[1], prefs_.view.heat, map, prefs_.view.liveScale));
    ViewSettings settings = prefs_.view;
    settings.lightSkin = !fullDetail;
    renderer_.setOutlinedRegion(Region::None);
    renderer_.setHighlightedNode(selectedNode_);
    const int samples = fullDetail ? prefs_.view.msaaSamples : 0;
    gfx::RenderTarget* targets[2] = {fullDetail ? &stillTarget_ : &fastTarget_,
                                     fullDetail ? &comparing_->stillTarget : &comparing_->fastTarget};
    PixelRect drawn[2], smooth[2];
    for (std::size_t i = 0; i < 2; ++i) {
        gfx::RenderTarget& target = *targets[i];
        if (width != target.width() || height != target.height()) target.resize(width, height, samples);
        target.bind();
        renderer_.render(halves[i].camera, width, height, settings, sessions[i]);
        target.resolve();
        drawn[i] = renderer_.drawnRect().intersected(halves[i].rect);
        smooth[i] = renderer_.smoothRect().intersected(halves[i].rect);
    }
    shown_ = targets[0];
    shownRect_ = drawn[0];
    shownSmoothRect_ = smooth[0];
    comparing_->shown = targets[1];
    comparing_->shownRect = drawn[1];
    comparing_->shownSmoothRect = smooth[1];
}

// Each half of the window gets its picture, background included, clipped to its half.
void Viewer::presentSplit(unsigned framebuffer) {
    if (!shown_ || !comparing_->shown) return;
    const std::array<SplitHalf, 2> halves = splitView(camera_, shown_->width(), shown_->height());
    const bool fast = shown_ == &fastTarget_;
    presenter_.present(*shown_, prefs_.view.theme, shownRect_, fast, framebuffer, shownSmoothRect_, halves[0].rect);
    presenter_.present(*comparing_->shown, prefs_.view.theme, comparing_->shownRect, fast, framebuffer,
                       comparing_->shownSmoothRect, halves[1].rect);
}

Image Viewer::splitImage() {
    const std::array<SplitHalf, 2> halves = splitView(camera_, shown_->width(), shown_->height());
    const bool fast = shown_ == &fastTarget_;
    presenter_.compose(*shown_, prefs_.view.theme, shownRect_, fast, shownSmoothRect_, halves[0].rect);
    return presenter_.compose(*comparing_->shown, prefs_.view.theme, comparing_->shownRect, fast,
                              comparing_->shownSmoothRect, halves[1].rect);
}

// Over the scene: what each half shows, at the top of its half, and a line between them.
void Viewer::drawCompareCaptions() {
    if (!splitShown() || !shown_) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const std::array<SplitHalf, 2> halves = splitView(camera_, int(vp->Size.x), int(vp->Size.y));
    ImDrawList* draw = ImGui::GetBackgroundDrawList();
    const TechniqueSession* sessions[2] = {vis_.session.get(), comparing_->session.get()};
    const PressureLevel levels[2] = {state_.level, comparing_->level};
    for (std::size_t i = 0; i < 2; ++i) {
        const PixelRect& r = halves[i].rect;
        const std::string text = sessions[i]->technique().title + ", " + pressureLevelId(levels[i]);
        const ImVec2 size = ImGui::CalcTextSize(text.c_str());
        const float x = vp->Pos.x + float(r.x) + 0.5f * (float(r.width) - size.x);
        const float y = vp->Pos.y + 10.0f * uiScale_;
        draw->AddRectFilled(ImVec2(x - 6.0f, y - 3.0f), ImVec2(x + size.x + 6.0f, y + size.y + 3.0f), IM_COL32(0, 0, 0, 150), 4.0f);
        draw->AddText(ImVec2(x, y), IM_COL32(255, 255, 255, 240), text.c_str());
    }
    const float xm = vp->Pos.x + float(halves[1].rect.x);
    draw->AddLine(ImVec2(xm, vp->Pos.y), ImVec2(xm, vp->Pos.y + vp->Size.y), IM_COL32(255, 255, 255, 90), 1.0f);
}

void Viewer::drawComparePanel() {
    const Technique* shown = vis_.library.find(comparing_->techniqueId);
    const std::string label = shown ? shown->title : comparing_->techniqueId;
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.6f);
    if (ImGui::BeginCombo("Right", label.c_str())) {
        for (const Technique& t : vis_.library.techniques)
            if (ImGui::Selectable(t.title.c_str(), t.id == comparing_->techniqueId)) compareWith(t.id, comparing_->level);
        ImGui::EndCombo();
    }
    for (const EnumRow<PressureLevel>& row : kPressureLevels) {
        ImGui::SameLine();
        if (ImGui::RadioButton((std::string(row.label) + "##right").c_str(), comparing_->level == row.value))
            compareWith(comparing_->techniqueId, row.value);
        hotspots_.recordLastItem(std::string("compare.") + row.id);
    }
    if (comparing_->reportsTask.valid() &&
        comparing_->reportsTask.wait_for(std::chrono::seconds(0)) != std::future_status::timeout)
        comparing_->reports = comparing_->reportsTask.get();
    if (!comparing_->reports) {
        ImGui::TextDisabled("Working out the region figures of both...");
        return;
    }
    const RegionReport& a = (*comparing_->reports)[0];
    const RegionReport& b = (*comparing_->reports)[1];
    ImGui::TextWrapped("Whole technique, left / right / right - left:");
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("compare", 7, flags)) return;
    ImGui::TableSetupColumn("Region", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    for (const char* name : {"Peak kPa", "", "", "Dose kPa*s", "", ""})
        ImGui::TableSetupColumn(name, ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableHeadersRow();
    auto cell = [](float value, bool difference) {
        ImGui::TableNextColumn();
        if (difference && value > 0.5f) ImGui::TextColored(ImVec4(1.0f, 0.55f, 0.35f, 1.0f), "+%.0f", value);
        else if (difference && value < -0.5f) ImGui::TextColored(ImVec4(0.45f, 0.75f, 1.0f, 1.0f), "%.0f", value);
        else ImGui::Text("%.0f", value);
    };
    for (const RegionPair& pair : pairRegions(a, b)) {
        const float peakA = pair.a ? pair.a->peakKPa : 0.0f, peakB = pair.b ? pair.b->peakKPa : 0.0f;
        const float doseA = pair.a ? pair.a->doseKPaS : 0.0f, doseB = pair.b ? pair.b->doseKPaS : 0.0f;
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(regionName(pair.region));
        cell(peakA, false);
        cell(peakB, false);
        cell(peakB - peakA, true);
        cell(doseA, false);
        cell(doseB, false);
        cell(doseB - doseA, true);
    }
    ImGui::EndTable();
    ImGui::Text("Warnings: %zu left, %zu right", a.warnings.size(), b.warnings.size());
}

}  // namespace backrub::app
