// Texture coordinates for a primitive's material (glTF 2.0 specification,
// "Materials"): each texture the material uses reads TEXCOORD_n, n its `texCoord`
// (0 when absent), so the primitive must have that attribute.
#include "core/gltf/detail/GltfStrictChecks.h"

namespace backrub::gltf {
namespace {

// Pointers (inside the material) and texCoord of every texture reference.
std::vector<std::pair<std::string, std::uint64_t>> textureUses(const Checker& c, const Json& material) {
    std::vector<std::pair<std::string, std::uint64_t>> uses;
    auto add = [&](const Json& owner, const std::string& ptr, const char* key) {
        const Json* info = c.member(owner, key);
        if (!info) return;
        const Json* texCoord = c.member(*info, "texCoord");
        uses.push_back({ptr + "/" + key, texCoord ? texCoord->get<std::uint64_t>() : 0});
    };
    if (const Json* pbr = c.member(material, "pbrMetallicRoughness")) {
        add(*pbr, "/pbrMetallicRoughness", "baseColorTexture");
        add(*pbr, "/pbrMetallicRoughness", "metallicRoughnessTexture");
    }
    for (const char* key : {"normalTexture", "occlusionTexture", "emissiveTexture"}) add(material, "", key);
    return uses;
}

}  // namespace

void checkTexCoords(Checker& c) {
    forEachPrimitive(c, [&](const Json& prim, const std::string& ptr) {
        const Json* material = c.member(prim, "material");
        if (!material) return;
        const std::size_t index = material->get<std::size_t>();
        for (const auto& [where, texCoord] : textureUses(c, element(c, "materials", index))) {
            const std::string name = "TEXCOORD_" + std::to_string(texCoord);
            if (!c.member(prim.at("attributes"), name.c_str()))
                c.problem(ptr + "/material", "material " + std::to_string(index) + " reads " + name + " at /materials/" +
                                                 std::to_string(index) + where + " but the primitive has no " + name);
        }
    });
}

}  // namespace backrub::gltf
