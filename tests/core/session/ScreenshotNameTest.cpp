#include "core/session/ScreenshotName.h"

#include <catch2/catch.hpp>

#include <set>

using namespace backrub;

namespace {
std::tm at(int year, int month, int day, int hour, int minute, int second) {
    std::tm t{};
    t.tm_year = year - 1900;
    t.tm_mon = month - 1;
    t.tm_mday = day;
    t.tm_hour = hour;
    t.tm_min = minute;
    t.tm_sec = second;
    return t;
}
}  // namespace

TEST_CASE("A screenshot is named by its local time to the second", "[screenshot]") {
    const auto none = [](const std::string&) { return false; };
    CHECK(screenshotName(at(2026, 12, 6, 4, 15, 0), none) == "backrub-20261206-041500.png");
}

TEST_CASE("Three screenshots in one second get three names", "[screenshot]") {
    std::set<std::string> written;
    const auto taken = [&](const std::string& name) { return written.count(name) > 0; };
    const std::tm now = at(2026, 12, 6, 4, 15, 0);
    for (int i = 0; i < 3; ++i) {
        const std::string name = screenshotName(now, taken);
        CHECK_FALSE(written.count(name));
        written.insert(name);
    }
    CHECK(written == std::set<std::string>{"backrub-20261206-041500.png", "backrub-20261206-041500-2.png",
                                           "backrub-20261206-041500-3.png"});
    // The next second starts again without a counter.
    CHECK(screenshotName(at(2026, 12, 6, 4, 15, 1), taken) == "backrub-20261206-041501.png");
}

TEST_CASE("A screenshot never takes the name of an existing file", "[screenshot]") {
    const std::tm now = at(2026, 12, 6, 4, 15, 0);
    // Files from earlier presses (or anything else) with gaps: the first free name is chosen.
    const std::set<std::string> existing{"backrub-20261206-041500.png", "backrub-20261206-041500-2.png",
                                         "backrub-20261206-041500-4.png"};
    const auto taken = [&](const std::string& name) { return existing.count(name) > 0; };
    CHECK(screenshotName(now, taken) == "backrub-20261206-041500-3.png");
    // Every name taken: none is offered rather than one overwritten.
    CHECK(screenshotName(now, [](const std::string&) { return true; }).empty());
}
