// How bufferViews are used (glTF 2.0 specification, "Buffers and Buffer Views" and
// "Meshes"): a view holding indices, animation keyframes or values, inverse bind
// matrices or an image has no byteStride, a view that two or more vertex
// attribute accessors share has one, no view holds both indices and vertex attributes,
// and a view's target, when given, matches its use: ELEMENT_ARRAY_BUFFER for indices,
// ARRAY_BUFFER for vertex attributes.
#include "core/gltf/detail/GltfStrictChecks.h"

#include "core/base/JsonGuard.h"

#include <map>
#include <set>

namespace backrub::gltf {
namespace {

constexpr int kArrayBuffer = 34962;
constexpr int kElementArrayBuffer = 34963;

// The bufferView of accessor `index`, -1 when it has none.
int viewOf(const Checker& c, int index) {
    const Json* view = c.member(element(c, "accessors", std::size_t(index)), "bufferView");
    return view ? view->get<int>() : -1;
}

void checkUse(Checker& c, const std::string& where, int accessor, int wantedTarget) {
    const int view = viewOf(c, accessor);
    if (view < 0) return;
    const Json& v = element(c, "bufferViews", std::size_t(view));
    const Json* target = c.member(v, "target");
    const char* use = wantedTarget == kElementArrayBuffer ? "indices" : "vertex attributes";
    if (target && target->get<int>() != wantedTarget)
        c.problem(where, std::string(use) + " are in bufferView " + std::to_string(view) + ", whose target " +
                             std::to_string(target->get<int>()) + " is for " +
                             (wantedTarget == kElementArrayBuffer ? "vertex attributes" : "indices"));
    if (wantedTarget == kElementArrayBuffer && c.member(v, "byteStride"))
        c.problem(where, "indices are in bufferView " + std::to_string(view) +
                             ", which has a byteStride; indices must be tightly packed");
}

// Interleaved attributes need the stride to be said: accessors sharing a view.
void checkSharedViews(Checker& c, const std::map<int, std::set<int>>& attributeAccessors,
                      const std::map<int, std::string>& firstUse) {
    for (const auto& [view, accessors] : attributeAccessors)
        if (accessors.size() > 1 && !c.member(element(c, "bufferViews", std::size_t(view)), "byteStride"))
            c.problem(firstUse.at(view), "bufferView " + std::to_string(view) + " holds " +
                                             std::to_string(accessors.size()) +
                                             " vertex attribute accessors but has no byteStride");
}

// Data other than vertex attributes is tightly packed.
void checkNoStride(Checker& c, const std::string& where, int view, const char* what) {
    if (view >= 0 && c.member(element(c, "bufferViews", std::size_t(view)), "byteStride"))
        c.problem(where, std::string(what) + " are in bufferView " + std::to_string(view) +
                             ", which has a byteStride; they must be tightly packed");
}

void checkTightlyPacked(Checker& c) {
    for (std::size_t a = 0; a < c.count("animations"); ++a) {
        const Json& samplers = element(c, "animations", a).at("samplers");
        for (std::size_t k = 0; k < samplers.size(); ++k) {
            const std::string ptr = "/animations/" + std::to_string(a) + "/samplers/" + std::to_string(k);
            checkNoStride(c, ptr + "/input", viewOf(c, samplers[k].at("input").get<int>()), "keyframe times");
            checkNoStride(c, ptr + "/output", viewOf(c, samplers[k].at("output").get<int>()), "keyframe values");
        }
    }
    for (std::size_t s = 0; s < c.count("skins"); ++s)
        if (const Json* ibm = c.member(element(c, "skins", s), "inverseBindMatrices"))
            checkNoStride(c, "/skins/" + std::to_string(s) + "/inverseBindMatrices", viewOf(c, ibm->get<int>()),
                          "inverse bind matrices");
    for (std::size_t i = 0; i < c.count("images"); ++i)
        if (const Json* view = c.member(element(c, "images", i), "bufferView"))
            checkNoStride(c, "/images/" + std::to_string(i) + "/bufferView", view->get<int>(), "image bytes");
}

}  // namespace

void checkBufferViewUse(Checker& c) {
    checkTightlyPacked(c);
    std::map<int, std::set<int>> attributeAccessors;  // bufferView -> accessors used as vertex attributes
    std::map<int, std::string> firstUse;               // bufferView -> pointer of its first attribute use
    std::map<int, std::string> indexUse;               // bufferView -> pointer of its first use for indices
    for (std::size_t i = 0; i < c.count("bufferViews"); ++i) {
        const Json& v = element(c, "bufferViews", i);
        const Json* target = c.member(v, "target");
        if (target && target->get<int>() == kElementArrayBuffer && c.member(v, "byteStride"))
            c.problem("/bufferViews/" + std::to_string(i) + "/byteStride",
                      "a bufferView for indices (target ELEMENT_ARRAY_BUFFER) has no byteStride");
    }
    forEachPrimitive(c, [&](const Json& prim, const std::string& ptr) {
        if (const Json* indices = c.member(prim, "indices")) {
            checkUse(c, ptr + "/indices", indices->get<int>(), kElementArrayBuffer);
            const int view = viewOf(c, indices->get<int>());
            if (view >= 0) indexUse.emplace(view, ptr + "/indices");
        }
        const Json& attributes = prim.at("attributes");
        for (auto it = attributes.begin(); it != attributes.end(); ++it) {
            const std::string where = jsonPointerAppend(ptr + "/attributes", it.key());
            checkUse(c, where, it.value().get<int>(), kArrayBuffer);
            const int view = viewOf(c, it.value().get<int>());
            if (view < 0) continue;
            attributeAccessors[view].insert(it.value().get<int>());
            firstUse.emplace(view, where);
        }
    });
    checkSharedViews(c, attributeAccessors, firstUse);
    for (const auto& [view, where] : indexUse)
        if (attributeAccessors.count(view))
            c.problem(where, "bufferView " + std::to_string(view) + " holds indices here and vertex attributes at " +
                                 firstUse.at(view) + "; one view cannot be both");
}

}  // namespace backrub::gltf
