// FileWatch (app/FileWatch.h): a saved file is noticed once; a missing one only when it
// appears. No GL.
#include "app/FileWatch.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace backrub;
namespace fs = std::filesystem;

TEST_CASE("A watched file is seen changed once per save, and again after it comes back", "[app][watch]") {
    const fs::path folder = fs::path(BACKRUB_TEST_OUTPUT_DIR) / "file-watch";
    fs::remove_all(folder);
    fs::create_directories(folder);
    const std::string file = (folder / "t.json").string();
    std::ofstream(file) << "{}";
    app::FileWatch watch;
    watch.watch(file);
    CHECK_FALSE(watch.changed());
    std::ofstream(file) << "{ \"a\": 1 }";  // a save: size and time change
    CHECK(watch.changed());
    CHECK_FALSE(watch.changed());  // once
    // Same size, a later time (an editor rewriting the same text).
    fs::last_write_time(file, fs::last_write_time(file) + std::chrono::seconds(2));
    CHECK(watch.changed());
    // Gone (saved by rename): nothing to read yet; back: changed.
    fs::remove(file);
    CHECK_FALSE(watch.changed());
    std::ofstream(file) << "{ \"a\": 2 }";
    CHECK(watch.changed());
    // Nothing watched: never changed.
    app::FileWatch none;
    none.watch("");
    CHECK_FALSE(none.changed());
}
