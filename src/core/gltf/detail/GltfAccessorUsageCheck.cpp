// One accessor, one use (glTF 2.0 specification, "Accessors", and the Khronos glTF
// Validator's ACCESSOR_USAGE_OVERRIDE and BUFFER_VIEW_TARGET_OVERRIDE): an accessor read as
// primitive indices, as vertex attributes (morph targets included), as inverse bind
// matrices, as animation keyframe times or as animation values is read that way only; and a
// bufferView holding vertex attributes or indices holds no animation or skin data. One
// accessor may serve as several vertex attributes (POSITION and NORMAL).
#include "core/gltf/detail/GltfStrictChecks.h"

#include "core/base/JsonGuard.h"

#include <map>
#include <string>

namespace backrub::gltf {
namespace {

enum class Use { Indices, VertexAttribute, InverseBindMatrices, AnimationInput, AnimationOutput };

const char* useName(Use use) {
    switch (use) {
        case Use::Indices: return "primitive indices";
        case Use::VertexAttribute: return "a vertex attribute";
        case Use::InverseBindMatrices: return "inverse bind matrices";
        case Use::AnimationInput: return "animation keyframe times";
        case Use::AnimationOutput: return "animation keyframe values";
    }
    return "?";
}

// What a bufferView's data is for: vertex attributes, indices, or anything else.
enum class ViewUse { Vertices, Indices, Other };

ViewUse viewUse(Use use) {
    return use == Use::VertexAttribute ? ViewUse::Vertices : use == Use::Indices ? ViewUse::Indices : ViewUse::Other;
}

const char* viewUseName(ViewUse use) {
    switch (use) {
        case ViewUse::Vertices: return "vertex attributes";
        case ViewUse::Indices: return "indices";
        case ViewUse::Other: return "animation or skin data";
    }
    return "?";
}

class UseTracker {
public:
    explicit UseTracker(Checker& c) : c_(c) {}

    void use(int accessor, Use use, const std::string& where) {
        const auto [first, added] = accessors_.emplace(accessor, std::make_pair(use, where));
        if (!added && first->second.first != use) {
            c_.problem(where, "accessor " + std::to_string(accessor) + " is read as " + useName(use) + " here and as " +
                                  useName(first->second.first) + " at " + first->second.second +
                                  "; an accessor has one use");
            return;
        }
        const Json* view = c_.member(element(c_, "accessors", std::size_t(accessor)), "bufferView");
        if (!view) return;
        const int v = view->get<int>();
        const auto [firstView, viewAdded] = views_.emplace(v, std::make_pair(viewUse(use), where));
        // Indices beside vertex attributes are reported by the bufferView check.
        const bool indicesAndVertices = firstView->second.first != ViewUse::Other && viewUse(use) != ViewUse::Other;
        if (!viewAdded && firstView->second.first != viewUse(use) && !indicesAndVertices)
            c_.problem(where, "bufferView " + std::to_string(v) + " holds " + viewUseName(viewUse(use)) + " here and " +
                                  viewUseName(firstView->second.first) + " at " + firstView->second.second +
                                  "; a bufferView holds one kind of data");
    }

private:
    Checker& c_;
    std::map<int, std::pair<Use, std::string>> accessors_;  // accessor -> its first use and where
    std::map<int, std::pair<ViewUse, std::string>> views_;  // bufferView -> its first use and where
};

}  // namespace

void checkAccessorUsage(Checker& c) {
    UseTracker uses(c);
    forEachPrimitive(c, [&](const Json& prim, const std::string& ptr) {
        if (const Json* indices = c.member(prim, "indices")) uses.use(indices->get<int>(), Use::Indices, ptr + "/indices");
        const Json& attributes = prim.at("attributes");
        for (auto it = attributes.begin(); it != attributes.end(); ++it)
            uses.use(it.value().get<int>(), Use::VertexAttribute, jsonPointerAppend(ptr + "/attributes", it.key()));
        if (const Json* targets = c.member(prim, "targets"))
            for (std::size_t t = 0; t < targets->size(); ++t)
                for (auto it = (*targets)[t].begin(); it != (*targets)[t].end(); ++it)
                    uses.use(it.value().get<int>(), Use::VertexAttribute,
                             jsonPointerAppend(ptr + "/targets/" + std::to_string(t), it.key()));
    });
    for (std::size_t s = 0; s < c.count("skins"); ++s)
        if (const Json* ibm = c.member(element(c, "skins", s), "inverseBindMatrices"))
            uses.use(ibm->get<int>(), Use::InverseBindMatrices, "/skins/" + std::to_string(s) + "/inverseBindMatrices");
    for (std::size_t a = 0; a < c.count("animations"); ++a) {
        const Json& samplers = element(c, "animations", a).at("samplers");
        for (std::size_t k = 0; k < samplers.size(); ++k) {
            const std::string ptr = "/animations/" + std::to_string(a) + "/samplers/" + std::to_string(k);
            uses.use(samplers[k].at("input").get<int>(), Use::AnimationInput, ptr + "/input");
            uses.use(samplers[k].at("output").get<int>(), Use::AnimationOutput, ptr + "/output");
        }
    }
}

}  // namespace backrub::gltf
