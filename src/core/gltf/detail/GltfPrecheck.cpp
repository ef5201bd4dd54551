#include "core/gltf/detail/GltfPrecheck.h"

#include "core/gltf/detail/GltfChecker.h"

namespace backrub::gltf {
namespace {

// Arrays the loader or tinygltf reads; each must hold objects only.
const char* const kTopLevelArrays[] = {"accessors", "animations", "buffers", "bufferViews", "cameras",
                                       "images",    "materials",  "meshes",  "nodes",       "samplers",
                                       "scenes",    "skins",      "textures"};

}  // namespace

void checkAssetAndArrays(Checker& c) {
    if (const Json* asset = c.objectField(c.root, "", "asset", true)) {
        if (std::optional<std::string> version = c.stringField(*asset, "/asset", "version", true)) {
            // "2.0", "2.1" ...: the major version must be 2.
            const bool twoDotSomething = version->size() > 2 && version->compare(0, 2, "2.") == 0 &&
                                         version->find_first_not_of("0123456789", 2) == std::string::npos;
            if (!twoDotSomething)
                c.problem("/asset/version", "glTF version \"" + *version + "\" is not supported, expected \"2.0\"");
        }
        if (std::optional<std::string> minVersion = c.stringField(*asset, "/asset", "minVersion", false))
            if (*minVersion != "2.0")
                c.problem("/asset/minVersion", "minVersion \"" + *minVersion + "\" is not supported, expected \"2.0\"");
    }
    for (const char* listName : {"extensionsRequired", "extensionsUsed"})
        if (const Json* list = c.arrayField(c.root, "", listName, false))
            for (std::size_t i = 0; i < list->size(); ++i) {
                const std::string where = "/" + std::string(listName) + "/" + std::to_string(i);
                if (!(*list)[i].is_string())
                    c.problem(where, "extension names must be strings");
                else if (std::string(listName) == "extensionsRequired")
                    c.problem(where, "extension \"" + (*list)[i].get<std::string>() +
                                         "\" is required by the file but not supported");
            }
    for (const char* name : kTopLevelArrays) {
        const Json* list = c.arrayField(c.root, "", name, false);
        if (!list) continue;
        for (std::size_t i = 0; i < list->size(); ++i)
            if (!(*list)[i].is_object())
                c.problem("/" + std::string(name) + "/" + std::to_string(i), singular(name) + " must be an object");
    }
    if (c.count("nodes") > c.ctx.limits.maxNodes)
        c.problem("/nodes", "the file has " + std::to_string(c.count("nodes")) + " nodes, more than the limit of " +
                                std::to_string(c.ctx.limits.maxNodes));
}

bool precheckGltf(const nlohmann::json& doc, bool isGlb, std::optional<std::size_t> binSize, LoaderContext& ctx,
                  Problems& problems) {
    if (!doc.is_object()) {
        problems.push_back({ctx.file, "JSON", "the top level must be a JSON object"});
        return false;
    }
    Checker c(doc, ctx, problems);
    checkAssetAndArrays(c);
    checkBuffers(c, isGlb, binSize);
    checkBufferViews(c);
    checkAccessors(c);
    checkImagesTexturesMaterials(c);
    checkMeshes(c);
    checkNodesAndScenes(c);
    return !c.failed();
}

}  // namespace backrub::gltf
