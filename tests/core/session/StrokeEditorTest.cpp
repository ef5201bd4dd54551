// The stroke editor's document: laying a path, undo and redo, and saving a file that
// validates and plays exactly as the draft did.
#include "SameContacts.h"
#include "SyntheticBody.h"

#include "core/session/StrokeEditor.h"
#include "core/technique/TechniqueLoader.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace backrub;
namespace fs = std::filesystem;

namespace {

BodyPoint at(const std::string& level, float lateralCm, float cranialCm = 0.0f) {
    BodyPoint p;
    p.spineLevel = level;
    p.lateralCm = lateralCm;
    p.cranialCm = cranialCm;
    return p;
}

fs::path scratchFolder(const std::string& name) {
    const fs::path folder = fs::temp_directory_path() / ("backrub-editor-test-" + name);
    fs::remove_all(folder);
    return folder;
}

std::string noOwner(const std::string&) { return ""; }

}  // namespace

TEST_CASE("A new technique needs its path before it plays", "[session]") {
    StrokeEditor editor(StrokeEditor::blankTechnique("my-glide"));
    REQUIRE(editor.action());
    CHECK_FALSE(editor.problems().empty());  // no waypoint yet
    editor.addWaypoint(at("L4", 3.0f));
    const Problems one = editor.problems();
    REQUIRE(one.size() == 1);
    CHECK(one.front().str() == "my-glide.json: /steps/0/actions/0/path: a glide needs at least two waypoints");
    editor.addWaypoint(at("T12", 3.0f));
    INFO(formatProblems(editor.problems()));
    CHECK(editor.problems().empty());
}

TEST_CASE("Editor undo and redo step through every change, slider drags as one", "[session]") {
    StrokeEditor editor(StrokeEditor::blankTechnique("undo-test"));
    CHECK_FALSE(editor.canUndo());
    editor.addWaypoint(at("L4", 3.0f));
    editor.addWaypoint(at("L1", 3.0f));
    // A slider dragged through several values is one change.
    for (float f : {7.0f, 8.0f, 9.0f})
        editor.edit([f](Technique& t) { t.steps[0].actions[0].forceN.moderateN = f; }, "force.moderate");
    editor.edit([](Technique& t) { t.title = t.title; });  // no change: nothing to undo
    editor.addStep();
    CHECK(editor.draft().steps.size() == 2);
    CHECK(editor.stepIndex() == 1);
    CHECK(editor.draft().steps[1].actions.at(0).path.empty());

    REQUIRE(editor.undo());  // the step
    CHECK(editor.draft().steps.size() == 1);
    CHECK(editor.stepIndex() == 0);
    REQUIRE(editor.undo());  // the whole drag
    CHECK(editor.draft().steps[0].actions[0].forceN.moderateN == 6.0f);
    REQUIRE(editor.undo());
    CHECK(editor.draft().steps[0].actions[0].path.size() == 1);
    REQUIRE(editor.undo());
    CHECK(editor.draft().steps[0].actions[0].path.empty());
    CHECK_FALSE(editor.undo());

    REQUIRE(editor.redo());
    REQUIRE(editor.redo());
    REQUIRE(editor.redo());
    CHECK(editor.draft().steps[0].actions[0].forceN.moderateN == 9.0f);
    // A new change after undoing drops what could have been redone.
    REQUIRE(editor.undo());
    editor.removeLastWaypoint();
    CHECK_FALSE(editor.canRedo());
    CHECK(editor.draft().steps[0].actions[0].path.size() == 1);
}

TEST_CASE("A static hold takes the last place clicked", "[session]") {
    StrokeEditor editor(StrokeEditor::blankTechnique("hold"));
    editor.edit([](Technique& t) { t.steps[0].actions[0].motion.kind = MotionKind::StaticHold; });
    editor.addWaypoint(at("T7", 4.0f));
    editor.addWaypoint(at("T9", 4.0f));
    REQUIRE(editor.action()->path.size() == 1);
    CHECK(editor.action()->path[0].spineLevel == "T9");
    CHECK(editor.problems().empty());
}

TEST_CASE("A saved technique validates and plays exactly as the draft", "[session]") {
    const fs::path folder = scratchFolder("save");
    StrokeEditor editor(StrokeEditor::blankTechnique("lumbar-glide"));
    editor.addWaypoint(at("S1", 3.0f));
    editor.addWaypoint(at("L3", 3.3f, 0.7f));
    editor.addWaypoint(at("T12", 2.9f));
    editor.addStep();
    editor.edit([](Technique& t) {
        Action& a = t.steps[1].actions[0];
        a.hand = HandChoice::Right;
        a.contact = ContactKind::Palm;
        a.motion.kind = MotionKind::Circles;
        a.motion.radiusCm = 1.5f;
        a.motion.frequencyHz = 0.7f;
        a.forceN = {3.0f, 5.5f, 8.25f};
    });
    editor.addWaypoint(at("L2", -5.0f));
    editor.addWaypoint(at("L4", -5.0f));
    std::string path, error;
    REQUIRE(editor.save(folder.string(), noOwner, path, error));
    CHECK(path == (folder / "lumbar-glide.json").string());
    CHECK(editor.sourceFile() == path);

    const TechniqueLoadResult back = loadTechniqueFile(path);
    INFO(formatProblems(back.problems));
    REQUIRE(back.technique);
    std::ifstream in(path);
    const std::string onDisk((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(onDisk == editor.fileText());
    const Action& a = back.technique->steps[1].actions[0];
    CHECK(a.forceN.firmN == 8.25f);
    CHECK(a.path[0].lateralCm == -5.0f);
    CHECK(back.technique->steps[0].actions[0].path[1].cranialCm == 0.7f);
    static const Body body = test::makeSyntheticBody();
    test::requireSameContacts(editor.draft(), *back.technique, body);
    fs::remove_all(folder);
}

TEST_CASE("Saving is refused with a reason, and leaves the files as they were", "[session]") {
    const fs::path folder = scratchFolder("refuse");
    StrokeEditor editor(StrokeEditor::blankTechnique("spine-line"));
    std::string path, error;
    SECTION("a draft with problems") {
        CHECK_FALSE(editor.save(folder.string(), noOwner, path, error));
        CHECK(error.rfind("not saved: spine-line.json: /steps/0/actions/0/path:", 0) == 0);
        CHECK_FALSE(fs::exists(folder));
    }
    editor.addWaypoint(at("T1", 2.0f));
    editor.addWaypoint(at("T6", 2.0f));
    SECTION("an id another technique has") {
        const auto shipped = [](const std::string& id) { return id == "spine-line" ? std::string("assets/techniques/spine-line.json") : ""; };
        CHECK_FALSE(editor.save(folder.string(), shipped, path, error));
        CHECK(error == "not saved: the id \"spine-line\" is taken by assets/techniques/spine-line.json; choose another id");
    }
    SECTION("a file of that name holding something else") {
        fs::create_directories(folder);
        std::ofstream(folder / "spine-line.json") << "not mine";
        CHECK_FALSE(editor.save(folder.string(), noOwner, path, error));
        CHECK(error.find("already exists") != std::string::npos);
        std::ifstream in(folder / "spine-line.json");
        std::string kept;
        std::getline(in, kept);
        CHECK(kept == "not mine");
    }
    SECTION("a folder that cannot be made") {
        fs::create_directories(folder);
        std::ofstream(folder / "plain-file") << "x";
        CHECK_FALSE(editor.save((folder / "plain-file" / "techniques").string(), noOwner, path, error));
        CHECK(error.find("plain-file") != std::string::npos);
    }
    fs::remove_all(folder);
}

TEST_CASE("Saving over its own file keeps the id; another's file is never overwritten", "[session]") {
    const fs::path folder = scratchFolder("own");
    StrokeEditor first(StrokeEditor::blankTechnique("mine"));
    first.addWaypoint(at("T3", 2.0f));
    first.addWaypoint(at("T8", 2.0f));
    std::string path, error;
    REQUIRE(first.save(folder.string(), noOwner, path, error));
    const auto library = [&path](const std::string& id) { return id == "mine" ? path : std::string(); };
    // Opened again from that file: saving goes over it.
    StrokeEditor again(loadTechniqueFile(path).technique.value(), path);
    again.edit([](Technique& t) { t.steps[0].durationS = 35.0f; });
    std::string path2;
    REQUIRE(again.save(folder.string(), library, path2, error));
    CHECK(path2 == path);
    CHECK(loadTechniqueFile(path).technique->steps[0].durationS == 35.0f);
    // A new draft with the same id is refused.
    StrokeEditor other(StrokeEditor::blankTechnique("mine"));
    other.addWaypoint(at("T3", 2.0f));
    other.addWaypoint(at("T8", 2.0f));
    CHECK_FALSE(other.save(folder.string(), library, path2, error));
    CHECK(loadTechniqueFile(path).technique->steps[0].durationS == 35.0f);
    fs::remove_all(folder);
}

TEST_CASE("Free technique ids count up from the base", "[session]") {
    const auto taken = [](const std::string& id) { return id == "my-technique" || id == "my-technique-2"; };
    CHECK(freeTechniqueId("my-technique", taken) == "my-technique-3");
    CHECK(freeTechniqueId("other", taken) == "other");
}

TEST_CASE("The draft's version moves with each change, undo and redo, and its problems follow it", "[session]") {
    StrokeEditor editor(StrokeEditor::blankTechnique("version-test"));
    const unsigned start = editor.version();
    CHECK_FALSE(editor.problems().empty());  // worked out for this version
    editor.selectStep(0);
    editor.edit([](Technique& t) { t.title = t.title; });  // changes nothing
    CHECK(editor.version() == start);
    editor.addWaypoint(at("L4", 3.0f));
    editor.addWaypoint(at("T12", 3.0f));
    CHECK(editor.version() == start + 2);
    CHECK(editor.problems().empty());  // not the first version's problems kept
    // A slider drag merges into one undo step but each value is a new draft.
    for (float f : {7.0f, 8.0f})
        editor.edit([f](Technique& t) { t.steps[0].actions[0].forceN.moderateN = f; }, "force.moderate");
    CHECK(editor.version() == start + 4);
    REQUIRE(editor.undo());
    CHECK(editor.version() == start + 5);
    REQUIRE(editor.undo());
    CHECK(editor.version() == start + 6);
    CHECK_FALSE(editor.problems().empty());  // one waypoint again: worked out anew
    REQUIRE(editor.redo());
    CHECK(editor.problems().empty());
}
