// libFuzzer: the viewer's settings file from untrusted bytes; it always gives settings,
// and a settings file written from them reads back to the same settings.
#include "core/session/Preferences.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    backrub::Problems problems;
    const backrub::Preferences prefs = backrub::preferencesFromJson(text, "settings.json", problems);
    const std::string saved = backrub::preferencesToJson(prefs);
    backrub::Problems again;
    const backrub::Preferences back = backrub::preferencesFromJson(saved, "settings.json", again);
    if (!again.empty() || backrub::preferencesToJson(back) != saved) __builtin_trap();  // round trip broken
    return 0;
}
