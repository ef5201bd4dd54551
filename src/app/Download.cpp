#include "app/Download.h"

namespace backrub::app {

void offerDownload(const std::string& /*path*/) {}  // saved where the user ran the viewer: nothing more to do

}  // namespace backrub::app
