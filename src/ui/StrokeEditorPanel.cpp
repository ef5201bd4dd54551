#include "ui/StrokeEditorPanel.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <cctype>
#include <cmath>
#include <cstring>
#include <functional>
#include <vector>

namespace backrub::ui {

namespace {

// An enum chosen from a combo of its file ids; true when the choice changed.
template <typename E>
bool enumCombo(const char* label, E& value, int count, const char* (*idFn)(E)) {
    bool changed = false;
    if (ImGui::BeginCombo(label, idFn(value))) {
        for (int i = 0; i < count; ++i) {
            const E v = static_cast<E>(i);
            if (ImGui::Selectable(idFn(v), v == value)) {
                changed = v != value;
                value = v;
            }
        }
        ImGui::EndCombo();
    }
    return changed;
}

// A text field over a std::string; true while its text changes.
bool textField(const char* label, std::string& text, std::size_t capacity, bool multiline = false) {
    std::vector<char> buffer(capacity + 1, '\0');
    std::memcpy(buffer.data(), text.data(), std::min(text.size(), capacity));
    const bool changed = multiline ? ImGui::InputTextMultiline(label, buffer.data(), buffer.size(), ImVec2(-1.0f, 70.0f))
                                   : ImGui::InputText(label, buffer.data(), buffer.size());
    if (changed) text = buffer.data();
    return changed;
}

std::string actionLabel(const Action& a, int index) {
    return "Action " + std::to_string(index + 1) + ": " + handChoiceId(a.hand) + " " + contactKindId(a.contact) + ", " +
           motionKindId(a.motion.kind);
}

}  // namespace

std::vector<std::string> cautionLines(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        std::string line = text.substr(start, end - start);
        const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
        while (!line.empty() && blank(line.back())) line.pop_back();
        while (!line.empty() && blank(line.front())) line.erase(line.begin());
        if (!line.empty()) lines.push_back(line);
        start = end + 1;
    }
    return lines;
}

std::string problemPlace(const std::string& pointer) {
    std::string words;
    std::size_t at = 0;
    // "/steps/1/actions/0/path/2" -> "step 2, action 1, path, waypoint 3"
    auto next = [&pointer, &at]() -> std::string {
        if (at >= pointer.size() || pointer[at] != '/') return "";
        const std::size_t end = pointer.find('/', at + 1);
        std::string part = pointer.substr(at + 1, end == std::string::npos ? std::string::npos : end - at - 1);
        at = end == std::string::npos ? pointer.size() : end;
        return part;
    };
    const char* singular[][2] = {{"steps", "step"}, {"actions", "action"}, {"path", "waypoint"}, {"cautions", "caution"}};
    for (std::string part = next(); !part.empty(); part = next()) {
        std::string word = part;
        for (const auto& pair : singular) {
            if (part != pair[0]) continue;
            const std::string index = next();
            const bool numbered = !index.empty() && std::all_of(index.begin(), index.end(), [](char c) { return c >= '0' && c <= '9'; });
            word = numbered ? std::string(pair[1]) + " " + std::to_string(std::stoi(index) + 1) : part + (index.empty() ? "" : " " + index);
        }
        words += (words.empty() ? "" : ", ") + word;
    }
    if (words.empty()) return "the technique";
    words[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(words[0])));
    return words;
}

std::string bodyPointText(const BodyPoint& p) {
    char text[128];
    std::string where = p.isLandmark() ? p.landmark : p.spineLevel;
    if (!p.isLandmark() && p.fraction > 0.0f) {
        std::snprintf(text, sizeof text, " + %.2f", p.fraction);
        where += text;
    }
    if (p.lateralCm != 0.0f) {
        std::snprintf(text, sizeof text, ", %.1f cm %s", std::abs(p.lateralCm), p.lateralCm > 0.0f ? "left" : "right");
        where += text;
    }
    if (p.cranialCm != 0.0f) {
        std::snprintf(text, sizeof text, ", %.1f cm %s", std::abs(p.cranialCm), p.cranialCm > 0.0f ? "up" : "down");
        where += text;
    }
    return where;
}

StrokeEditorRequest drawStrokeEditorPanel(StrokeEditor& editor, bool& layingPath, const std::string& message,
                                          Hotspots& hotspots) {
    StrokeEditorRequest request;
    // Each field edits a copy; a change goes to the editor under the field's name, so a
    // drag or a typed word is one undo step.
    auto apply = [&](const char* key, const std::function<void(Technique&)>& change) {
        editor.edit(change, key);
        request.changed = true;
    };

    ImGui::Checkbox("Lay the path: click on the skin", &layingPath);
    hotspots.recordLastItem("editor.lay");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Each click on the skin adds a waypoint to the selected action.\n"
                          "Drag to turn the body as usual. Ctrl+Z undoes, Ctrl+Y redoes.");
    ImGui::BeginDisabled(!editor.canUndo());
    if (ImGui::Button("Undo")) request.changed |= editor.undo();
    hotspots.recordLastItem("editor.undo");
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!editor.canRedo());
    if (ImGui::Button("Redo")) request.changed |= editor.redo();
    hotspots.recordLastItem("editor.redo");
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("New technique")) request.startNew = true;
    hotspots.recordLastItem("editor.new");
    // Saving and what is still missing stay in sight above the fields.
    const Problems problems = editor.problems();
    ImGui::BeginDisabled(!problems.empty());
    if (ImGui::Button("Save to my techniques")) request.save = true;
    hotspots.recordLastItem("editor.save");
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Close")) request.close = true;
    hotspots.recordLastItem("editor.close");
    // The last message and what is missing, in a box of fixed height, so the fields below
    // never move under the pointer as problems come and go.
    ImGui::BeginChild("##editor-status", ImVec2(0.0f, 4.6f * ImGui::GetTextLineHeightWithSpacing()), true);
    if (!message.empty()) ImGui::TextWrapped("%s", message.c_str());
    if (!problems.empty()) {
        ImGui::TextUnformatted("To finish before it plays:");
        for (const Problem& p : problems)
            ImGui::TextColored(ImVec4(1.0f, 0.6f, 0.4f, 1.0f), "%s: %s", problemPlace(p.location).c_str(), p.message.c_str());
    }
    ImGui::EndChild();

    Technique t = editor.draft();
    if (textField("Id", t.id, 64)) apply("id", [&t](Technique& d) { d.id = t.id; });
    if (textField("Title", t.title, 120)) apply("title", [&t](Technique& d) { d.title = t.title; });
    ImGui::TextUnformatted("Summary: what it does, in a sentence or two");
    if (textField("##summary", t.summary, 2000, true)) apply("summary", [&t](Technique& d) { d.summary = t.summary; });
    std::string cautions;
    for (const std::string& c : t.cautions) cautions += c + "\n";
    ImGui::TextUnformatted("Cautions, one per line (shown first, and on the handout)");
    if (textField("##cautions", cautions, 4000, true))
        apply("cautions", [&cautions](Technique& d) { d.cautions = cautionLines(cautions); });
    if (enumCombo("Level", t.level, 3, techniqueLevelId)) apply("level", [&t](Technique& d) { d.level = t.level; });
    if (enumCombo("Position", t.position, 3, receiverPositionId))
        apply("position", [&t](Technique& d) {
            for (Step& s : d.steps)
                if (s.position == d.position) s.position = t.position;
            d.position = t.position;
        });

    ImGui::Separator();
    ImGui::TextUnformatted("Step");
    const int stepCount = static_cast<int>(t.steps.size());
    const std::string stepLabel = std::to_string(editor.stepIndex() + 1) + " of " + std::to_string(stepCount) + ": " +
                                  editor.step().title;
    if (ImGui::BeginCombo("##step", stepLabel.c_str())) {
        for (int i = 0; i < stepCount; ++i)
            if (ImGui::Selectable((std::to_string(i + 1) + ": " + t.steps[static_cast<std::size_t>(i)].title).c_str(),
                                  i == editor.stepIndex())) {
                editor.selectStep(i);
                request.changed = true;  // the step chosen plays
            }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    if (ImGui::SmallButton("Add step")) {
        editor.addStep();
        request.changed = true;
    }
    hotspots.recordLastItem("editor.add-step");
    ImGui::SameLine();
    ImGui::BeginDisabled(stepCount <= 1);
    if (ImGui::SmallButton("Remove##step")) {
        editor.removeStep();
        request.changed = true;
    }
    ImGui::EndDisabled();

    Step step = editor.step();
    const std::size_t si = static_cast<std::size_t>(editor.stepIndex());
    if (textField("Step title", step.title, 120)) apply("step.title", [&](Technique& d) { d.steps[si].title = step.title; });
    if (textField("##narration", step.narration, 2000, true))
        apply("step.narration", [&](Technique& d) { d.steps[si].narration = step.narration; });
    if (ImGui::SliderFloat("Length (s)", &step.durationS, 1.0f, 120.0f, "%.0f"))
        apply("step.duration", [&](Technique& d) { d.steps[si].durationS = std::round(step.durationS); });
    if (enumCombo("Step position", step.position, 3, receiverPositionId))
        apply("step.position", [&](Technique& d) { d.steps[si].position = step.position; });

    ImGui::Separator();
    ImGui::TextUnformatted("Action");
    const int actionCount = static_cast<int>(step.actions.size());
    const std::string actionText = editor.action() ? actionLabel(*editor.action(), editor.actionIndex()) : "(no action: a pause)";
    if (ImGui::BeginCombo("##action", actionText.c_str())) {
        for (int i = 0; i < actionCount; ++i)
            if (ImGui::Selectable(actionLabel(step.actions[static_cast<std::size_t>(i)], i).c_str(), i == editor.actionIndex()))
                editor.selectAction(i);
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    if (ImGui::SmallButton("Add action")) {
        editor.addAction();
        request.changed = true;
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(!editor.action());
    if (ImGui::SmallButton("Remove##action")) {
        editor.removeAction();
        request.changed = true;
    }
    ImGui::EndDisabled();

    if (const Action* current = editor.action()) {
        Action a = *current;
        const std::size_t ai = static_cast<std::size_t>(editor.actionIndex());
        auto setAction = [&](const char* key) { apply(key, [&](Technique& d) { d.steps[si].actions[ai] = a; }); };
        if (enumCombo("Hand", a.hand, 3, handChoiceId)) setAction("action.hand");
        if (enumCombo("Contact", a.contact, 7, contactKindId)) setAction("action.contact");
        if (enumCombo("Motion", a.motion.kind, 5, motionKindId)) {
            // Parameters the new motion takes start at the shipped files' usual values.
            if (a.motion.kind == MotionKind::Circles && a.motion.radiusCm <= 0.0f) a.motion.radiusCm = 1.0f;
            if (a.motion.kind != MotionKind::Glide && a.motion.kind != MotionKind::StaticHold && a.motion.frequencyHz <= 0.0f)
                a.motion.frequencyHz = 1.0f;
            if (a.motion.kind == MotionKind::StaticHold && a.path.size() > 1) a.path.resize(1);
            setAction("action.motion");
        }
        if (a.motion.kind == MotionKind::Circles) {
            if (ImGui::SliderFloat("Circle radius (cm)", &a.motion.radiusCm, 0.2f, 5.0f, "%.1f")) setAction("action.radius");
            if (enumCombo("Direction", a.motion.direction, 2, circleDirectionId)) setAction("action.direction");
        }
        if (a.motion.kind == MotionKind::Circles || a.motion.kind == MotionKind::PressRelease ||
            a.motion.kind == MotionKind::AlternatingThumbs)
            if (ImGui::SliderFloat("Frequency (Hz)", &a.motion.frequencyHz, 0.05f, 5.0f, "%.2f")) setAction("action.frequency");
        ImGui::TextUnformatted("Force (N) at each pressure level:");
        if (ImGui::SliderFloat("Gentle", &a.forceN.gentleN, 0.0f, 60.0f, "%.1f N")) setAction("action.gentle");
        if (ImGui::SliderFloat("Moderate", &a.forceN.moderateN, 0.0f, 60.0f, "%.1f N")) setAction("action.moderate");
        if (ImGui::SliderFloat("Firm", &a.forceN.firmN, 0.0f, 60.0f, "%.1f N")) setAction("action.firm");
        bool paced = a.speedCmPerS.has_value();
        if (ImGui::Checkbox("Set a speed", &paced)) {
            a.speedCmPerS = paced ? std::optional<float>(5.0f) : std::nullopt;
            setAction("action.paced");
        }
        if (a.speedCmPerS) {
            float speed = *a.speedCmPerS;
            if (ImGui::SliderFloat("Speed (cm/s)", &speed, 0.5f, 30.0f, "%.1f")) {
                a.speedCmPerS = speed;
                setAction("action.speed");
            }
        }
        ImGui::Text("Path: %d waypoint%s", static_cast<int>(a.path.size()), a.path.size() == 1 ? "" : "s");
        ImGui::SameLine();
        ImGui::BeginDisabled(a.path.empty());
        if (ImGui::SmallButton("Remove last")) {
            editor.removeLastWaypoint();
            request.changed = true;
        }
        hotspots.recordLastItem("editor.remove-last");
        ImGui::EndDisabled();
        for (std::size_t i = 0; i < a.path.size(); ++i) ImGui::BulletText("%s", bodyPointText(a.path[i]).c_str());
    }

    return request;
}

}  // namespace backrub::ui
