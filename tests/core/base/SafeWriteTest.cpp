#include "core/base/SafeWrite.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace backrub;

namespace {
std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}
}  // namespace

TEST_CASE("Safe writes: the file holds exactly the bytes, replaced whole, no temporary left", "[base]") {
    const std::string folder = std::string(BACKRUB_TEST_OUTPUT_DIR) + "/safe-write/sub";
    std::filesystem::remove_all(folder);
    const std::string path = folder + "/a.csv";
    std::string error;
    REQUIRE(writeFileAtomically(path, std::string("x,y\n1,2\n\0z", 10), error));
    CHECK(readAll(path) == std::string("x,y\n1,2\n\0z", 10));
    REQUIRE(writeFileAtomically(path, "short", error));
    CHECK(readAll(path) == "short");
    CHECK_FALSE(std::filesystem::exists(path + ".tmp"));
}

TEST_CASE("Safe writes: an unwritable target is reported by name and the old file stays", "[base]") {
    const std::string folder = std::string(BACKRUB_TEST_OUTPUT_DIR) + "/safe-write-dir";
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder + "/target.csv");  // a folder where the file should go
    std::string error;
    CHECK_FALSE(writeFileAtomically(folder + "/target.csv", "data", error));
    CHECK(error.find("target.csv") != std::string::npos);
    CHECK(std::filesystem::is_directory(folder + "/target.csv"));
    CHECK_FALSE(std::filesystem::exists(folder + "/target.csv.tmp"));
}

TEST_CASE("Safe writes: a missing folder is created for settings and refused for a typed path", "[base]") {
    const std::string folder = std::string(BACKRUB_TEST_OUTPUT_DIR) + "/safe-write-missing";
    std::filesystem::remove_all(folder);
    std::string error;
    CHECK_FALSE(writeFileAtomically(folder + "/typo/out.glb", "glb", error, MissingFolder::Fail));
    CHECK(error.find("typo") != std::string::npos);
    CHECK(error.find("does not exist") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(folder));
    REQUIRE(writeFileAtomically(folder + "/made/settings.json", "{}", error, MissingFolder::Create));
    CHECK(readAll(folder + "/made/settings.json") == "{}");
}

TEST_CASE("Safe writes: a write that cannot finish leaves the good file in place", "[base]") {
    // The temporary file cannot be made (a folder holds its name): the old file is untouched.
    const std::string folder = std::string(BACKRUB_TEST_OUTPUT_DIR) + "/safe-write-keep";
    std::filesystem::remove_all(folder);
    std::string error;
    REQUIRE(writeFileAtomically(folder + "/shot.png", "good", error));
    std::filesystem::create_directories(folder + "/shot.png.tmp");
    CHECK_FALSE(writeFileAtomically(folder + "/shot.png", "half", error));
    CHECK(error.find("shot.png") != std::string::npos);
    CHECK(readAll(folder + "/shot.png") == "good");
}
