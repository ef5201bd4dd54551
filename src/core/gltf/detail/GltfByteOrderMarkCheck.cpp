// glTF 2.0 specification, "JSON Encoding" (for .gltf and the GLB JSON chunk alike):
// the JSON is UTF-8 without a byte order mark. The JSON parser would skip one silently.
#include "core/gltf/detail/GltfStrictChecks.h"

namespace backrub::gltf {

void checkNoByteOrderMark(std::string_view jsonText, const std::string& file, Problems& problems) {
    if (jsonText.size() >= 3 && jsonText.compare(0, 3, "\xEF\xBB\xBF") == 0)
        problems.push_back({file, "JSON", "the JSON starts with a UTF-8 byte order mark; glTF does not allow one"});
}

}  // namespace backrub::gltf
