#pragma once
// Unlit, coloured geometry drawn over the skin: fading trails behind the
// thumbs and fingers, a dotted preview of the coming path, contact markers.
// Built on the CPU each frame from TrailSamples; lifted a little off the skin
// along its normal so it never z-fights with it.
#include "core/session/TechniqueSession.h"

#include <glm/glm.hpp>

#include <cstdint>
#include <vector>

namespace backrub {

struct ColoredVertex {
    glm::vec3 position{0.0f};
    glm::vec4 color{1.0f};  // sRGB, straight alpha
};

struct OverlayGeometry {
    std::vector<ColoredVertex> vertices;
    std::vector<std::uint32_t> indices;  // triangle list
    void clear() {
        vertices.clear();
        indices.clear();
    }
};

constexpr float kOverlayLiftM = 0.002f;  // above the skin

// A ribbon lying on the skin through the samples, `widthM` wide, opaque at
// `nowS` and fading to transparent `fadeS` seconds earlier. Samples without
// force (the hand in the air) break the ribbon.
void appendTrailRibbon(const std::vector<TrailSample>& samples, double nowS, double fadeS, float widthM,
                       const glm::vec3& color, OverlayGeometry& out);

// Small discs at every `every`-th sample with force: the dotted path ahead.
void appendDottedPath(const std::vector<TrailSample>& samples, int every, float radiusM, const glm::vec4& color,
                      OverlayGeometry& out);

// A flat disc on the skin, facing along `normal`.
void appendDisc(const glm::vec3& centre, const glm::vec3& normal, float radiusM, const glm::vec4& color,
                OverlayGeometry& out, int segments = 20);

// A flat ring on the skin (outer radius radiusM, widthM wide, at most the radius): it marks
// an area and leaves what is inside it (the heat map) in view.
void appendRing(const glm::vec3& centre, const glm::vec3& normal, float radiusM, float widthM, const glm::vec4& color,
                OverlayGeometry& out, int segments = 24);

// The border of a skin region (base or overlay) as a band `widthM` wide lying on
// the skin: where a triangle has corners inside and outside the region, a segment
// joins the middles of its two crossing edges. A region no vertex carries adds nothing.
void appendRegionOutline(const SkinSurface& skin, Region region, float widthM, const glm::vec4& color,
                         OverlayGeometry& out);

// Appends `from` to `into` (indices moved past into's vertices).
void appendGeometry(const OverlayGeometry& from, OverlayGeometry& into);

// Safety warnings on the body: while a warning is happening, a red ring with a light
// rim around the spot where the pressure is over the limit now (latestPosition), wider
// than a finger so it shows around the hand, and a faint red disc inside it that leaves
// the heat map readable. After its span the marker fades out over kWarningFadeS, so a
// thumb circling across a zone pulses it instead of flickering it.
constexpr float kWarningMarkerRadiusM = 0.022f;
constexpr double kWarningFadeS = 0.4;
const glm::vec3 kWarningColor{0.95f, 0.18f, 0.10f};  // sRGB: red toward orange

// The marker's strength for a warning at nowS: 1 within its span, fading to 0 over
// kWarningFadeS after it, 0 before it.
float warningMarkerStrength(const SafetyWarning& warning, double nowS);
// The warnings marked on the body at nowS (strength above 0): what the guided panel names.
std::vector<SafetyWarning> markedWarnings(const std::vector<SafetyWarning>& warnings, double nowS);
void appendWarningMarkers(const std::vector<SafetyWarning>& warnings, double nowS, OverlayGeometry& out);

}  // namespace backrub
