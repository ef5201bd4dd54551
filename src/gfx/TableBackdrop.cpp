#include "gfx/TableBackdrop.h"

#include "gfx/Gl.h"

namespace backrub::gfx {

bool TableBackdrop::Key::operator==(const Key& o) const {
    return view == o.view && projection == o.projection && width == o.width && height == o.height &&
           tableGeneration == o.tableGeneration;
}

void TableBackdrop::restore(unsigned drawFramebuffer, const Key& key, const std::function<void()>& drawTable) {
    if (!valid_ || !(key == key_)) {
        if (cache_.width() != key.width || cache_.height() != key.height || cache_.framebuffer() == 0)
            cache_.resize(key.width, key.height, 0);
        cache_.bind();
        glClearColor(0.0f, 0.0f, 0.0f, 0.0f);
        clearDepth(1.0f);
        glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
        drawTable();
        key_ = key;
        valid_ = true;
    }
    glDisable(GL_SCISSOR_TEST);  // a copy honours the scissor box
    glBindFramebuffer(GL_READ_FRAMEBUFFER, cache_.framebuffer());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, drawFramebuffer);
    glBlitFramebuffer(0, 0, key.width, key.height, 0, 0, key.width, key.height, GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT,
                      GL_NEAREST);
    glBindFramebuffer(GL_FRAMEBUFFER, drawFramebuffer);
    glViewport(0, 0, key.width, key.height);
}

}  // namespace backrub::gfx
