#pragma once
// What the viewer remembers between sessions, kept as JSON in the user's config
// folder ($XDG_CONFIG_HOME/backrub/settings.json, else ~/.config/backrub/).
// A missing file gives defaults; a corrupt one gives defaults plus problems that
// the viewer shows, and is never fatal. Saving writes a temporary file and
// renames it, so a crash never leaves a half-written file.
#include "core/base/EnumTable.h"
#include "core/base/Problem.h"
#include "core/technique/Technique.h"
#include "core/view/ViewSettings.h"

#include <array>
#include <string>

namespace backrub {

// Who the viewer is for, chosen once at the first start (core/session/LayPath.h says
// what each choice opens with).
enum class Audience { Unchosen, Learn, Teach, Partner };

inline constexpr std::array<EnumRow<Audience>, 4> kAudiences{{
    {Audience::Unchosen, "unchosen", "Not chosen"},
    {Audience::Learn, "learn", "Learn the anatomy"},
    {Audience::Teach, "teach", "Teach a class"},
    {Audience::Partner, "partner", "Massage my partner"},
}};

struct Preferences {
    ViewSettings view;
    std::string technique;           // last technique id ("" = first)
    PressureLevel pressure = PressureLevel::Moderate;
    double speed = 1.0;
    bool loop = true;
    int windowWidth = 1280;
    int windowHeight = 720;
    Audience audience = Audience::Unchosen;
};

// The settings file path for this environment ("" when neither XDG_CONFIG_HOME nor HOME is set).
std::string preferencesPath();

// Reads `path`; unknown fields and wrong values are reported and skipped, the rest is used.
Preferences loadPreferences(const std::string& path, Problems& problems);
std::string preferencesToJson(const Preferences& prefs);
Preferences preferencesFromJson(const std::string& text, const std::string& file, Problems& problems);
// Creates the folder if needed; false with a message on failure.
bool savePreferences(const std::string& path, const Preferences& prefs, std::string& error);

}  // namespace backrub
