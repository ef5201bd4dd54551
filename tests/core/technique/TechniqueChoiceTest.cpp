#include "core/technique/TechniqueChoice.h"
#include "core/technique/UserTechniques.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

using namespace backrub;
namespace fs = std::filesystem;

namespace {

const std::string kGoodFile = BACKRUB_TEST_DATA_DIR "/techniques/my-lumbar-glide.json";

}  // namespace

TEST_CASE("Technique choice: --technique names a file when it ends in .json or holds a slash", "[technique][choice]") {
    CHECK_FALSE(namesTechniqueFile("spine-line"));
    CHECK_FALSE(namesTechniqueFile("tickle"));
    CHECK(namesTechniqueFile("my-lumbar-glide.json"));
    CHECK(namesTechniqueFile("lessons/glide.json"));
    CHECK(namesTechniqueFile("./glide"));
}

TEST_CASE("Technique choice: --technique with an id finds it or names the known ids", "[technique][choice]") {
    TechniqueLibrary lib = loadShippedTechniques();
    std::string error;
    const Technique* t = chooseTechnique(lib, "spine-line", error);
    REQUIRE(t);
    CHECK(t->id == "spine-line");
    CHECK(chooseTechnique(lib, "tickle", error) == nullptr);
    CHECK(error.rfind("unknown technique 'tickle' (known: ", 0) == 0);
}

TEST_CASE("Technique choice: --technique with a file path loads it as the user's technique", "[technique][choice]") {
    TechniqueLibrary lib = loadShippedTechniques();
    const std::size_t shipped = lib.techniques.size();
    std::string error;
    const Technique* t = chooseTechnique(lib, kGoodFile, error);
    REQUIRE(t);
    CHECK(error.empty());
    CHECK(t->id == "my-lumbar-glide");
    CHECK(lib.isUsers("my-lumbar-glide"));
    CHECK(lib.fileOf("my-lumbar-glide") == kGoodFile);
    CHECK(lib.techniques.size() == shipped + 1);
    // The same file again, or by its id, is the same technique, not a clash.
    CHECK(chooseTechnique(lib, kGoodFile, error) == lib.find("my-lumbar-glide"));
    CHECK(chooseTechnique(lib, "my-lumbar-glide", error) == lib.find("my-lumbar-glide"));
    CHECK(lib.techniques.size() == shipped + 1);
}

TEST_CASE("Technique choice: --technique with a file already in the user's folder reuses it", "[technique][choice]") {
    const fs::path folder = fs::path(BACKRUB_TEST_OUTPUT_DIR) / "technique-choice" / "folder";
    fs::remove_all(folder);
    fs::create_directories(folder);
    fs::copy_file(kGoodFile, folder / "glide.json");
    TechniqueLibrary lib = loadTechniques(folder.string());
    const std::size_t count = lib.techniques.size();
    std::string error;
    const Technique* t = chooseTechnique(lib, (folder / "." / "glide.json").string(), error);
    CHECK(error.empty());
    CHECK(t == lib.find("my-lumbar-glide"));
    CHECK(lib.techniques.size() == count);
}

TEST_CASE("Technique choice: --technique with a broken or missing file refuses it with the loader's problems", "[technique][choice]") {
    TechniqueLibrary lib = loadShippedTechniques();
    const std::size_t shipped = lib.techniques.size();
    std::string error;
    const std::string dup = BACKRUB_TEST_DATA_DIR "/techniques/duplicate-key.json";
    CHECK(chooseTechnique(lib, dup, error) == nullptr);
    CHECK(error.rfind(dup + ": /steps/0/actions/0/forceN/firm: ", 0) == 0);
    CHECK(error.back() != '\n');

    CHECK(chooseTechnique(lib, "/nonexistent/mine.json", error) == nullptr);
    CHECK(error == "/nonexistent/mine.json: (file): no such file");
    CHECK(lib.techniques.size() == shipped);
}

TEST_CASE("Technique choice: --technique with a file whose id is shipped is refused as a clash", "[technique][choice]") {
    const fs::path file = fs::path(BACKRUB_TEST_OUTPUT_DIR) / "technique-choice" / "spine-line-copy.json";
    fs::create_directories(file.parent_path());
    fs::copy_file(BACKRUB_SOURCE_DIR "/assets/techniques/spine-line.json", file, fs::copy_options::overwrite_existing);
    TechniqueLibrary lib = loadShippedTechniques();
    std::string error;
    CHECK(chooseTechnique(lib, file.string(), error) == nullptr);
    CHECK(error == file.string() + ": /id: id \"spine-line\" is already taken by the shipped technique "
                                   "assets/techniques/spine-line.json; this file is left out: give it an id of its own");
    CHECK_FALSE(lib.isUsers("spine-line"));
}

TEST_CASE("An unknown id names the problems in the user's folder", "[technique][choice]") {
    const fs::path folder = fs::path(BACKRUB_TEST_OUTPUT_DIR) / "technique-choice" / "broken-folder";
    fs::remove_all(folder);
    fs::create_directories(folder);
    std::ofstream(folder / "my-glide.json") << "{ not json";
    TechniqueLibrary lib = loadTechniques(folder.string());
    std::string error;
    CHECK(chooseTechnique(lib, "my-glide", error) == nullptr);
    CHECK(error.find("unknown technique 'my-glide'") == 0);
    CHECK(error.find((folder / "my-glide.json").string() + ": ") != std::string::npos);
}
