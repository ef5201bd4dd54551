#include "core/pressure/PressureField.h"

#include "core/base/MathUtil.h"

#include <cmath>
#include <limits>

namespace backrub {

std::vector<float> computeVertexAreas(const SkinSurface& skin) {
    std::vector<float> area(skin.positions.size(), 0.0f);
    const std::size_t n = skin.positions.size();
    for (std::size_t t = 0; t + 2 < skin.indices.size(); t += 3) {
        const std::uint32_t a = skin.indices[t], b = skin.indices[t + 1], c = skin.indices[t + 2];
        if (a >= n || b >= n || c >= n) continue;
        const float third =
            glm::length(glm::cross(skin.positions[b] - skin.positions[a], skin.positions[c] - skin.positions[a])) / 6.0f;
        if (!std::isfinite(third)) continue;
        area[a] += third;
        area[b] += third;
        area[c] += third;
    }
    return area;
}

float PressureField::kernelRadiusM(float areaCm2) {
    const double areaM2 = static_cast<double>(areaCm2) * 1e-4;
    return static_cast<float>(std::sqrt(2.0 * areaM2 / kPiD));
}

float PressureField::peakPressureKPa(float forceN, float areaCm2) {
    return forceN / (areaCm2 * 1e-4f) / 1000.0f * kPeakOverMean;
}

PressureField::PressureField(const SkinSurface& skin, PressureFieldOptions options)
    : skin_(skin), options_(options), grid_(skin.positions), area_(computeVertexAreas(skin)),
      live_(skin.positions.size(), 0.0f) {
    normalArea_.resize(area_.size());
    for (std::size_t v = 0; v < area_.size(); ++v) {
        const glm::vec3 n = v < skin.normals.size() ? skin.normals[v] : glm::vec3(0.0f);
        normalArea_[v] = glm::vec4(n, area_[v]);
    }
}

void PressureField::setContacts(const std::vector<Contact>& contacts) {
    for (std::uint32_t v : loaded_) live_[v] = 0.0f;
    loaded_.clear();
    requestedN_ = 0.0;
    appliedN_ = 0.0;
    unapplied_ = 0;
    for (const Contact& c : contacts) {
        if (!(c.forceN > 0.0f) || !std::isfinite(c.forceN)) continue;
        requestedN_ += c.forceN;
        if (!addContact(c)) ++unapplied_;
    }
    for (std::uint32_t v : loaded_) appliedN_ += static_cast<double>(live_[v]) * area_[v] * 1000.0;
}

void PressureField::deposit(std::uint32_t v, float kPa) {
    if (!(kPa > 0.0f)) return;  // an underflowed weight must not list a vertex twice
    if (live_[v] == 0.0f) loaded_.push_back(v);
    live_[v] += kPa;
}

bool PressureField::addContact(const Contact& c) {
    if (!std::isfinite(c.position.x + c.position.y + c.position.z)) return false;
    const float len = glm::length(c.normal);
    const bool hasNormal = std::isfinite(len) && len > 1e-6f;
    const glm::vec3 n = hasNormal ? c.normal / len : glm::vec3(0.0f);
    const bool skinHasNormals = skin_.normals.size() >= skin_.positions.size();
    const bool useFacing = hasNormal && skinHasNormals;
    auto facing = [&](const glm::vec4& na) {
        return useFacing ? std::max(0.0f, na.x * n.x + na.y * n.y + na.z * n.z) : 1.0f;
    };

    const float radius = kernelRadiusM(options_.areas.areaCm2(c));
    const float invR2 = 1.0f / (radius * radius);
    scratchIds_.clear();
    scratchW_.clear();
    double sumWA = 0.0;
    grid_.forEachInSphere(c.position, radius, [&](std::uint32_t v, const glm::vec3&, float d2) {
        const glm::vec4& na = normalArea_[v];
        const float s = 1.0f - d2 * invR2;
        const float w = s * s * facing(na);
        if (!(w > 0.0f) || !(na.w > 0.0f)) return;
        scratchIds_.push_back(v);
        scratchW_.push_back(w);
        sumWA += static_cast<double>(w * na.w);
    });
    if (sumWA > 0.0) {
        // kPa = N / m^2 / 1000
        const double scale = static_cast<double>(c.forceN) / sumWA / 1000.0;
        for (std::size_t k = 0; k < scratchIds_.size(); ++k)
            deposit(scratchIds_[k], static_cast<float>(scratchW_[k] * scale));
        return true;
    }

    // Touched nothing: the nearest vertex facing the contact takes the whole force.
    std::uint32_t best = std::numeric_limits<std::uint32_t>::max();
    float bestD2 = std::numeric_limits<float>::max();
    grid_.forEachInSphere(c.position, options_.fallbackRadiusM, [&](std::uint32_t v, const glm::vec3&, float d2) {
        if (d2 < bestD2 && normalArea_[v].w > 0.0f && facing(normalArea_[v]) > 0.0f) {
            bestD2 = d2;
            best = v;
        }
    });
    if (best == std::numeric_limits<std::uint32_t>::max()) return false;
    deposit(best, static_cast<float>(static_cast<double>(c.forceN) / area_[best] / 1000.0));
    return true;
}

}  // namespace backrub
