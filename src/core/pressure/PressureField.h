#pragma once
// Live pressure on the skin from a set of contacts, per vertex, in kPa.
//
// Each contact spreads its force over the skin with a smooth compact kernel
//   w(d) = (1 - d^2/R^2)^2 for d < R (Euclidean distance to the contact point),
// times how squarely the vertex faces the contact (max(0, n_vertex . n_contact)),
// with R = sqrt(2 * area / pi), i.e. sqrt(2) times the radius of a disc of the
// contact's area. On a flat skin that puts the peak at 1.5 x force/area, the
// peak-to-mean ratio of a Hertzian contact (Johnson, Contact Mechanics, 1985).
// The kernel is normalised per contact over the vertices it touches, using the
// per-vertex skin area (one third of each adjacent triangle), so the discrete
// integral sum(p_i * A_i) equals the contact's force exactly.
//
// A contact whose kernel touches no vertex (mesh coarser than the contact)
// puts its whole force on the nearest vertex facing it within
// Options::fallbackRadiusM; one that finds none (off the body, non-finite
// position) is counted in unappliedContacts() and ignored.
#include "core/body/Body.h"
#include "core/pressure/Contact.h"
#include "core/pressure/ContactArea.h"
#include "core/geometry/VertexGrid.h"

#include <cstdint>
#include <vector>

namespace backrub {

struct PressureFieldOptions {
    ContactAreas areas = ContactAreas::defaults();
    float fallbackRadiusM = 0.05f;  // nearest-vertex search radius for contacts that touch no vertex
};

class PressureField {
public:
    // Keeps a reference to skin: it must outlive the field.
    explicit PressureField(const SkinSurface& skin, PressureFieldOptions options = {});

    // Replaces the live pressure with the one from these contacts. Contacts with
    // a force <= 0 or non-finite add nothing.
    void setContacts(const std::vector<Contact>& contacts);

    const std::vector<float>& live() const { return live_; }  // kPa per vertex
    // Vertices with live pressure > 0, in the order they were first loaded.
    const std::vector<std::uint32_t>& loadedVertices() const { return loaded_; }
    const std::vector<float>& vertexAreas() const { return area_; }  // m^2 per vertex
    const SkinSurface& skin() const { return skin_; }
    const VertexGrid& grid() const { return grid_; }
    const PressureFieldOptions& options() const { return options_; }

    double requestedForceN() const { return requestedN_; }  // sum of valid contact forces
    double appliedForceN() const { return appliedN_; }      // sum(p_i * A_i)
    int unappliedContacts() const { return unapplied_; }

    // Kernel support radius, metres, for a contact area in cm^2.
    static float kernelRadiusM(float areaCm2);
    // Peak over mean pressure of the kernel on flat skin (the Hertzian ratio above).
    static constexpr float kPeakOverMean = 1.5f;
    // Peak pressure, kPa, of `forceN` spread over `areaCm2` on flat skin.
    static float peakPressureKPa(float forceN, float areaCm2);

private:
    const SkinSurface& skin_;
    PressureFieldOptions options_;
    VertexGrid grid_;
    std::vector<float> area_;
    // Per vertex: outward normal (xyz) and area (w), packed so a contact reads one
    // 16-byte record per vertex it visits. Normal 0 when the skin has none.
    std::vector<glm::vec4> normalArea_;
    std::vector<float> live_;
    std::vector<std::uint32_t> loaded_;
    std::vector<std::uint32_t> scratchIds_;
    std::vector<float> scratchW_;
    double requestedN_ = 0.0;
    double appliedN_ = 0.0;
    int unapplied_ = 0;

    bool addContact(const Contact& c);
    void deposit(std::uint32_t v, float kPa);
};

// One third of the area of each triangle around a vertex, m^2. Triangles with an
// index out of range are skipped.
std::vector<float> computeVertexAreas(const SkinSurface& skin);

}  // namespace backrub
