// libFuzzer: command lines (arguments separated by NUL bytes); parsing either succeeds
// or says why, and never crashes.
#include "core/session/CommandLine.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::vector<std::string> args(1);
    for (std::size_t i = 0; i < size; ++i) {
        if (data[i] == 0) args.emplace_back();
        else args.back().push_back(static_cast<char>(data[i]));
    }
    const backrub::CommandLine cl = backrub::parseCommandLine(args);
    if (!cl.error.empty() || !cl.frames) return 0;
    // As `render` does: fitted to a technique, then at most kMaxFrames times drawn.
    const backrub::FramePlan plan = backrub::planFrames(*cl.frames, "fuzz", 60.0);
    if (plan.error.empty() && backrub::frameTimes(plan.range).size() > static_cast<std::size_t>(backrub::kMaxFrames)) __builtin_trap();
    return 0;
}
