// libFuzzer: technique files (docs/technique-format.md) from untrusted bytes. Any input
// must load or give problems; never crash, hang or exhaust memory.
#include "core/technique/TechniqueLoader.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    const backrub::TechniqueLoadResult r = backrub::loadTechniqueFromString(text, "fuzz.json");
    if (r.technique && !r.problems.empty()) __builtin_trap();  // a technique with problems is never handed out
    return 0;
}
