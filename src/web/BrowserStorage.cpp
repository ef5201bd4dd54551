#include "web/BrowserStorage.h"

#include "core/session/Preferences.h"
#include "core/technique/UserTechniques.h"

#include <emscripten.h>

#include <filesystem>

namespace backrub::web {
namespace {

EM_JS(void, syncToBrowser, (), {
    FS.syncfs(false, (err) => { if (err) console.warn('backrub: settings not stored: ' + err); });
});

}  // namespace

std::vector<std::string> storedFolders() {
    return {std::filesystem::path(preferencesPath()).parent_path().string(), userTechniquesFolder()};
}

void persistStorage() { syncToBrowser(); }

}  // namespace backrub::web
