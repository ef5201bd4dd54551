#pragma once
// Files the viewer saves for the user (screenshots, region figures). On the desktop
// they are in the current folder already; a browser page hands each to the browser
// as a download (web/Download.cpp).
#include <string>

namespace backrub::app {

void offerDownload(const std::string& path);

}  // namespace backrub::app
