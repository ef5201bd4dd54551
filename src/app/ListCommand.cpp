// `backrub list`: the shipped techniques, then the user's own (marked "(yours)"
// with the file), with id, title, duration and position. Problems in the user's
// folder (a broken file, an id clash) go to stderr and make the exit code 1.
#include "app/Commands.h"
#include "app/SceneSource.h"
#include "core/technique/UserTechniques.h"

#include <cstdio>

namespace backrub::app {

int runList(const CommandLine&) {
    const TechniqueLibrary lib = loadTechniques(userTechniquesFolder());
    if (!lib.problems.empty()) printProblems(lib.problems);
    std::printf("%-30s %-44s %9s  %s\n", "ID", "TITLE", "DURATION", "POSITION");
    for (const Technique& t : lib.techniques) {
        const std::string yours = lib.isUsers(t.id) ? "  (yours: " + lib.fileOf(t.id) + ")" : "";
        std::printf("%-30s %-44s %8.0fs  %s%s\n", t.id.c_str(), t.title.c_str(), t.durationS(),
                    receiverPositionId(t.position), yours.c_str());
    }
    return lib.problems.empty() ? 0 : 1;
}

}  // namespace backrub::app
