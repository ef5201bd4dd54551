// `backrub report --technique ID [--pressure LEVEL] [--json]`: per-region pressure figures.
#include "app/Commands.h"

#include <cstdio>

namespace backrub::app {

int runReport(const CommandLine& cl) {
    std::fprintf(stderr, "backrub: report for '%s' is not available in this build yet\n", cl.technique.c_str());
    return 1;
}

}  // namespace backrub::app
