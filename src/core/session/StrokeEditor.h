#pragma once
// The stroke editor's document: a technique being written in the viewer, step by step and
// action by action, with undo and redo. Places are body coordinates (a spine level plus
// offsets over the skin), so the saved file plays on any body. The viewer lays waypoints
// where the user clicks on the skin (BodyCoordinates::bodyPointAt) and plays the draft
// while it is valid; saving writes a technique file into the user's techniques folder.
#include "core/base/Problem.h"
#include "core/technique/Technique.h"

#include <functional>
#include <string>
#include <vector>

namespace backrub {

class StrokeEditor {
public:
    // A new technique: one step with one action (both thumbs gliding up beside the spine,
    // the forces of the shipped thumb strokes) whose path is still to be laid. `id` must be
    // free; see freeTechniqueId().
    static Technique blankTechnique(const std::string& id);

    // Edits `start`. `sourceFile` is the user's file it was read from ("" for a new technique
    // or a shipped one): saving writes over that file, and only there may the id stay taken.
    explicit StrokeEditor(Technique start, std::string sourceFile = "");

    const Technique& draft() const { return draft_; }
    const std::string& sourceFile() const { return sourceFile_; }
    int stepIndex() const { return step_; }
    int actionIndex() const { return action_; }  // -1 when the step has no actions
    const Step& step() const { return draft_.steps[static_cast<std::size_t>(step_)]; }
    const Action* action() const;

    void selectStep(int index);
    void selectAction(int index);

    // Each of these is one undo step.
    void addWaypoint(const BodyPoint& p);  // to the selected action's path (a new action if none)
    void removeLastWaypoint();
    void addStep();                        // after the selected one, with one action like the selected one's
    void removeStep();                     // never the last one
    void addAction();                      // to the selected step
    void removeAction();
    // Any other change to the draft (the panel's fields). Changes with the same non-empty
    // `mergeKey` in a row are one undo step (dragging a slider); a change that changes nothing is none.
    void edit(const std::function<void(Technique&)>& change, const std::string& mergeKey = "");

    bool canUndo() const { return !undo_.empty(); }
    bool canRedo() const { return !redo_.empty(); }
    bool undo();
    bool redo();

    // Counts the changes to the draft, undo and redo included: what is worked out from the
    // draft needs working out again only when this moves.
    unsigned version() const { return version_; }

    // The draft as a file, and its problems when read back by the validating loader
    // (named as `<id>.json`); a draft without problems plays and saves. The problems are
    // worked out once per version.
    std::string fileText() const;
    const Problems& problems() const;

    // Writes the draft into `folder` (created if missing) as `<id>.json`, or over its own
    // sourceFile. Refused, with the reason in `error`, when the draft has problems, when
    // `takenBy` names a file that already holds its id (another technique), or when the
    // file cannot be written (the old file, if any, stays as it was). On success `path` is
    // the file written and the editor's sourceFile becomes it.
    bool save(const std::string& folder, const std::function<std::string(const std::string& id)>& takenBy,
              std::string& path, std::string& error);

private:
    struct Snapshot {
        Technique technique;
        int step = 0;
        int action = 0;
    };
    void change(const std::function<void(Technique&)>& apply, const std::string& mergeKey);
    void clampSelection();
    bool travel(std::vector<Snapshot>& from, std::vector<Snapshot>& to);
    Action& selectedAction();

    Technique draft_;
    std::string sourceFile_;
    int step_ = 0;
    int action_ = 0;
    std::vector<Snapshot> undo_, redo_;
    std::string lastMergeKey_;
    unsigned version_ = 0;
    mutable unsigned problemsVersion_ = ~0u;
    mutable Problems problems_;
};

// "base", else "base-2", "base-3", ... : the first id for which `taken` is false.
std::string freeTechniqueId(const std::string& base, const std::function<bool(const std::string&)>& taken);

}  // namespace backrub
