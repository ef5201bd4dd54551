#pragma once
// Per-region pressure-pain thresholds (PPT, kPa) with their sources, and the
// safe limits of the regions to load with care (bone and sensitive zones).
// Defaults follow docs/sources.md ("Pressure pain thresholds", "Care zones");
// a JSON file (assets/thresholds.json format, documented in
// docs/report-format.md) may override any region:
//   { "format": "backrub-thresholds", "version": 1,
//     "regions": { "neck_base": { "pptKPa": 250, "safeLimitKPa": 0, "source": "..." } } }
// Regions not named in the file keep their defaults.
#include "core/body/Body.h"
#include "core/base/Problem.h"
#include "core/body/Region.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace backrub {

struct RegionThreshold {
    float pptKPa = 0.0f;        // pressure-pain threshold; 0 = no figure of its own
    float safeLimitKPa = 0.0f;  // > 0: a care zone, warn when pressure passes this
    std::string source;         // where the figures come from, in plain words
};

class ThresholdTable {
public:
    // Figures from docs/sources.md, "Pressure pain thresholds" (estimates marked as such in their source text).
    static ThresholdTable defaults();

    const RegionThreshold& get(Region r) const;
    void set(Region r, RegionThreshold t);

    // The threshold that applies to a vertex: the lower of its base region's PPT and
    // its overlay's (when the overlay has one). Always > 0.
    float vertexPptKPa(Region base, Region overlay) const;
    // The region whose PPT vertexPptKPa() used.
    Region vertexPptRegion(Region base, Region overlay) const;
    // The lowest safe limit of the vertex's base and overlay, 0 when neither is a care zone,
    // and the region that set it (None when 0).
    float vertexSafeLimitKPa(Region base, Region overlay, Region* zone = nullptr) const;

    // vertexPptKPa() for every skin vertex.
    std::vector<float> perVertexPptKPa(const SkinSurface& skin) const;

private:
    std::array<RegionThreshold, kRegionCount> regions_{};
};

// The threshold view: pressure as % of each vertex's threshold (pptKPa from
// perVertexPptKPa()). Vertices past the end of pptKPa, or with a threshold <= 0, give 0.
std::vector<float> percentOfThreshold(const std::vector<float>& pressureKPa, const std::vector<float>& pptKPa);

// Fallback PPT for a region without a figure (should not happen with defaults()).
constexpr float kFallbackPptKPa = 300.0f;

// Parses a thresholds document on top of `base`. On any problem returns nullopt
// and appends problems as `FILE: /json/pointer: message`.
std::optional<ThresholdTable> parseThresholds(const std::string& bytes, const std::string& file,
                                              const ThresholdTable& base, Problems& problems);
// Reads and parses a file (size-capped); a missing or unreadable file is a problem too.
std::optional<ThresholdTable> loadThresholdsFile(const std::string& path, const ThresholdTable& base,
                                                 Problems& problems);

}  // namespace backrub
