#include "core/base/FreeName.h"

#include <catch2/catch.hpp>

#include <set>

using namespace backrub;

TEST_CASE("Free names: saving three times gives three files, none overwritten", "[base]") {
    std::set<std::string> folder{"notes.csv"};
    auto exists = [&folder](const std::string& n) { return folder.count(n) > 0; };
    for (int i = 0; i < 3; ++i) {
        const std::string name = firstFreeName("backrub-spine-line", ".csv", exists);
        CHECK_FALSE(exists(name));
        folder.insert(name);
    }
    CHECK(folder == std::set<std::string>{"notes.csv", "backrub-spine-line.csv", "backrub-spine-line-2.csv",
                                          "backrub-spine-line-3.csv"});
    CHECK(firstFreeName("x", ".png", [](const std::string&) { return true; }).empty());  // a full folder: no name
}
