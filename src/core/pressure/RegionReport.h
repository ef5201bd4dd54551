#pragma once
// Per-region pressure figures of a whole technique: what `backrub report` prints.
// Computed deterministically on the DoseIntegrator's sample grid from t = 0 to
// the duration; each sample's pressure holds until the next one (the last one
// only until the end).
#include "core/body/Body.h"
#include "core/pressure/DoseIntegrator.h"
#include "core/pressure/PressureThresholds.h"
#include "core/pressure/SafetyWarnings.h"

#include <string>
#include <vector>

namespace backrub {

struct RegionFigures {
    Region region = Region::None;
    float peakKPa = 0.0f;           // highest pressure on any vertex of the region, any sample
    float pptKPa = 0.0f;            // the region's pressure-pain threshold
    float peakPercentOfPpt = 0.0f;  // peakKPa as % of pptKPa
    float meanLoadedKPa = 0.0f;     // mean pressure over the loaded skin of the region while loaded (area- and time-weighted)
    float doseKPaS = 0.0f;          // highest dose of any vertex of the region at the end
    double impulseNs = 0.0;         // area integral of dose, sum(dose_i * A_i): force x time the region took
    double contactS = 0.0;          // time during which some of the region was loaded
    double doseShare = 0.0;         // impulseNs / the technique's total impulse, 0..1
};

struct RegionReport {
    std::string technique;  // for the outputs only; set by the caller
    std::string pressure;   // "gentle", "moderate", "firm"; set by the caller
    double durationS = 0.0;
    double sampleHz = 60.0;
    float loadedKPa = 1.0f;        // pressure above which skin counts as loaded
    double totalImpulseNs = 0.0;   // over the whole skin (= sum over the base regions)
    std::vector<RegionFigures> regions;  // every region but None, in Region order (base, then overlay)
    std::vector<SafetyWarning> warnings; // in order of start time

    const RegionFigures* find(Region r) const;
};

struct ReportOptions {
    double sampleHz = 60.0;
    float loadedKPa = 1.0f;
    std::vector<Landmark> landmarks;  // named in warnings
    PressureFieldOptions field;
    SafetyOptions safety;
};

// durationS < 0 or NaN counts as 0 (a report of nothing).
RegionReport computeRegionReport(const SkinSurface& skin, const ContactSource& source, double durationS,
                                 const ThresholdTable& thresholds, const ReportOptions& options = {});
// Same, naming the body's landmarks in warnings.
RegionReport computeRegionReport(const Body& body, const ContactSource& source, double durationS,
                                 const ThresholdTable& thresholds, ReportOptions options = {});

}  // namespace backrub
