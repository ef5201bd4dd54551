#include "core/view/SplitView.h"

#include <cmath>

namespace backrub {

std::array<SplitHalf, 2> splitView(const OrbitCamera& camera, int width, int height) {
    const float left = camera.leftInset(), right = camera.rightInset();
    const float middle = 0.5f * (left + 1.0f - right);  // window fraction where the halves meet
    const int x0 = static_cast<int>(std::lround(left * float(width)));
    const int xm = static_cast<int>(std::lround(middle * float(width)));
    const int x1 = static_cast<int>(std::lround((1.0f - right) * float(width)));
    std::array<SplitHalf, 2> halves{};
    const float centres[2] = {0.5f * (left + middle), 0.5f * (middle + 1.0f - right)};  // window fractions
    for (int i = 0; i < 2; ++i) {
        SplitHalf& half = halves[static_cast<std::size_t>(i)];
        half.rect = i == 0 ? PixelRect{x0, 0, xm - x0, height} : PixelRect{xm, 0, x1 - xm, height};
        half.camera = camera;
        // The left inset alone keeps the scale and puts the centre at NDC x = left; shift from there.
        half.camera.setRightInset(0.0f);
        half.camera.setShiftX(2.0f * centres[i] - 1.0f - left);
    }
    return halves;
}

}  // namespace backrub
