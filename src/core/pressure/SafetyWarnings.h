#pragma once
// Warnings where pressure passes a safe limit: over bone or sensitive zones
// (spine line, floating ribs, kidney zones: the care zones of ThresholdTable),
// and anywhere over the region's pain threshold. Samples arrive in time order.
// One episode per place and cause (the care zone or region, and the kind):
// samples over the limit there with gaps up to mergeGapS (a thumb circling
// across the spine line, a stroke brushing it now and then as it travels) make
// one episode with its time span, the time it spent over the limit, its peak and
// where the peak was (region, nearest landmark). An episode is listed as a
// warning once it has been over the limit for minOverS in all, or at once when
// its peak is far over the limit: a brush shorter than that is no warning.
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
    double overS = 0.0;            // time over the limit in all (endS - startS less the gaps)
    double peakTimeS = 0.0;
    float peakKPa = 0.0f;
    float limitKPa = 0.0f;
    glm::vec3 position{0.0f};      // skin vertex of the peak, model space
    glm::vec3 normal{0.0f, 1.0f, 0.0f};  // outward skin normal there
    std::string landmark;          // nearest landmark within SafetyOptions::landmarkRadiusM, "" if none
    // Where the latest sample over the limit pressed hardest: the spot to mark
    // on the body while the episode goes on (the hand moves; the peak stays put).
    glm::vec3 latestPosition{0.0f};
    glm::vec3 latestNormal{0.0f, 1.0f, 0.0f};

    double durationS() const { return endS - startS; }
    // Whether timeS lies within the span: the episode is happening (over the limit
    // at the latest sample, when the monitor has been brought to timeS).
    bool activeAt(double timeS) const { return startS <= timeS && timeS < endS; }

    // Every field equal (exactly: the same samples give the same floats).
    bool operator==(const SafetyWarning& o) const;
    bool operator!=(const SafetyWarning& o) const { return !(*this == o); }

    // One line for the viewer and `report`: span, duration, peak, place and limit, e.g.
    // "12.30-14.10 s (1.8 s): 182 kPa on Spine line near L3, above its safe limit of
    // 50 kPa (bone or sensitive zone: ease off)".
    std::string message() const;
    // What to do, in plain words for a lay user, e.g. "Too hard on the spine:
    // move a thumb's width out" or "This would hurt: press lighter".
    const char* plainAdvice() const;
};

struct SafetyOptions {
    // Shorter gaps do not split an episode. Students circle at ~1.1 Hz (docs/sources.md,
    // "Forces and speeds"), so a circle across a zone leaves gaps under 1 s; a thumb
    // travelling along the back brushes the spine line and the kidney zones again
    // after gaps of 1.0-2.7 s as the anatomy under it changes (spine-line and
    // thumb-circles-lumbar at firm, both built-in bodies). 3 s keeps such a stroke
    // one episode; a longer pause is a new one.
    double mergeGapS = 3.0;
    // An episode over the limit for less than this in all is a brush, not a warning of
    // its own: 0.25 s is just over the mean simple visual reaction time of adults
    // (0.21-0.23 s, docs/sources.md, "Warnings"): nobody massaging could act on a
    // shorter one. At 60 Hz that is 15 dose samples, never a one-sample sliver.
    double minOverS = 0.25;
    // ... unless its peak reaches this multiple of the limit. The contact areas behind
    // the pressures are estimates (a thumb pad 1-2 cm^2, modelled as 1.5: docs/sources.md,
    // "Contact areas"), so a modelled pressure may be a third too high; 1.5x the limit
    // is over it even then (1.5 x 1.5 / 2 = 1.125), and a brush that hard is worth a line.
    float farOverRatio = 1.5f;
    float landmarkRadiusM = 0.08f;  // farther landmarks are not named

    // Whether an episode is listed as a warning (minOverS, farOverRatio).
    bool listed(const SafetyWarning& w) const;
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
        std::vector<SafetyWarning> episodes;  // listed or not yet (SafetyOptions::listed)
        std::array<std::array<int, kRegionCount>, 2> open{};  // [kind][region] -> episode index, -1 none
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
    // Back to a state from state(); an open index past its episodes counts as none.
    void restore(State state);

    // The listed episodes, in order of start time.
    std::vector<SafetyWarning> warnings() const;
    // Listed warnings whose span contains timeS (for the viewer's "now" list).
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
    glm::vec3 normalAt(std::uint32_t vertex) const;

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
