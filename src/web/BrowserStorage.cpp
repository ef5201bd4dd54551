#include "web/BrowserStorage.h"

#include "core/session/Preferences.h"
#include "core/technique/UserTechniques.h"

#include <emscripten.h>

#include <filesystem>

namespace backrub::web {
namespace {

// One write-back at a time: a request while one runs is done once it ends.
EM_JS(void, syncToBrowser, (), {
    if (Module.backrubSyncing) {
        Module.backrubSyncAgain = true;
        return;
    }
    Module.backrubSyncing = true;
    FS.syncfs(false, (err) => {
        if (err) console.warn('backrub: settings not stored: ' + err);
        Module.backrubSyncing = false;
        if (Module.backrubSyncAgain) {
            Module.backrubSyncAgain = false;
            _backrub_persist_storage();
        }
    });
});

}  // namespace

std::vector<std::string> storedFolders() {
    return {std::filesystem::path(preferencesPath()).parent_path().string(), userTechniquesFolder()};
}

void persistStorage() { syncToBrowser(); }

}  // namespace backrub::web

// For the write-back above, to run again once it ends.
extern "C" EMSCRIPTEN_KEEPALIVE void backrub_persist_storage() { backrub::web::persistStorage(); }
