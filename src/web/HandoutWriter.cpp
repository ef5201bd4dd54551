// The browser's side of app/HandoutWriter.h: printed handouts need cairo and pango,
// which the page does not carry; the desktop app (`backrub handout`) prints them.
#include "app/HandoutWriter.h"

namespace backrub::app {

bool writeHandout(Visualization& /*vis*/, Paper /*paper*/, const std::string& /*path*/, int& pages, std::string& error) {
    pages = 0;
    error = "handouts are printed by the desktop app: backrub handout --technique ID --out F.pdf";
    return false;
}

}  // namespace backrub::app
