#pragma once
// The user's settings and technique files kept in the browser's storage (IndexedDB,
// through emscripten's IDBFS): mounted over the folders the desktop uses
// (core/session/Preferences.h, core/technique/UserTechniques.h) before the viewer
// starts, so the same code reads and writes them.
#include <string>
#include <vector>

namespace backrub::web {

// The folders that live in browser storage: settings and the user's techniques.
std::vector<std::string> storedFolders();

// Writes what changed in the stored folders back to browser storage (asynchronously).
void persistStorage();

}  // namespace backrub::web
