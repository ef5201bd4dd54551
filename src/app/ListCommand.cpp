// `backrub list`: the shipped techniques with id, title, duration and position.
#include "app/Commands.h"
#include "app/SceneSource.h"
#include "core/technique/TechniqueLibrary.h"

#include <cstdio>

namespace backrub::app {

int runList(const CommandLine&) {
    const TechniqueLibrary lib = loadShippedTechniques();
    if (!lib.problems.empty()) printProblems(lib.problems);
    std::printf("%-30s %-44s %9s  %s\n", "ID", "TITLE", "DURATION", "POSITION");
    for (const Technique& t : lib.techniques)
        std::printf("%-30s %-44s %8.0fs  %s\n", t.id.c_str(), t.title.c_str(), t.durationS(),
                    receiverPositionId(t.position));
    return lib.problems.empty() ? 0 : 1;
}

}  // namespace backrub::app
