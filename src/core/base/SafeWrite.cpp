#include "core/base/SafeWrite.h"

#include <filesystem>
#include <fstream>

namespace backrub {

bool writeFileAtomically(const std::string& path, const std::string& bytes, std::string& error, MissingFolder missing) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path parent = fs::path(path).parent_path();
    if (!parent.empty() && !fs::is_directory(parent, ec)) {
        if (missing == MissingFolder::Fail) {
            error = path + ": the folder " + parent.string() + " does not exist";
            return false;
        }
        fs::create_directories(parent, ec);
    }
    const std::string tmp = path + ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.flush();
        if (!out) {
            error = tmp + ": cannot write (is the folder writable and the disk not full?)";
            fs::remove(tmp, ec);
            return false;
        }
    }
    fs::rename(tmp, path, ec);
    if (ec) {
        error = path + ": cannot replace the file: " + ec.message();
        fs::remove(tmp, ec);
        return false;
    }
    return true;
}

}  // namespace backrub
