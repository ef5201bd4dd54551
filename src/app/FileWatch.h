#pragma once
// Notices when a file is saved: its modification time or size differs from what was seen
// last. Polled by the viewer (live reload of the technique on screen); no threads, no
// operating-system watch API, so it behaves the same everywhere, the browser included.
#include <cstdint>
#include <string>

namespace backrub::app {

class FileWatch {
public:
    // Starts watching `path` as it is now ("" watches nothing).
    void watch(const std::string& path);
    const std::string& path() const { return path_; }
    // True once for each change since the last call (a file that vanishes and comes back
    // counts as changed; a missing file does not, until it appears).
    bool changed();

private:
    struct Stamp {
        bool exists = false;
        std::int64_t modifiedNs = 0;
        std::uintmax_t size = 0;
        bool operator==(const Stamp& o) const { return exists == o.exists && modifiedNs == o.modifiedNs && size == o.size; }
    };
    static Stamp stampOf(const std::string& path);
    std::string path_;
    Stamp seen_;
};

}  // namespace backrub::app
