#include "gfx/RenderTarget.h"

#include "gfx/Gl.h"

#include <algorithm>

namespace backrub::gfx {
namespace {

GLuint makeRenderbuffer(int samples, GLenum format, int width, int height) {
    GLuint rb = 0;
    glGenRenderbuffers(1, &rb);
    glBindRenderbuffer(GL_RENDERBUFFER, rb);
    // Mesa rounds a request for 1 sample up to its smallest multisample mode: ask for 0 then.
    if (samples > 1) glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, format, width, height);
    else glRenderbufferStorage(GL_RENDERBUFFER, format, width, height);
    return rb;
}

}  // namespace

RenderTarget::~RenderTarget() { release(); }

void RenderTarget::release() {
    if (msFbo_) glDeleteFramebuffers(1, &msFbo_);
    if (resolveFbo_) glDeleteFramebuffers(1, &resolveFbo_);
    if (resolveColor_) glDeleteTextures(1, &resolveColor_);
    GLuint rbs[] = {msColor_, depth_};
    for (GLuint rb : rbs)
        if (rb) glDeleteRenderbuffers(1, &rb);
    msFbo_ = msColor_ = depth_ = resolveFbo_ = resolveColor_ = 0;
}

bool RenderTarget::resize(int width, int height, int samples) {
    release();
    width_ = std::max(width, 1);
    height_ = std::max(height, 1);
    GLint maxSamples = 1;
    glGetIntegerv(GL_MAX_SAMPLES, &maxSamples);
    samples_ = samples > 1 ? std::min(samples, std::max(1, int(maxSamples))) : 0;

    glGenTextures(1, &resolveColor_);
    glBindTexture(GL_TEXTURE_2D, resolveColor_);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width_, height_, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glBindTexture(GL_TEXTURE_2D, 0);
    glGenFramebuffers(1, &resolveFbo_);
    glBindFramebuffer(GL_FRAMEBUFFER, resolveFbo_);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, resolveColor_, 0);
    depth_ = makeRenderbuffer(samples_, GL_DEPTH_COMPONENT24, width_, height_);
    if (samples_ == 0) glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, depth_);
    bool complete = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;

    if (samples_ > 0) {
        msColor_ = makeRenderbuffer(samples_, GL_RGBA8, width_, height_);
        glGenFramebuffers(1, &msFbo_);
        glBindFramebuffer(GL_FRAMEBUFFER, msFbo_);
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, msColor_);
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, depth_);
        complete = complete && glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    }
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    return complete;
}

void RenderTarget::bind() const {
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer());
    glViewport(0, 0, width_, height_);
}

void RenderTarget::resolve() const {
    if (samples_ == 0) return;
    glBindFramebuffer(GL_READ_FRAMEBUFFER, msFbo_);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolveFbo_);
    glBlitFramebuffer(0, 0, width_, height_, 0, 0, width_, height_, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

Image RenderTarget::readPixels() const {
    resolve();
    glBindFramebuffer(GL_READ_FRAMEBUFFER, resolveFbo_);
    Image image;
    image.width = width_;
    image.height = height_;
    image.rgba.resize(static_cast<std::size_t>(width_) * height_ * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width_, height_, GL_RGBA, GL_UNSIGNED_BYTE, image.rgba.data());
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    flipRows(image);  // GL rows run bottom to top
    return image;
}

}  // namespace backrub::gfx
