#pragma once
// A small stand-in back for core tests: a lofted elliptic half-cylinder along +Z
// (Body.h axes: +Y posterior, +Z cranial, +X receiver's left, metres) with a
// shallow groove along the midline, and the landmarks a technique may name.
// Spinous processes follow the published pitches (cervical 1.8 cm, thoracic
// 2.3 cm, lumbar 3.6 cm; docs/sources.md, "Spine and vertebrae").
// Header-only: the test glob compiles *Test.cpp only.
#include "core/body/Body.h"

#include <cmath>
#include <string>

namespace backrub::test {

struct SyntheticBack {
    static float halfWidth(float z) {  // shoulders, waist, hips
        return 0.165f + 0.035f * std::exp(-std::pow((z - 0.45f) / 0.12f, 2.0f)) -
               0.015f * std::exp(-std::pow((z - 0.12f) / 0.10f, 2.0f)) +
               0.02f * std::exp(-std::pow((z + 0.12f) / 0.10f, 2.0f));
    }
    static float depth(float z) { return 0.11f + 0.02f * std::exp(-std::pow((z + 0.15f) / 0.08f, 2.0f)); }
    static constexpr float kGrooveM = 0.004f;
    static constexpr float kGrooveWidthM = 0.02f;
    static constexpr float kZMin = -0.32f;
    static constexpr float kZMax = 0.66f;

    // Surface point at angle theta (0 = receiver's left side, pi/2 = midline, pi = right side).
    static glm::vec3 point(float theta, float z) {
        const float a = halfWidth(z), b = depth(z);
        const float x = a * std::cos(theta);
        const float s = std::sin(theta);
        const float y = b * s - kGrooveM * std::exp(-std::pow(x / kGrooveWidthM, 2.0f)) * s;
        return {x, y, z};
    }
    // Point on the skin above (x, z).
    static glm::vec3 at(float x, float z) {
        const float c = std::max(-1.0f, std::min(1.0f, x / halfWidth(z)));
        return point(std::acos(c), z);
    }
};

// z of each spinous process below C7 (C7 at 0.50 m).
inline float syntheticSpineZ(const std::string& name) {
    const float c7 = 0.50f;
    const char kind = name[0];
    if (name == "coccyx") return syntheticSpineZ("S1") - 0.10f;
    const int n = std::stoi(name.substr(1));
    if (kind == 'C') return c7 + 0.018f * static_cast<float>(7 - n);
    if (kind == 'T') return c7 - 0.023f * static_cast<float>(n);
    if (kind == 'L') return c7 - 0.023f * 12.0f - 0.036f * static_cast<float>(n);
    const float s1 = c7 - 0.023f * 12.0f - 0.036f * 6.0f;
    // S2..S5 are named by no landmark: technique files place them evenly from S1 to the coccyx.
    return kind == 'S' && n > 1 ? s1 - 0.10f * static_cast<float>(n - 1) / 5.0f : s1;
}

inline Body makeSyntheticBody() {
    Body body;
    SkinSurface& skin = body.skin;
    const int around = 96;
    const int along = static_cast<int>((SyntheticBack::kZMax - SyntheticBack::kZMin) / 0.01f);
    for (int j = 0; j <= along; ++j) {
        const float z = SyntheticBack::kZMin + (SyntheticBack::kZMax - SyntheticBack::kZMin) * static_cast<float>(j) / static_cast<float>(along);
        for (int i = 0; i <= around; ++i) {
            skin.positions.push_back(SyntheticBack::point(3.14159265f * static_cast<float>(i) / static_cast<float>(around), z));
        }
    }
    const auto row = static_cast<std::uint32_t>(around + 1);
    for (int j = 0; j < along; ++j) {
        for (int i = 0; i < around; ++i) {
            const std::uint32_t a = static_cast<std::uint32_t>(j) * row + static_cast<std::uint32_t>(i);
            const std::uint32_t b = a + 1, c = a + row, d = a + row + 1;
            // Wound so that cross products point outward (+Y on the back).
            skin.indices.insert(skin.indices.end(), {a, b, c, b, d, c});
        }
    }
    skin.normals.assign(skin.positions.size(), glm::vec3(0.0f));
    for (std::size_t t = 0; t < skin.indices.size(); t += 3) {
        const glm::vec3& p0 = skin.positions[skin.indices[t]];
        const glm::vec3 n = glm::cross(skin.positions[skin.indices[t + 1]] - p0, skin.positions[skin.indices[t + 2]] - p0);
        for (int k = 0; k < 3; ++k) skin.normals[skin.indices[t + static_cast<std::size_t>(k)]] += n;
    }
    for (glm::vec3& n : skin.normals) n = glm::normalize(n);
    skin.baseRegion.assign(skin.positions.size(), Region::MidBack);
    skin.overlayRegion.assign(skin.positions.size(), Region::None);

    auto add = [&body](const std::string& name, float x, float z) {
        body.landmarks.push_back({name, SyntheticBack::at(x, z)});
    };
    for (int i = 1; i <= 7; ++i) add("C" + std::to_string(i), 0.0f, syntheticSpineZ("C" + std::to_string(i)));
    for (int i = 1; i <= 12; ++i) add("T" + std::to_string(i), 0.0f, syntheticSpineZ("T" + std::to_string(i)));
    for (int i = 1; i <= 5; ++i) add("L" + std::to_string(i), 0.0f, syntheticSpineZ("L" + std::to_string(i)));
    add("S1", 0.0f, syntheticSpineZ("S1"));
    add("coccyx", 0.0f, syntheticSpineZ("coccyx"));
    for (float side : {1.0f, -1.0f}) {
        const std::string s = side > 0 ? "_L" : "_R";
        add("PSIS" + s, 0.045f * side, syntheticSpineZ("S1") + 0.01f);
        add("iliac_crest" + s, 0.13f * side, syntheticSpineZ("L4"));
        add("scapular_spine" + s, 0.09f * side, syntheticSpineZ("T3"));
        add("scapula_inferior_angle" + s, 0.10f * side, syntheticSpineZ("T7"));
        const float zt = syntheticSpineZ("coccyx") - 0.05f;
        add("greater_trochanter" + s, 0.92f * SyntheticBack::halfWidth(zt) * side, zt);
    }
    return body;
}

}  // namespace backrub::test
