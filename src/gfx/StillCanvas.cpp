#include "gfx/StillCanvas.h"

namespace backrub::gfx {

bool StillCanvas::init(int width, int height, int samples, std::string& error) {
    if (!presenter_.init(error)) return false;
    if (!scene_.resize(width, height, samples)) {
        error = "cannot create a " + std::to_string(width) + "x" + std::to_string(height) + " offscreen framebuffer";
        return false;
    }
    return true;
}

Image StillCanvas::image(Theme theme) {
    scene_.resolve();
    return presenter_.compose(scene_, theme);
}

}  // namespace backrub::gfx
