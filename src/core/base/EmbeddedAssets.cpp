#include "core/base/EmbeddedAssets.h"

#include <algorithm>

namespace backrub {

const EmbeddedAsset* findEmbeddedAsset(std::string_view path) {
    for (const EmbeddedAsset* a = embeddedAssetsBegin(); a != embeddedAssetsEnd(); ++a)
        if (path == a->path) return a;
    return nullptr;
}

std::vector<const EmbeddedAsset*> embeddedAssetsUnder(std::string_view prefix) {
    std::vector<const EmbeddedAsset*> out;
    for (const EmbeddedAsset* a = embeddedAssetsBegin(); a != embeddedAssetsEnd(); ++a)
        if (std::string_view(a->path).substr(0, prefix.size()) == prefix) out.push_back(a);
    std::sort(out.begin(), out.end(),
              [](const EmbeddedAsset* x, const EmbeddedAsset* y) { return std::string_view(x->path) < y->path; });
    return out;
}

}  // namespace backrub
