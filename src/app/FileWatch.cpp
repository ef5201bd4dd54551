#include "app/FileWatch.h"

#include <filesystem>

namespace backrub::app {

FileWatch::Stamp FileWatch::stampOf(const std::string& path) {
    Stamp s;
    std::error_code ec;
    const auto modified = std::filesystem::last_write_time(path, ec);
    if (ec) return s;
    const std::uintmax_t size = std::filesystem::file_size(path, ec);
    if (ec) return s;
    s.exists = true;
    s.modifiedNs = std::chrono::duration_cast<std::chrono::nanoseconds>(modified.time_since_epoch()).count();
    s.size = size;
    return s;
}

void FileWatch::watch(const std::string& path) {
    path_ = path;
    seen_ = path.empty() ? Stamp{} : stampOf(path);
}

bool FileWatch::changed() {
    if (path_.empty()) return false;
    const Stamp now = stampOf(path_);
    if (now == seen_) return false;
    seen_ = now;
    return now.exists;  // gone: wait for it to come back (an editor saving by rename)
}

}  // namespace backrub::app
