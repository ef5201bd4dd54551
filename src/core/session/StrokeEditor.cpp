#include "core/session/StrokeEditor.h"

#include "core/base/SafeWrite.h"
#include "core/technique/TechniqueLoader.h"
#include "core/technique/TechniqueWriter.h"

#include <algorithm>
#include <filesystem>

namespace backrub {

namespace {

constexpr std::size_t kUndoDepth = 200;

Action newAction() {
    Action a;
    a.hand = HandChoice::Both;
    a.contact = ContactKind::ThumbPad;
    a.motion.kind = MotionKind::Glide;
    // The thumb strokes' forces in the shipped files (docs/sources.md, "Forces and speeds").
    a.forceN = {4.0f, 6.0f, 10.0f};
    return a;
}

}  // namespace

Technique StrokeEditor::blankTechnique(const std::string& id) {
    Technique t;
    t.id = id;
    t.title = "My technique";
    t.summary = "Written in the stroke editor.";
    t.position = ReceiverPosition::Prone;
    t.level = TechniqueLevel::Beginner;
    Step s;
    s.title = "Step 1";
    s.narration = "Describe what the hands do, in plain words.";
    s.durationS = 20.0f;
    s.position = t.position;
    s.actions.push_back(newAction());
    t.steps.push_back(s);
    return t;
}

StrokeEditor::StrokeEditor(Technique start, std::string sourceFile)
    : draft_(std::move(start)), sourceFile_(std::move(sourceFile)) {
    if (draft_.steps.empty()) draft_.steps = blankTechnique(draft_.id).steps;
    clampSelection();
}

const Action* StrokeEditor::action() const {
    const Step& s = step();
    return action_ >= 0 && action_ < static_cast<int>(s.actions.size()) ? &s.actions[static_cast<std::size_t>(action_)]
                                                                         : nullptr;
}

void StrokeEditor::clampSelection() {
    step_ = std::clamp(step_, 0, static_cast<int>(draft_.steps.size()) - 1);
    const int actions = static_cast<int>(step().actions.size());
    action_ = actions == 0 ? -1 : std::clamp(action_, 0, actions - 1);
}

void StrokeEditor::selectStep(int index) {
    step_ = index;
    action_ = 0;
    clampSelection();
    lastMergeKey_.clear();
}

void StrokeEditor::selectAction(int index) {
    action_ = index;
    clampSelection();
    lastMergeKey_.clear();
}

void StrokeEditor::change(const std::function<void(Technique&)>& apply, const std::string& mergeKey) {
    Snapshot before{draft_, step_, action_};
    apply(draft_);
    clampSelection();
    if (techniqueToJson(before.technique) == techniqueToJson(draft_)) return;  // nothing to undo
    ++version_;
    const bool merge = !mergeKey.empty() && mergeKey == lastMergeKey_ && !undo_.empty();
    lastMergeKey_ = mergeKey;
    if (merge) return;  // the snapshot before the first change of the run stays the undo point
    undo_.push_back(std::move(before));
    if (undo_.size() > kUndoDepth) undo_.erase(undo_.begin());
    redo_.clear();
}

Action& StrokeEditor::selectedAction() {
    return draft_.steps[static_cast<std::size_t>(step_)].actions[static_cast<std::size_t>(action_)];
}

void StrokeEditor::addWaypoint(const BodyPoint& p) {
    change(
        [this, &p](Technique& t) {
            Step& s = t.steps[static_cast<std::size_t>(step_)];
            if (s.actions.empty()) {
                s.actions.push_back(newAction());
                action_ = 0;
            }
            Action& a = s.actions[static_cast<std::size_t>(action_)];
            // A hold has one place: a new click moves it.
            if (a.motion.kind == MotionKind::StaticHold) a.path.clear();
            a.path.push_back(p);
        },
        "");
}

void StrokeEditor::removeLastWaypoint() {
    const Action* a = action();
    if (!a || a->path.empty()) return;
    change([this](Technique&) { selectedAction().path.pop_back(); }, "");
}

void StrokeEditor::addStep() {
    change(
        [this](Technique& t) {
            const Step& from = t.steps[static_cast<std::size_t>(step_)];
            Step s;
            s.title = "Step " + std::to_string(t.steps.size() + 1);
            s.narration = "Describe what the hands do, in plain words.";
            s.durationS = from.durationS;
            s.position = from.position;
            Action a = from.actions.empty() ? newAction() : from.actions.front();
            a.path.clear();
            s.actions.push_back(a);
            t.steps.insert(t.steps.begin() + step_ + 1, s);
            ++step_;
            action_ = 0;
        },
        "");
}

void StrokeEditor::removeStep() {
    if (draft_.steps.size() <= 1) return;
    change([this](Technique& t) { t.steps.erase(t.steps.begin() + step_); }, "");
}

void StrokeEditor::addAction() {
    change(
        [this](Technique& t) {
            Step& s = t.steps[static_cast<std::size_t>(step_)];
            s.actions.push_back(newAction());
            action_ = static_cast<int>(s.actions.size()) - 1;
        },
        "");
}

void StrokeEditor::removeAction() {
    if (!action()) return;
    change([this](Technique& t) {
        Step& s = t.steps[static_cast<std::size_t>(step_)];
        s.actions.erase(s.actions.begin() + action_);
    }, "");
}

void StrokeEditor::edit(const std::function<void(Technique&)>& apply, const std::string& mergeKey) {
    change(apply, mergeKey);
}

// Moves the draft back (undo) or forward (redo): `from` holds where it goes, `to` gets where it was.
bool StrokeEditor::travel(std::vector<Snapshot>& from, std::vector<Snapshot>& to) {
    if (from.empty()) return false;
    to.push_back({draft_, step_, action_});
    draft_ = std::move(from.back().technique);
    step_ = from.back().step;
    action_ = from.back().action;
    from.pop_back();
    clampSelection();
    lastMergeKey_.clear();
    ++version_;
    return true;
}

bool StrokeEditor::undo() { return travel(undo_, redo_); }
bool StrokeEditor::redo() { return travel(redo_, undo_); }

std::string StrokeEditor::fileText() const { return techniqueToJson(draft_); }

const Problems& StrokeEditor::problems() const {
    if (problemsVersion_ != version_) {
        problems_ = loadTechniqueFromString(fileText(), (draft_.id.empty() ? std::string("technique") : draft_.id) + ".json").problems;
        problemsVersion_ = version_;
    }
    return problems_;
}

bool StrokeEditor::save(const std::string& folder, const std::function<std::string(const std::string&)>& takenBy,
                        std::string& path, std::string& error) {
    const Problems& found = problems();
    if (!found.empty()) {
        error = "not saved: " + found.front().str() + (found.size() > 1 ? " (and more)" : "");
        return false;
    }
    if (folder.empty()) {
        error = "not saved: no techniques folder (neither XDG_DATA_HOME nor HOME is set)";
        return false;
    }
    const std::string owner = takenBy(draft_.id);
    namespace fs = std::filesystem;
    std::error_code ec;
    const bool ownFile = !owner.empty() && !sourceFile_.empty() && fs::equivalent(owner, sourceFile_, ec);
    if (!owner.empty() && !ownFile) {
        error = "not saved: the id \"" + draft_.id + "\" is taken by " + owner + "; choose another id";
        return false;
    }
    const std::string target = ownFile ? sourceFile_ : (fs::path(folder) / (draft_.id + ".json")).string();
    if (!ownFile && fs::exists(target, ec)) {
        error = "not saved: " + target + " already exists and holds another technique; choose another id";
        return false;
    }
    if (!writeFileAtomically(target, fileText(), error, MissingFolder::Create)) return false;
    path = target;
    sourceFile_ = target;
    return true;
}

std::string freeTechniqueId(const std::string& base, const std::function<bool(const std::string&)>& taken) {
    if (!taken(base)) return base;
    for (int i = 2; i < 10000; ++i) {
        const std::string id = base + "-" + std::to_string(i);
        if (!taken(id)) return id;
    }
    return base;
}

}  // namespace backrub
