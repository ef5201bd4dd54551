// Texture samplers (glTF 2.0 specification, "Samplers"): magFilter is NEAREST (9728)
// or LINEAR (9729); minFilter one of those or a mipmap filter (9984-9987); wrapS and
// wrapT CLAMP_TO_EDGE (33071), MIRRORED_REPEAT (33648) or REPEAT (10497).
// Backrub does not decode textures, so nothing else reads these.
#include "core/gltf/detail/GltfStrictChecks.h"

#include <algorithm>

namespace backrub::gltf {

void checkSamplers(Checker& c) {
    struct Rule {
        const char* key;
        std::vector<std::uint64_t> allowed;
        const char* names;
    };
    static const std::vector<Rule> rules = {
        {"magFilter", {9728, 9729}, "9728 or 9729"},
        {"minFilter", {9728, 9729, 9984, 9985, 9986, 9987}, "9728, 9729 or 9984 to 9987"},
        {"wrapS", {33071, 33648, 10497}, "33071, 33648 or 10497"},
        {"wrapT", {33071, 33648, 10497}, "33071, 33648 or 10497"},
    };
    for (std::size_t i = 0; i < c.count("samplers"); ++i) {
        const Json& sampler = element(c, "samplers", i);
        const std::string ptr = "/samplers/" + std::to_string(i);
        for (const Rule& rule : rules) {
            const Json* v = c.member(sampler, rule.key);
            if (!v) continue;
            const bool ok = v->is_number_unsigned() &&
                            std::find(rule.allowed.begin(), rule.allowed.end(), v->get<std::uint64_t>()) != rule.allowed.end();
            if (!ok) c.problem(ptr + "/" + rule.key, std::string(rule.key) + " is " + v->dump() + ", expected " + rule.names);
        }
    }
}

}  // namespace backrub::gltf
