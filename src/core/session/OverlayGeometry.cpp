#include "core/session/OverlayGeometry.h"

#include <algorithm>
#include <cmath>

namespace backrub {
namespace {

// Any unit vector perpendicular to n.
glm::vec3 perpendicular(const glm::vec3& n) {
    const glm::vec3 a = std::fabs(n.x) < 0.9f ? glm::vec3(1, 0, 0) : glm::vec3(0, 1, 0);
    return glm::normalize(glm::cross(n, a));
}

glm::vec3 safeNormal(const glm::vec3& n) {
    const float len = glm::length(n);
    return len > 1e-6f && std::isfinite(len) ? n / len : glm::vec3(0, 1, 0);
}

}  // namespace

void appendTrailRibbon(const std::vector<TrailSample>& samples, double nowS, double fadeS, float widthM,
                       const glm::vec3& color, OverlayGeometry& out) {
    const float half = widthM * 0.5f;
    bool open = false;  // whether the previous sample added a ribbon edge pair
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const TrailSample& s = samples[i];
        if (s.forceN <= 0.0f) {
            open = false;
            continue;
        }
        // Tangent from neighbours; skip samples where the hand did not move.
        const glm::vec3 prev = samples[i > 0 ? i - 1 : i].position;
        const glm::vec3 next = samples[i + 1 < samples.size() ? i + 1 : i].position;
        glm::vec3 tangent = next - prev;
        const glm::vec3 n = safeNormal(s.normal);
        tangent -= n * glm::dot(n, tangent);
        glm::vec3 side = glm::length(tangent) > 1e-7f ? glm::normalize(glm::cross(n, tangent)) : perpendicular(n);
        const float age = static_cast<float>(nowS - s.timeS);
        const float alpha = fadeS > 0.0 ? std::clamp(1.0f - age / static_cast<float>(fadeS), 0.0f, 1.0f) : 1.0f;
        const glm::vec3 base = s.position + n * kOverlayLiftM;
        const auto first = static_cast<std::uint32_t>(out.vertices.size());
        out.vertices.push_back({base - side * half, glm::vec4(color, alpha * 0.9f)});
        out.vertices.push_back({base + side * half, glm::vec4(color, alpha * 0.9f)});
        if (open) out.indices.insert(out.indices.end(), {first - 2, first - 1, first + 1, first - 2, first + 1, first});
        open = true;
    }
}

void appendDottedPath(const std::vector<TrailSample>& samples, int every, float radiusM, const glm::vec4& color,
                      OverlayGeometry& out) {
    every = std::max(every, 1);
    for (std::size_t i = 0; i < samples.size(); i += static_cast<std::size_t>(every))
        if (samples[i].forceN > 0.0f) appendDisc(samples[i].position, samples[i].normal, radiusM, color, out, 10);
}

void appendDisc(const glm::vec3& centre, const glm::vec3& normal, float radiusM, const glm::vec4& color,
                OverlayGeometry& out, int segments) {
    const glm::vec3 n = safeNormal(normal);
    const glm::vec3 u = perpendicular(n), v = glm::cross(n, u);
    const glm::vec3 c = centre + n * kOverlayLiftM;
    const auto first = static_cast<std::uint32_t>(out.vertices.size());
    out.vertices.push_back({c, color});
    segments = std::max(segments, 3);
    for (int i = 0; i < segments; ++i) {
        const float a = 6.2831853f * float(i) / float(segments);
        out.vertices.push_back({c + (u * std::cos(a) + v * std::sin(a)) * radiusM, glm::vec4(glm::vec3(color), color.a * 0.6f)});
    }
    for (int i = 0; i < segments; ++i)
        out.indices.insert(out.indices.end(), {first, first + 1 + std::uint32_t(i), first + 1 + std::uint32_t((i + 1) % segments)});
}

void appendRing(const glm::vec3& centre, const glm::vec3& normal, float radiusM, float widthM, const glm::vec4& color,
                OverlayGeometry& out, int segments) {
    const glm::vec3 n = safeNormal(normal);
    const glm::vec3 u = perpendicular(n), v = glm::cross(n, u);
    const glm::vec3 c = centre + n * kOverlayLiftM;
    const float inner = radiusM - std::clamp(widthM, 0.0f, radiusM);
    const auto first = static_cast<std::uint32_t>(out.vertices.size());
    segments = std::max(segments, 3);
    for (int i = 0; i < segments; ++i) {
        const float a = 6.2831853f * float(i) / float(segments);
        const glm::vec3 dir = u * std::cos(a) + v * std::sin(a);
        out.vertices.push_back({c + dir * inner, color});
        out.vertices.push_back({c + dir * radiusM, color});
    }
    for (int i = 0; i < segments; ++i) {
        const std::uint32_t a = first + 2 * std::uint32_t(i), b = first + 2 * std::uint32_t((i + 1) % segments);
        out.indices.insert(out.indices.end(), {a, a + 1, b + 1, a, b + 1, b});
    }
}

void appendRegionOutline(const SkinSurface& skin, Region region, float widthM, const glm::vec4& color,
                         OverlayGeometry& out) {
    const std::size_t n = skin.positions.size();
    if (skin.baseRegion.size() < n || skin.normals.size() < n) return;
    auto inside = [&](std::uint32_t v) {
        return skin.baseRegion[v] == region || (v < skin.overlayRegion.size() && skin.overlayRegion[v] == region);
    };
    auto middle = [&](std::uint32_t a, std::uint32_t b, glm::vec3& p, glm::vec3& normal) {
        normal = safeNormal(skin.normals[a] + skin.normals[b]);
        p = 0.5f * (skin.positions[a] + skin.positions[b]) + normal * (kOverlayLiftM * 1.5f);
    };
    for (std::size_t t = 0; t + 2 < skin.indices.size(); t += 3) {
        const std::uint32_t v[3] = {skin.indices[t], skin.indices[t + 1], skin.indices[t + 2]};
        if (v[0] >= n || v[1] >= n || v[2] >= n) continue;
        const bool in[3] = {inside(v[0]), inside(v[1]), inside(v[2])};
        if (in[0] == in[1] && in[1] == in[2]) continue;
        // The corner alone on its side, and the two edges leaving it cross the border.
        const int lone = in[0] == in[1] ? 2 : in[0] == in[2] ? 1 : 0;
        glm::vec3 a, b, na, nb;
        middle(v[lone], v[(lone + 1) % 3], a, na);
        middle(v[lone], v[(lone + 2) % 3], b, nb);
        const glm::vec3 side = glm::cross(b - a, safeNormal(na + nb));
        const float len = glm::length(side);
        if (!(len > 1e-9f)) continue;
        const glm::vec3 half = side * (0.5f * widthM / len);
        const auto first = static_cast<std::uint32_t>(out.vertices.size());
        out.vertices.push_back({a - half, color});
        out.vertices.push_back({a + half, color});
        out.vertices.push_back({b + half, color});
        out.vertices.push_back({b - half, color});
        out.indices.insert(out.indices.end(), {first, first + 1, first + 2, first, first + 2, first + 3});
    }
}

void appendGeometry(const OverlayGeometry& from, OverlayGeometry& into) {
    const auto offset = static_cast<std::uint32_t>(into.vertices.size());
    into.vertices.insert(into.vertices.end(), from.vertices.begin(), from.vertices.end());
    for (std::uint32_t i : from.indices) into.indices.push_back(i + offset);
}

float warningMarkerStrength(const SafetyWarning& warning, double nowS) {
    if (nowS < warning.startS) return 0.0f;
    if (warning.activeAt(nowS)) return 1.0f;
    return std::clamp(1.0f - static_cast<float>((nowS - warning.endS) / kWarningFadeS), 0.0f, 1.0f);
}

std::vector<SafetyWarning> markedWarnings(const std::vector<SafetyWarning>& warnings, double nowS) {
    std::vector<SafetyWarning> out;
    for (const SafetyWarning& w : warnings)
        if (warningMarkerStrength(w, nowS) > 0.0f) out.push_back(w);
    return out;
}

void appendWarningMarkers(const std::vector<SafetyWarning>& warnings, double nowS, OverlayGeometry& out) {
    for (const SafetyWarning& w : warnings) {
        const float a = warningMarkerStrength(w, nowS);
        if (!(a > 0.0f)) continue;
        const glm::vec3& p = w.latestPosition;
        const glm::vec3& n = w.latestNormal;
        appendDisc(p, n, kWarningMarkerRadiusM, glm::vec4(kWarningColor, 0.3f * a), out, 24);
        appendRing(p, n, kWarningMarkerRadiusM, 0.2f * kWarningMarkerRadiusM, glm::vec4(kWarningColor, 0.95f * a), out, 32);
        // A light rim outside the ring: red alone is lost on the heat map's reds.
        appendRing(p, n, 1.12f * kWarningMarkerRadiusM, 0.1f * kWarningMarkerRadiusM, glm::vec4(1.0f, 0.95f, 0.85f, 0.8f * a),
                   out, 32);
    }
}

}  // namespace backrub
