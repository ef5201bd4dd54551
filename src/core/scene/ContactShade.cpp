#include "core/scene/ContactShade.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace backrub {
namespace {

constexpr float kCellM = 0.01f;      // height field cell
constexpr float kRadiusM = 0.08f;    // how far round a point the body shades it
constexpr float kGain = 1.8f;        // a point half under the body's edge is already nearly fully shaded
constexpr float kFadeGapM = 0.12f;   // skin this high above a point no longer shades it
constexpr float kBelowM = 0.01f;     // skin this far below a point still counts (it rests on it)

// The lowest skin over each cell, cells centred on multiples of kCellM (so mirrored
// cells hold mirrored skin).
class Underside {
public:
    explicit Underside(const SkinSurface& skin) {
        if (skin.positions.empty()) return;
        lo_ = hi_ = cellOf(skin.positions.front());
        for (const glm::vec3& p : skin.positions) {
            lo_ = glm::min(lo_, cellOf(p));
            hi_ = glm::max(hi_, cellOf(p));
        }
        width_ = hi_.x - lo_.x + 1;
        low_.assign(static_cast<std::size_t>(width_) * static_cast<std::size_t>(hi_.y - lo_.y + 1), kEmpty);
        for (const glm::vec3& p : skin.positions) {
            float& y = low_[index(cellOf(p))];
            y = std::min(y, p.y);
        }
    }
    // Lowest skin y over cell (ix, iz), or nothing.
    bool lowest(int ix, int iz, float& y) const {
        if (low_.empty() || ix < lo_.x || ix > hi_.x || iz < lo_.y || iz > hi_.y) return false;
        y = low_[index({ix, iz})];
        return y != kEmpty;
    }

private:
    static constexpr float kEmpty = std::numeric_limits<float>::max();
    static glm::ivec2 cellOf(const glm::vec3& p) {
        return {static_cast<int>(std::lround(p.x / kCellM)), static_cast<int>(std::lround(p.z / kCellM))};
    }
    std::size_t index(glm::ivec2 c) const { return static_cast<std::size_t>((c.y - lo_.y) * width_ + (c.x - lo_.x)); }
    glm::ivec2 lo_{0}, hi_{0};
    int width_ = 0;
    std::vector<float> low_;
};

}  // namespace

std::vector<float> contactShade(const std::vector<glm::vec3>& positions, const std::vector<glm::vec3>& normals,
                                const SkinSurface& skin) {
    const Underside under(skin);
    const int reach = static_cast<int>(std::ceil(kRadiusM / kCellM));
    std::vector<float> shade(positions.size(), 1.0f);
    for (std::size_t v = 0; v < positions.size(); ++v) {
        const glm::vec3& p = positions[v];
        const float facing = normals[v].y;
        if (facing <= 0.0f) continue;
        const int cx = static_cast<int>(std::lround(p.x / kCellM)), cz = static_cast<int>(std::lround(p.z / kCellM));
        // Cone-weighted share of the disk round the point covered by skin close above it.
        float covered = 0.0f, total = 0.0f;
        for (int iz = cz - reach; iz <= cz + reach; ++iz)
            for (int ix = cx - reach; ix <= cx + reach; ++ix) {
                const float r = std::hypot(static_cast<float>(ix) * kCellM - p.x, static_cast<float>(iz) * kCellM - p.z);
                if (r > kRadiusM) continue;
                const float w = 1.0f - r / kRadiusM;
                total += w;
                float y = 0.0f;
                if (!under.lowest(ix, iz, y) || y < p.y - kBelowM) continue;
                covered += w * std::clamp(1.0f - (y - p.y) / kFadeGapM, 0.0f, 1.0f);
            }
        const float occlusion = total > 0.0f ? std::min(1.0f, kGain * covered / total) : 0.0f;
        shade[v] = 1.0f - kContactShadeStrength * occlusion * facing;
    }
    return shade;
}

}  // namespace backrub
