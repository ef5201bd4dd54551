#pragma once
// Where the user's own files live, after the XDG base directory convention:
// settings under $XDG_CONFIG_HOME (~/.config), techniques under $XDG_DATA_HOME
// (~/.local/share).
#include <string>

namespace backrub {

// $VARIABLE/SUBPATH when VARIABLE is set and not empty, else $HOME/HOME_DEFAULT/SUBPATH;
// "" when neither is set. E.g. xdgPath("XDG_DATA_HOME", ".local/share", "backrub/techniques").
std::string xdgPath(const char* variable, const char* homeDefault, const std::string& subpath);

}  // namespace backrub
