#pragma once
// One function per command of the command line. Each returns the process exit
// code: 0 success, 1 invalid input (message on stderr), 2 usage error.
#include "core/session/CommandLine.h"

namespace backrub::app {

int runCommand(const CommandLine& cl);

int runRender(const CommandLine& cl);
int runViewer(const CommandLine& cl);
int runValidate(const CommandLine& cl);
int runModel(const CommandLine& cl);
int runList(const CommandLine& cl);
int runReport(const CommandLine& cl);
int runHandout(const CommandLine& cl);

}  // namespace backrub::app
