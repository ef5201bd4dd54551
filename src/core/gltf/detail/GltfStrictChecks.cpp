// Runs the validator's strict checks and holds what they share.
#include "core/gltf/detail/GltfStrictChecks.h"

#include "core/base/JsonGuard.h"

#include <cstdio>
#include <vector>

namespace backrub::gltf {
namespace {

// The pre-validation checked every field read here.
AccessorInfo accessorInfo(const Json& a) {
    AccessorInfo info;
    info.ok = true;
    info.componentType = a.at("componentType").get<int>();
    info.type = a.at("type").get<std::string>();
    info.count = a.at("count").get<std::uint64_t>();
    const auto normalized = a.find("normalized");
    info.normalized = normalized != a.end() && normalized->get<bool>();
    return info;
}

// What the checks know of each accessor, from the document.
void fillAccessorInfo(Checker& c) {
    c.accessors.clear();
    for (std::size_t i = 0; i < c.count("accessors"); ++i) c.accessors.push_back(accessorInfo(element(c, "accessors", i)));
}

}  // namespace

const AccessorFloats* AccessorData::get(int accessor, bool raw) {
    const auto key = std::make_pair(accessor, raw);
    if (failed_.count(key)) return nullptr;
    auto it = cache_.find(key);
    if (it != cache_.end()) return &it->second;
    AccessorFloats values;
    std::string why;
    if (!readFloats(model_, accessor, values, why, raw)) {
        failed_[key] = true;
        return nullptr;
    }
    return &cache_.emplace(key, std::move(values)).first->second;
}

std::string numberText(double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%.9g", v);
    return text;
}

const Json& element(const Checker& c, const char* name, std::size_t i) { return (*c.topArray(name))[i]; }

void forEachPrimitive(const Checker& c, const std::function<void(const Json&, const std::string&)>& visit) {
    for (std::size_t m = 0; m < c.count("meshes"); ++m) {
        const Json& primitives = element(c, "meshes", m).at("primitives");
        for (std::size_t p = 0; p < primitives.size(); ++p)
            visit(primitives[p], "/meshes/" + std::to_string(m) + "/primitives/" + std::to_string(p));
    }
}

void forEachGltfValue(const Json& root,
                      const std::function<void(const Json&, const std::string&, const std::string&)>& visit) {
    struct Item {
        const Json* value;
        std::string pointer, key;
    };
    std::vector<Item> stack{{&root, "", ""}};
    while (!stack.empty()) {
        Item item = std::move(stack.back());
        stack.pop_back();
        visit(*item.value, item.pointer, item.key);
        const Json& v = *item.value;
        if (v.is_object()) {
            for (auto it = v.begin(); it != v.end(); ++it)
                if (it.key() != "extras")
                    stack.push_back({&it.value(), jsonPointerAppend(item.pointer, it.key()), it.key()});
        } else if (v.is_array()) {
            for (std::size_t i = v.size(); i-- > 0;) stack.push_back({&v[i], jsonPointerAppend(item.pointer, i), ""});
        }
    }
}

void runSkinChecks(Checker& c, const tinygltf::Model& model) {
    fillAccessorInfo(c);
    AccessorData data(model);
    checkSkins(c, data);
}

void runStrictChecks(Checker& c, const tinygltf::Model& model) {
    fillAccessorInfo(c);
    AccessorData data(model);
    checkEmptyEntities(c);
    checkPropertyTypes(c);
    checkExtensionDeclarations(c);
    checkBufferViewUse(c);
    checkAccessorUsage(c);
    checkAccessorBounds(c, data);
    checkIndexValues(c, data);
    checkNodeTransforms(c);
    checkSkins(c, data);
    checkMorphTargets(c);
    checkAnimations(c, data);
    checkCameras(c);
    checkSamplers(c);
    checkTexCoords(c);
    checkVertexVectors(c, data);
    checkVertexAttributes(c, data);
    checkFloatValues(c, data);
}

}  // namespace backrub::gltf
