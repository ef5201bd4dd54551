// Extensions (glTF 2.0 specification, "Specifying Extensions"): every extension an object uses is named in
// extensionsUsed, which names each once; extensionsRequired names only used
// extensions. Backrub supports none, so each used extension is reported as ignored
// (a required one is refused by the pre-validation).
#include "core/gltf/detail/GltfStrictChecks.h"

#include "core/base/JsonGuard.h"

#include <set>

namespace backrub::gltf {
namespace {

// The names in root list `key`, reporting duplicates.
std::set<std::string> declared(Checker& c, const char* key) {
    std::set<std::string> names;
    const Json* list = c.member(c.root, key);
    if (!list || !list->is_array()) return names;
    for (std::size_t i = 0; i < list->size(); ++i) {
        if (!(*list)[i].is_string()) continue;  // reported by the pre-validation
        const std::string name = (*list)[i].get<std::string>();
        if (!names.insert(name).second)
            c.problem("/" + std::string(key) + "/" + std::to_string(i), "extension \"" + name + "\" is listed twice");
    }
    return names;
}

}  // namespace

void checkExtensionDeclarations(Checker& c) {
    const std::set<std::string> used = declared(c, "extensionsUsed");
    const std::set<std::string> required = declared(c, "extensionsRequired");
    for (const std::string& name : required)
        if (!used.count(name))
            c.problem("/extensionsRequired", "extension \"" + name + "\" is required but not in extensionsUsed");
    for (const std::string& name : used)
        c.warning("/extensionsUsed", "extension \"" + name + "\" is not supported; Backrub ignores its data");
    forEachGltfValue(c.root, [&](const Json& v, const std::string& ptr, const std::string& key) {
        if (key != "extensions" || !v.is_object()) return;
        for (auto it = v.begin(); it != v.end(); ++it)
            if (!used.count(it.key()))
                c.problem(jsonPointerAppend(ptr, it.key()),
                          "extension \"" + it.key() + "\" is used here but not declared in extensionsUsed");
    });
}

}  // namespace backrub::gltf
