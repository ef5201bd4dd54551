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
