#include "core/technique/UserTechniques.h"

#include "core/base/UserFolders.h"
#include "core/technique/TechniqueLoader.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace backrub {
namespace {

namespace fs = std::filesystem;

bool hasJsonExtension(const fs::path& path) {
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return ext == ".json";
}

}  // namespace

std::string userTechniquesFolder() { return xdgPath("XDG_DATA_HOME", ".local/share", "backrub/techniques"); }

void addUserTechniques(TechniqueLibrary& library, const std::string& folder) {
    if (folder.empty()) return;
    std::error_code ec;
    const fs::file_type type = fs::status(folder, ec).type();
    if (type == fs::file_type::not_found) return;  // no own techniques yet
    if (type != fs::file_type::directory) {
        library.problems.push_back({folder, "(folder)", ec ? "cannot read the techniques folder: " + ec.message()
                                                           : std::string("is not a folder; own techniques go in a "
                                                                         "folder of *.json files")});
        return;
    }
    std::vector<fs::path> files;
    fs::directory_iterator it(folder, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec))
        if (hasJsonExtension(it->path())) files.push_back(it->path());
    if (ec) library.problems.push_back({folder, "(folder)", "cannot list the techniques folder: " + ec.message()});
    std::sort(files.begin(), files.end());
    for (const fs::path& path : files) {
        TechniqueLoadResult r = loadTechniqueFile(path.string());
        library.problems.insert(library.problems.end(), r.problems.begin(), r.problems.end());
        if (r.technique) library.add(std::move(*r.technique), path.string(), true, library.problems);
    }
}

TechniqueLibrary loadTechniques(const std::string& userFolder) {
    TechniqueLibrary library = loadShippedTechniques();
    addUserTechniques(library, userFolder);
    return library;
}

}  // namespace backrub
