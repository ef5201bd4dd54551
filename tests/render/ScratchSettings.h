#pragma once
// Settings in a fresh scratch folder for a viewer test: the test neither reads nor changes
// the user's and starts from defaults, not from the last run's saved settings; so does the
// user's techniques folder (FOLDER/data/backrub/techniques, none unless a test makes it).
#include "app/GlContext.h"

#include <cstdlib>
#include <filesystem>
#include <string>

namespace backrub::test {

// Points settings and the user's techniques into BACKRUB_TEST_OUTPUT_DIR/NAME (emptied)
// and SDL at its offscreen driver. Returns the folder.
inline std::string useScratchSettings(const std::string& name) {
    const std::string config = std::string(BACKRUB_TEST_OUTPUT_DIR) + "/" + name;
    std::filesystem::remove_all(config);
    setenv("XDG_CONFIG_HOME", config.c_str(), 1);
    setenv("XDG_DATA_HOME", (config + "/data").c_str(), 1);
    app::useOffscreenDriver();
    return config;
}

}  // namespace backrub::test
