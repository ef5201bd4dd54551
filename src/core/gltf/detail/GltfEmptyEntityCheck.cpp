// Empty arrays and attribute maps: every array of the glTF 2.0 schema has at least
// one element (minItems 1: top-level arrays, scene nodes, children, skin joints,
// primitives, morph targets, animation channels and samplers, extensionsUsed ...),
// and a primitive's attributes and each morph target name at least one attribute.
#include "core/gltf/detail/GltfStrictChecks.h"

namespace backrub::gltf {

void checkEmptyEntities(Checker& c) {
    forEachGltfValue(c.root, [&](const Json& v, const std::string& ptr, const std::string& key) {
        // Inside an extension the rules are the extension's own.
        if (ptr.find("/extensions/") != std::string::npos) return;
        if (v.is_array() && v.empty())
            c.problem(ptr, key + " is an empty array; glTF requires at least one element (or no " + key + " at all)");
        const bool attributeMap = key == "attributes" || ptr.find("/targets/") != std::string::npos;
        if (v.is_object() && v.empty() && attributeMap && ptr.find("/primitives/") != std::string::npos)
            c.problem(ptr, "no attributes: glTF requires at least one");
    });
}

}  // namespace backrub::gltf
