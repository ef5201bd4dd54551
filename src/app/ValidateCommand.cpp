// `backrub validate FILE...`: technique JSON or glTF/GLB; every problem as
// `FILE: LOCATION: message`; exit 0 when all files are valid, 1 otherwise.
#include "app/Commands.h"
#include "app/SceneSource.h"
#include "core/gltf/GltfLoader.h"
#include "core/technique/TechniqueLoader.h"

#include <cstdio>

namespace backrub::app {
namespace {

bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

int runValidate(const CommandLine& cl) {
    int invalid = 0;
    for (const std::string& file : cl.files) {
        Problems problems;
        std::string what;
        if (endsWith(file, ".gltf") || endsWith(file, ".glb")) {
            problems = loadGltfFile(file).problems;
            what = "glTF model";
        } else if (endsWith(file, ".json")) {
            problems = loadTechniqueFile(file).problems;
            what = "technique";
        } else {
            problems.push_back({file, "file", "unknown file type: expected a technique (.json) or a model (.gltf, .glb)"});
        }
        if (problems.empty()) {
            std::printf("%s: valid %s\n", file.c_str(), what.c_str());
        } else {
            printProblems(problems);
            ++invalid;
        }
    }
    return invalid ? 1 : 0;
}

}  // namespace backrub::app
