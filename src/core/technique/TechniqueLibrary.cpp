#include "core/technique/TechniqueLibrary.h"

#include "core/base/EmbeddedAssets.h"
#include "core/technique/TechniqueLoader.h"

namespace backrub {

const Technique* TechniqueLibrary::find(const std::string& id) const {
    for (const Technique& t : techniques)
        if (t.id == id) return &t;
    return nullptr;
}

std::string TechniqueLibrary::ids() const {
    std::string out;
    for (const Technique& t : techniques) out += (out.empty() ? "" : ", ") + t.id;
    return out;
}

TechniqueLibrary loadShippedTechniques() {
    TechniqueLibrary lib;
    for (const EmbeddedAsset* asset : embeddedAssetsUnder("assets/techniques/")) {
        TechniqueLoadResult r = loadTechniqueFromString(asset->content, asset->path);
        lib.problems.insert(lib.problems.end(), r.problems.begin(), r.problems.end());
        if (r.technique) lib.techniques.push_back(std::move(*r.technique));
    }
    return lib;
}

}  // namespace backrub
