#pragma once
// Warnings where pressure passes a safe limit: over bone or sensitive zones
// (spine line, floating ribs, kidney zones: the care zones of ThresholdTable),
// and anywhere over the region's pain threshold. Samples arrive in time order;
// consecutive samples over the limit in one region (with gaps up to
// mergeGapS, e.g. a thumb circling across the spine line) make one warning with
// its time span, its peak, and where the peak was (region, nearest landmark).
#include "core/body/Body.h"
#include "core/pressure/DoseIntegrator.h"
#include "core/pressure/PressureField.h"
#include "core/pressure/PressureThresholds.h"

#include <glm/glm.hpp>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace backrub {

enum class WarningKind : std::uint8_t {
    CareZone,       // over a care zone's safe limit (bone, floating ribs, kidneys)
    PainThreshold,  // over the region's pressure-pain threshold
};
const char* warningKindId(WarningKind k);  // "care_zone", "pain_threshold"

struct SafetyWarning {
    WarningKind kind = WarningKind::CareZone;
    Region region = Region::None;  // the care zone, or the region whose threshold was passed
    double startS = 0.0;           // first sample over the limit
    double endS = 0.0;             // end of the last sample over the limit
    double peakTimeS = 0.0;
    float peakKPa = 0.0f;
    float limitKPa = 0.0f;
    glm::vec3 position{0.0f};      // skin vertex of the peak, model space
    std::string landmark;          // nearest landmark within SafetyOptions::landmarkRadiusM, "" if none

    // Every field equal (exactly: the same samples give the same floats).
    bool operator==(const SafetyWarning& o) const;
    bool operator!=(const SafetyWarning& o) const { return !(*this == o); }

    // One line for the viewer and `report`, e.g. "12.30-14.10 s: 182 kPa on Spine
    // line near L3, above its safe limit of 50 kPa (bone or sensitive zone: ease off)".
    std::string message() const;
};

struct SafetyOptions {
    double mergeGapS = 1.0;         // shorter gaps do not split a warning (students circle at ~1.1 Hz)
    float landmarkRadiusM = 0.08f;  // farther landmarks are not named
};

class SafetyMonitor {
public:
    // Keeps a reference to skin; copies the rest.
    SafetyMonitor(const SkinSurface& skin, const ThresholdTable& thresholds, std::vector<Landmark> landmarks = {},
                  SafetyOptions options = {});

    // Everything observe() has gathered: the warnings and which of them the next
    // sample may extend. A copyable value, so a DoseIntegrator observer can keep it
    // at the integrator's checkpoints (ObserverCheckpoints): restoring the state
    // saved after sample k and observing k+1.. gives the same warnings as
    // observing every sample from 0.
    struct State {
        std::vector<SafetyWarning> warnings;
        std::array<std::array<int, kRegionCount>, 2> open{};  // [kind][region] -> warning index, -1 none
    };

    // One sample of pressure held for holdS seconds. Sample index 0 starts over,
    // so this can be a DoseIntegrator observer (a jump back shows it the samples
    // again from 0, unless it follow()s the checkpoints).
    void observe(std::int64_t sampleIndex, double timeS, double holdS, const PressureField& field);
    // Becomes dose's observer (replacing any, so dose starts over), each sample
    // held 1 / its rate, and follows its checkpoints: a jump back restores the
    // warnings with the dose. This monitor must outlive dose or its next observer.
    void follow(DoseIntegrator& dose);
    void clear();
    const State& state() const { return state_; }
    // Back to a state from state(); an open index past its warnings counts as none.
    void restore(State state);

    // In order of start time.
    const std::vector<SafetyWarning>& warnings() const { return state_.warnings; }
    // Warnings whose span contains timeS (for the viewer's "now" list).
    std::vector<SafetyWarning> activeAt(double timeS) const;

private:
    struct VertexLimits {
        float careKPa = 0.0f;
        Region careZone = Region::None;
        float pptKPa = 0.0f;
        Region pptRegion = Region::None;
    };
    struct Exceed {
        float kPa = 0.0f;
        std::uint32_t vertex = 0;
        float limit = 0.0f;
    };

    const SkinSurface& skin_;
    std::vector<Landmark> landmarks_;
    SafetyOptions options_;
    std::vector<VertexLimits> limits_;
    State state_;
    std::array<std::array<Exceed, kRegionCount>, 2> sample_{};

    void record(WarningKind kind, Region region, const Exceed& e, double timeS, double holdS);
    std::string nearestLandmark(const glm::vec3& p) const;
};

}  // namespace backrub
