#pragma once
// When the viewer draws its 3D scene, and how well. While anything changes
// (playback, camera, settings) every frame is drawn fast: the light display skin
// with post-pass smoothing. Once the picture has held still for a moment it is
// drawn once more at full detail (full skin, multisampling), and that image is
// presented as it is until something changes again: a paused viewer costs
// almost nothing and shows its best picture.
namespace backrub {

enum class ScenePass {
    Reuse,        // nothing changed: present the last image
    Interactive,  // draw fast
    Still,        // draw at full detail
};

class RefinementPolicy {
public:
    explicit RefinementPolicy(double settleS = 0.25) : settleS_(settleS) {}
    // The pass for a frame at time `nowS` (seconds, non-decreasing); `changed` says
    // whether anything the scene shows differs from the previous frame.
    ScenePass next(bool changed, double nowS);
    // Forget the last image (a new render target, a lost context): draw again.
    void invalidate() { drawn_ = false; }

private:
    double settleS_;
    double lastChangeS_ = 0.0;
    bool drawn_ = false;
    bool stillDone_ = false;
};

}  // namespace backrub
