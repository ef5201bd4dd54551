#pragma once
// One technique playing on one body at one pressure level: the data flow of a
// frame, time -> stroke engine (contacts, hand poses) -> pressure field (live,
// peak, dose, afterglow) -> safety warnings, in one place for the viewer and `render`.
// Time is always an argument: the same t gives the same frame, whether the user
// played there or jumped there. No colour here: HeatDisplay.h turns a session
// into heat values and a legend.
#include "core/body/Body.h"
#include "core/pressure/ContactArea.h"
#include "core/pressure/DoseIntegrator.h"
#include "core/pressure/PressureThresholds.h"
#include "core/pressure/SafetyWarnings.h"
#include "core/technique/StrokeEngine.h"
#include "core/technique/Technique.h"

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace backrub {

// A contact's place over time, for trails behind the hands and previews ahead.
struct TrailSample {
    double timeS = 0.0;
    glm::vec3 position{0.0f};
    glm::vec3 normal{0.0f, 1.0f, 0.0f};
    float forceN = 0.0f;
};

class TechniqueSession {
public:

    // `body` must outlive the session. `areas` is the one contact-area table of
    // the session: the engine's contacts (and so the hands' see-through windows),
    // the pressure field and the live legend all read it. `safety` says which
    // samples over a limit make one warning and which warnings are listed.
    TechniqueSession(const Technique& technique, const Body& body, const ThresholdTable& thresholds,
                     PressureLevel level, const ContactAreas& areas = ContactAreas::defaults(),
                     const SafetyOptions& safety = {});

    // Changing the level starts the dose over (it is a different massage).
    void setLevel(PressureLevel level);
    PressureLevel level() const { return level_; }
    // Evaluates the frame at t and brings pressure, dose and warnings to t. The
    // contacts are the engine's at t; the hands are smoothed (HandSmoothing.h).
    // Dose and warnings resume from the latest checkpoint at or before t
    // (DoseIntegrator.h), so scrubbing back costs at most kCheckpointIntervalS
    // of samples and gives exactly what playing to t gives.
    void update(double timeS);

    const Technique& technique() const { return technique_; }
    const Body& body() const { return body_; }
    const StrokeEngine& engine() const { return engine_; }
    const StrokeEngine::Frame& frame() const { return frame_; }
    const DoseIntegrator& dose() const { return *dose_; }
    const SafetyMonitor& safety() const { return *safety_; }
    double time() const { return time_; }
    double duration() const { return engine_.duration(); }

    // The live-pressure scale of the technique at this level, kPa: its highest
    // written force over its contact area, at the kernel's peak (a fixed scale for
    // the whole technique; the afterglow never exceeds the highest live pressure).
    float livePeakScaleKPa() const { return livePeakScaleKPa_; }
    const ThresholdTable& thresholds() const { return thresholds_; }
    // Pain threshold per skin vertex, kPa.
    const std::vector<float>& pptKPa() const { return pptKPa_; }

    // Where each hand's contact was (or will be) between two times, at the grid
    // times k * stepS within [fromS, toS]; [0] is the left hand. Samples without
    // force are kept (the hand travels), with forceN 0; a hand the technique does
    // not use has none. Grid samples are cached, so a window sliding with the
    // playback costs about one engine evaluation per frame.
    std::array<std::vector<TrailSample>, 2> trails(double fromS, double toS, double stepS) const;

private:
    void resetDose();

    const Technique& technique_;
    const Body& body_;
    ThresholdTable thresholds_;
    SafetyOptions safetyOptions_;
    std::vector<float> pptKPa_;
    StrokeEngine engine_;
    PressureLevel level_;
    std::unique_ptr<DoseIntegrator> dose_;
    std::unique_ptr<SafetyMonitor> safety_;
    StrokeEngine::Frame frame_;
    StrokeEngine::Frame scratch_;  // nearby moments for smoothHands
    double time_ = 0.0;
    float livePeakScaleKPa_ = 0.0f;
    // Trail samples by grid index, for trailStep_; cleared with the level or step size.
    mutable std::map<std::int64_t, std::array<std::optional<TrailSample>, 2>> trailCache_;
    mutable double trailStep_ = 0.0;
};

}  // namespace backrub
