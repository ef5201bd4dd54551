#include "core/technique/TechniqueLibrary.h"

#include "core/base/EmbeddedAssets.h"
#include "core/technique/TechniqueLoader.h"

namespace backrub {

const Technique* TechniqueLibrary::find(const std::string& id) const {
    for (const Technique& t : techniques)
        if (t.id == id) return &t;
    return nullptr;
}

std::string TechniqueLibrary::unknownIdMessage(const std::string& id) const {
    return "unknown technique '" + id + "' (known: " + ids() + ")";
}

std::string TechniqueLibrary::ids() const {
    std::string out;
    for (const Technique& t : techniques) out += (out.empty() ? "" : ", ") + t.id;
    return out;
}

std::string TechniqueLibrary::fileOf(const std::string& id) const {
    const auto it = files.find(id);
    return it == files.end() ? std::string() : it->second;
}

const Technique* TechniqueLibrary::add(Technique technique, const std::string& file, bool users, Problems& clashes) {
    if (find(technique.id)) {
        const std::string owner = isUsers(technique.id) ? "your technique in " : "the shipped technique ";
        clashes.push_back({file, "/id",
                           "id \"" + technique.id + "\" is already taken by " + owner + fileOf(technique.id) +
                               "; this file is left out: give it an id of its own"});
        return nullptr;
    }
    files[technique.id] = file;
    if (users) usersIds.insert(technique.id);
    techniques.push_back(std::move(technique));
    return &techniques.back();
}

bool TechniqueLibrary::replace(const std::string& id, Technique technique, std::string& error) {
    Technique* slot = nullptr;
    for (Technique& t : techniques)
        if (t.id == id) slot = &t;
    if (!slot) {
        error = unknownIdMessage(id);
        return false;
    }
    if (technique.id != id && find(technique.id)) {
        error = "id \"" + technique.id + "\" is already taken by " + fileOf(technique.id) + "; keeping \"" + id + "\"";
        return false;
    }
    if (technique.id != id) {
        files[technique.id] = files[id];
        files.erase(id);
        if (usersIds.erase(id)) usersIds.insert(technique.id);
    }
    *slot = std::move(technique);
    return true;
}

TechniqueLibrary loadShippedTechniques() {
    TechniqueLibrary lib;
    for (const EmbeddedAsset* asset : embeddedAssetsUnder("assets/techniques/")) {
        TechniqueLoadResult r = loadTechniqueFromString(asset->content, asset->path);
        lib.problems.insert(lib.problems.end(), r.problems.begin(), r.problems.end());
        if (r.technique) lib.add(std::move(*r.technique), asset->path, false, lib.problems);
    }
    return lib;
}

}  // namespace backrub
