// Types of the properties the loader does not read (glTF 2.0 JSON schema): every
// `name`, and the asset's `generator` and `copyright`, is a string; `extensions` is
// an object whose members are objects (the rules inside an extension are its own).
#include "core/gltf/detail/GltfStrictChecks.h"

#include "core/base/JsonGuard.h"

namespace backrub::gltf {

void checkPropertyTypes(Checker& c) {
    forEachGltfValue(c.root, [&](const Json& v, const std::string& ptr, const std::string& key) {
        if (ptr.find("/extensions/") != std::string::npos) return;
        const bool text = key == "name" || ((key == "generator" || key == "copyright") && ptr.rfind("/asset/", 0) == 0);
        if (text && !v.is_string()) c.problem(ptr, key + " must be a string");
        if (key != "extensions") return;
        if (!v.is_object()) {
            c.problem(ptr, "extensions must be an object");
            return;
        }
        for (auto it = v.begin(); it != v.end(); ++it)
            if (!it.value().is_object()) c.problem(jsonPointerAppend(ptr, it.key()), "extension \"" + it.key() + "\" must be an object");
    });
}

}  // namespace backrub::gltf
