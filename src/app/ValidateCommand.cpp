// `backrub validate FILE...`: technique JSON or glTF/GLB; every problem as
// `FILE: LOCATION: message`; exit 0 when all files are valid (a model: valid glTF
// and a usable body), 1 otherwise.
//
// A model gets two verdicts on one line: whether it is valid glTF 2.0 (the strict
// validator, core/gltf/GltfValidator.h) and whether it is a usable Backrub body
// (docs/model-format.md), e.g. `cube.gltf: valid glTF, not a body model: ...`.
#include "app/Commands.h"
#include "app/SceneSource.h"
#include "core/body/Body.h"
#include "core/gltf/GltfValidator.h"
#include "core/technique/TechniqueLoader.h"

#include <cstdio>

namespace backrub::app {
namespace {

bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// "usable body model", or why not; body problems go to `problems`.
std::string bodyVerdict(const GltfValidation& v, const std::string& file, Problems& problems) {
    if (!v.scene) return "Backrub cannot load it";
    const std::size_t before = problems.size();
    if (Body::fromScene(*v.scene, file, problems)) return "usable body model";
    return "not a body model: " + (problems.size() > before ? problems[before].message : std::string("unknown"));
}

// Prints the model's problems and verdicts; true when it is valid glTF and a usable body.
bool validateModel(const std::string& file) {
    const GltfValidation v = validateGltfFile(file);
    Problems bodyProblems;
    const std::string body = bodyVerdict(v, file, bodyProblems);
    printProblems(v.errors);
    for (const Problem& w : v.warnings)
        std::printf("%s: %s: warning: %s\n", w.file.c_str(), w.location.c_str(), w.message.c_str());
    if (bodyProblems.size() > 1) printProblems(bodyProblems);
    const std::string gltf = v.validGltf() ? "valid glTF" : "not valid glTF (" + std::to_string(v.errors.size()) +
                                                                (v.errors.size() == 1 ? " problem)" : " problems)");
    std::printf("%s: %s, %s\n", file.c_str(), gltf.c_str(), body.c_str());
    return v.validGltf() && bodyProblems.empty() && v.scene;
}

}  // namespace

int runValidate(const CommandLine& cl) {
    int invalid = 0;
    for (const std::string& file : cl.files) {
        if (endsWith(file, ".gltf") || endsWith(file, ".glb")) {
            if (!validateModel(file)) ++invalid;
            continue;
        }
        Problems problems;
        if (endsWith(file, ".json"))
            problems = loadTechniqueFile(file).problems;
        else
            problems.push_back({file, "file", "unknown file type: expected a technique (.json) or a model (.gltf, .glb)"});
        if (problems.empty()) {
            std::printf("%s: valid technique\n", file.c_str());
        } else {
            printProblems(problems);
            ++invalid;
        }
    }
    return invalid ? 1 : 0;
}

}  // namespace backrub::app
