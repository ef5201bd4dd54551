// The browser's side of app/Download.h: the saved file (in the page's memory file
// system) becomes a download, then leaves memory.
#include "app/Download.h"

#include <emscripten.h>

#include <cstdio>

namespace backrub::app {
namespace {

EM_JS(void, downloadFile, (const char* path), {
    const name = UTF8ToString(path);
    const bytes = FS.readFile(name);
    const type = name.endsWith('.png') ? 'image/png' : name.endsWith('.csv') ? 'text/csv' : 'application/octet-stream';
    const url = URL.createObjectURL(new Blob([bytes], {type: type}));
    const link = document.createElement('a');
    link.href = url;
    link.download = name.split('/').pop();
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    console.log('backrub: download ' + link.download + ' (' + bytes.length + ' bytes)');
});

}  // namespace

void offerDownload(const std::string& path) {
    downloadFile(path.c_str());
    std::remove(path.c_str());
}

}  // namespace backrub::app
