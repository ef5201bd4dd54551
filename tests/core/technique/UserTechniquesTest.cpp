#include "core/technique/UserTechniques.h"
#include "core/technique/TechniqueLibrary.h"
#include "core/technique/TechniqueLoader.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

using namespace backrub;
namespace fs = std::filesystem;

namespace {

const std::string kGoodFile = BACKRUB_TEST_DATA_DIR "/techniques/my-lumbar-glide.json";

// An empty folder under the test output, made afresh for each test.
std::string freshFolder(const std::string& name) {
    const fs::path folder = fs::path(BACKRUB_TEST_OUTPUT_DIR) / "user-techniques" / name;
    fs::remove_all(folder);
    fs::create_directories(folder);
    return folder.string();
}

void write(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The good fixture with its id (and title) replaced.
std::string goodWithId(const std::string& id) {
    std::string text = readAll(kGoodFile);
    const std::string from = "\"id\": \"my-lumbar-glide\"";
    REQUIRE(text.find(from) != std::string::npos);
    text.replace(text.find(from), from.size(), "\"id\": \"" + id + "\"");
    return text;
}

// Problems whose text holds every one of `parts`.
int countProblems(const Problems& problems, std::initializer_list<std::string> parts) {
    int n = 0;
    for (const Problem& p : problems) {
        const std::string s = p.str();
        bool all = true;
        for (const std::string& part : parts) all = all && s.find(part) != std::string::npos;
        n += all ? 1 : 0;
    }
    return n;
}

}  // namespace

TEST_CASE("User techniques load from their folder beside the shipped ones and are marked as the user's",
          "[technique][user]") {
    const std::string folder = freshFolder("good");
    fs::copy_file(kGoodFile, folder + "/my-lumbar-glide.json");
    write(folder + "/b-second.json", goodWithId("my-second-glide"));
    write(folder + "/notes.txt", "not a technique: ignored");

    const TechniqueLibrary shipped = loadShippedTechniques();
    const TechniqueLibrary lib = loadTechniques(folder);
    CHECK(lib.problems.empty());
    REQUIRE(lib.techniques.size() == shipped.techniques.size() + 2);
    // Shipped first, unchanged; then the user's in file-name order.
    for (std::size_t i = 0; i < shipped.techniques.size(); ++i) {
        CHECK(lib.techniques[i].id == shipped.techniques[i].id);
        CHECK_FALSE(lib.isUsers(lib.techniques[i].id));
    }
    CHECK(lib.techniques[shipped.techniques.size()].id == "my-second-glide");
    CHECK(lib.techniques.back().id == "my-lumbar-glide");
    CHECK(lib.isUsers("my-lumbar-glide"));
    CHECK(lib.isUsers("my-second-glide"));
    CHECK(lib.fileOf("my-lumbar-glide") == folder + "/my-lumbar-glide.json");
    CHECK(lib.fileOf("spine-line") == "assets/techniques/spine-line.json");
    REQUIRE(lib.find("my-lumbar-glide"));
    CHECK(lib.find("my-lumbar-glide")->title == "My lumbar glide");
}

TEST_CASE("A user technique whose id is taken is left out with a problem naming both files", "[technique][user]") {
    const std::string folder = freshFolder("clash");
    write(folder + "/a-mine.json", goodWithId("my-glide"));
    write(folder + "/b-copy.json", goodWithId("my-glide"));
    write(folder + "/spine-line-edit.json", goodWithId("spine-line"));

    const TechniqueLibrary shipped = loadShippedTechniques();
    const TechniqueLibrary lib = loadTechniques(folder);
    REQUIRE(lib.problems.size() == 2);
    // The shipped technique keeps its id; the user's copy does not shadow it.
    CHECK(countProblems(lib.problems, {folder + "/spine-line-edit.json: /id: id \"spine-line\" is already taken",
                                       "the shipped technique assets/techniques/spine-line.json",
                                       "left out"}) == 1);
    CHECK(lib.fileOf("spine-line") == "assets/techniques/spine-line.json");
    CHECK_FALSE(lib.isUsers("spine-line"));
    // Between two of the user's files, the first in file-name order keeps the id.
    CHECK(countProblems(lib.problems, {folder + "/b-copy.json: /id: id \"my-glide\" is already taken",
                                       "your technique in " + folder + "/a-mine.json"}) == 1);
    CHECK(lib.fileOf("my-glide") == folder + "/a-mine.json");
    CHECK(lib.techniques.size() == shipped.techniques.size() + 1);
}

TEST_CASE("A folder of junk gives one clear problem per file and the good files still load", "[technique][user]") {
    const std::string folder = freshFolder("junk");
    fs::copy_file(kGoodFile, folder + "/good.json");
    write(folder + "/binary.json", std::string("\x89PNG\r\n\x1a\n\0\0", 10));
    write(folder + "/broken.json", "{\"format\": \"backrub.technique/1\", \"id\": ");
    write(folder + "/empty.json", "");
    write(folder + "/wrong-kind.json", "{\"format\": \"backrub.settings/1\"}");
    write(folder + "/list.json", "[1, 2, 3]");
    fs::create_directories(folder + "/folder.json");
    fs::create_directories(folder + "/sub");
    write(folder + "/sub/deeper.json", "{}");  // only the folder itself is read

    const TechniqueLibrary lib = loadTechniques(folder);
    CHECK(lib.isUsers("my-lumbar-glide"));
    CHECK(countProblems(lib.problems, {folder + "/folder.json: (file): is a folder, not a technique file"}) == 1);
    for (const char* name : {"binary.json", "broken.json", "empty.json", "wrong-kind.json", "list.json"}) {
        INFO(name);
        CHECK(countProblems(lib.problems, {folder + "/" + name + ": "}) >= 1);
    }
    CHECK(countProblems(lib.problems, {"deeper.json"}) == 0);
    CHECK(countProblems(lib.problems, {"good.json"}) == 0);
    for (const Problem& p : lib.problems) CHECK_FALSE(p.message.empty());
}

TEST_CASE("An unreadable user technique file is named as such", "[technique][user]") {
    const std::string folder = freshFolder("unreadable");
    const std::string file = folder + "/locked.json";
    fs::copy_file(kGoodFile, file);
    fs::permissions(file, fs::perms::none);
    if (std::ifstream(file)) {  // root reads anything: nothing to test here
        fs::permissions(file, fs::perms::owner_all);
        SUCCEED("running with permission to read every file");
        return;
    }
    const TechniqueLibrary lib = loadTechniques(folder);
    fs::permissions(file, fs::perms::owner_all);
    REQUIRE(lib.problems.size() == 1);
    CHECK(lib.problems[0].str() == file + ": (file): cannot open the file (is it readable?)");
}

TEST_CASE("A missing techniques folder is no problem but a file in its place is one", "[technique][user]") {
    const std::string folder = freshFolder("missing");
    CHECK(loadTechniques(folder + "/none").problems.empty());
    CHECK(loadTechniques("").problems.empty());
    write(folder + "/techniques", "a file, not a folder");
    const TechniqueLibrary lib = loadTechniques(folder + "/techniques");
    REQUIRE(lib.problems.size() == 1);
    CHECK(lib.problems[0].file == folder + "/techniques");
    CHECK(lib.problems[0].message.find("is not a folder") != std::string::npos);
}

TEST_CASE("The techniques folder follows XDG_DATA_HOME then HOME", "[technique][user]") {
    const char* savedXdg = std::getenv("XDG_DATA_HOME");
    const char* savedHome = std::getenv("HOME");
    const std::string xdg = savedXdg ? savedXdg : "";
    const std::string home = savedHome ? savedHome : "";
    setenv("XDG_DATA_HOME", "/data", 1);
    setenv("HOME", "/home/ann", 1);
    CHECK(userTechniquesFolder() == "/data/backrub/techniques");
    setenv("XDG_DATA_HOME", "", 1);
    CHECK(userTechniquesFolder() == "/home/ann/.local/share/backrub/techniques");
    unsetenv("XDG_DATA_HOME");
    unsetenv("HOME");
    CHECK(userTechniquesFolder().empty());
    if (savedXdg) setenv("XDG_DATA_HOME", xdg.c_str(), 1);
    if (savedHome) setenv("HOME", home.c_str(), 1);
}

TEST_CASE("A technique read again takes its old place, under a new id if free", "[technique][user]") {
    TechniqueLibrary lib = loadShippedTechniques();
    Problems clashes;
    const TechniqueLoadResult first = loadTechniqueFromString(goodWithId("mine"), "mine.json");
    REQUIRE(first.technique);
    const Technique* added = lib.add(*first.technique, "mine.json", true, clashes);
    REQUIRE(added != nullptr);
    const std::size_t count = lib.techniques.size();

    // Saved again with another title: same place, same id, same file.
    TechniqueLoadResult edited = loadTechniqueFromString(goodWithId("mine"), "mine.json");
    REQUIRE(edited.technique);
    edited.technique->title = "Mine, edited";
    std::string error;
    REQUIRE(lib.replace("mine", *edited.technique, error));
    CHECK(lib.find("mine") == added);
    CHECK(added->title == "Mine, edited");
    CHECK(lib.techniques.size() == count);

    // Saved with a new id: the entry, its file and its mark as the user's follow.
    const TechniqueLoadResult renamed = loadTechniqueFromString(goodWithId("mine-2"), "mine.json");
    REQUIRE(lib.replace("mine", *renamed.technique, error));
    CHECK(lib.find("mine") == nullptr);
    CHECK(lib.find("mine-2") == added);
    CHECK(lib.fileOf("mine-2") == "mine.json");
    CHECK(lib.isUsers("mine-2"));

    // Saved with an id another technique has: nothing changes, and the error names it.
    const TechniqueLoadResult taken = loadTechniqueFromString(goodWithId("spine-line"), "mine.json");
    CHECK_FALSE(lib.replace("mine-2", *taken.technique, error));
    CHECK(error.find("\"spine-line\" is already taken") != std::string::npos);
    CHECK(lib.find("mine-2") == added);
    CHECK(lib.find("spine-line")->id == "spine-line");
    CHECK_FALSE(lib.replace("nobody", *taken.technique, error));
}
