#include "app/Commands.h"

#include <cstdio>

namespace backrub::app {

int runCommand(const CommandLine& cl) {
    switch (cl.command) {
        case Command::Help: std::fputs(usageText().c_str(), stdout); return 0;
        case Command::Version: std::printf("backrub %s\n", BACKRUB_VERSION); return 0;
        case Command::Render: return runRender(cl);
        case Command::Viewer: return runViewer(cl);
        case Command::Validate: return runValidate(cl);
        case Command::Model: return runModel(cl);
        case Command::List: return runList(cl);
        case Command::Report: return runReport(cl);
        case Command::Handout: return runHandout(cl);
    }
    return 2;
}

}  // namespace backrub::app
