#include "core/session/ProjectedPath.h"

namespace backrub {
namespace {

// Skin seen edge-on still shows its path (the outer thighs from behind run along the
// outline); skin turned further away is on the far side of the body.
constexpr float kGrazingCos = -0.3f;

}  // namespace

std::vector<std::vector<glm::vec2>> projectPath(const std::vector<TrailSample>& samples, const glm::mat4& viewProjection,
                                                const glm::vec3& eye, int width, int height) {
    std::vector<std::vector<glm::vec2>> lines(1);
    auto breakLine = [&lines] {
        if (lines.back().size() < 2) lines.back().clear();
        else lines.emplace_back();
    };
    for (const TrailSample& s : samples) {
        const glm::vec4 clip = viewProjection * glm::vec4(s.position, 1.0f);
        const glm::vec3 toEye = eye - s.position;
        const float lengths = glm::length(s.normal) * glm::length(toEye);
        const bool facing = lengths > 0.0f && glm::dot(s.normal, toEye) > kGrazingCos * lengths;
        if (!(s.forceN > 0.0f) || !facing || clip.w <= 1e-6f) {
            breakLine();
            continue;
        }
        const glm::vec2 ndc(clip.x / clip.w, clip.y / clip.w);
        lines.back().emplace_back((ndc.x * 0.5f + 0.5f) * float(width), (0.5f - ndc.y * 0.5f) * float(height));
    }
    if (lines.back().size() < 2) lines.pop_back();
    return lines;
}

}  // namespace backrub
