#pragma once
// What a link to the page asks for: `?technique=spine-line&time=10&view=back&pressure=gentle`
// (also body=female|male, play=1 to start playing, bench=1 to print frame times). The
// values are checked by the command line's parser, as `backrub render` options.
#include "core/session/CommandLine.h"

#include <string>

namespace backrub::web {

struct UrlStart {
    CommandLine cl;       // the viewer's start: technique, body, time, view, pressure
    bool play = false;    // play from the start time (else the page stands still there)
    bool bench = false;   // print frame times to the console
    std::string problem;  // a parameter that was not understood ("" when all were)
};

// `query` is location.search ("?a=1&b=2", or "").
UrlStart parseUrlStart(const std::string& query);

}  // namespace backrub::web
