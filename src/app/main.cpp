// Backrub entry point: parses the command line and runs one command.
// Only main decides to exit; every command returns 0 / 1 invalid input / 2 usage.
#include "app/Commands.h"
#include "core/session/CommandLine.h"

#include <cstdio>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    const backrub::CommandLine cl = backrub::parseCommandLine(args);
    if (!cl.error.empty()) {
        std::fprintf(stderr, "backrub: %s\n\n%s", cl.error.c_str(), backrub::usageText().c_str());
        return 2;
    }
    return backrub::app::runCommand(cl);
}
