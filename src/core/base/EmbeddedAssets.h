#pragma once
// Shaders and shipped assets compiled into the binary (see cmake/EmbedFiles.cmake),
// so the program runs from any working directory.
#include <string>
#include <string_view>
#include <vector>

namespace backrub {

struct EmbeddedAsset {
    const char* path;     // relative to the source tree, e.g. "assets/techniques/spine-line.json"
    const char* content;  // the file's text
};

const EmbeddedAsset* embeddedAssetsBegin();
const EmbeddedAsset* embeddedAssetsEnd();

// The asset's text, or nullptr when there is no such asset.
const EmbeddedAsset* findEmbeddedAsset(std::string_view path);
// Every asset whose path starts with prefix, in path order.
std::vector<const EmbeddedAsset*> embeddedAssetsUnder(std::string_view prefix);

}  // namespace backrub
