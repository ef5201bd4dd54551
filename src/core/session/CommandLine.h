#pragma once
// Parses Backrub's command line (the documented interface, README "Command line")
// into a plain struct. Pure: no I/O. `main` prints `error` and exits 2 when parsing fails.
#include "core/pose/BodyPose.h"
#include "core/session/PaperSize.h"
#include "core/technique/Technique.h"
#include "core/view/OrbitCamera.h"
#include "core/view/ViewSettings.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace backrub {

enum class Command { Viewer, Render, List, Validate, Model, Report, Handout, Help, Version };

struct FrameRange {
    double startS = 0.0;
    double endS = 0.0;
    double stepS = 1.0;
};

struct CommandLine {
    Command command = Command::Viewer;
    std::string technique;            // --technique ID or FILE.json ("" = first technique)
    std::string model;                // --model F ("" = generated body)
    std::string body = "female";      // --body female|male
    std::optional<double> timeS;      // --time S
    int width = 1280, height = 720;   // --size WxH
    ViewPreset view = ViewPreset::Back;              // --view (kViewPresets)
    HeatMode heat = HeatMode::Live;                  // --heat (kHeatModes)
    PressureLevel pressure = PressureLevel::Moderate;// --pressure (kPressureLevels)
    // report only: a second --technique and/or --pressure, compared with the first (side B:
    // what is not given again is A's); a third of either is a usage error.
    std::string compareTechnique;     // (render: --compare ID or FILE.json, drawn on the right)
    std::optional<PressureLevel> comparePressure;
    bool pressureGiven = false;       // --pressure appeared (so a second one is B's)
    std::optional<FrameRange> frames; // --frames A:B:STEP (render: image sequence into --out DIR)
    std::string layers = "skin,muscles,skeleton,table";  // --layers: visible layers (kShownLayers ids), comma-separated
    bool xray = false;                // --xray: see-through skin
    std::string out;                  // --out F.png / F.glb / F.pdf / DIR
    std::optional<PoseId> pose;       // model --pose
    Paper paper = Paper::A4;          // handout --paper (kPaperSizes)
    bool json = false;                // report --json
    std::vector<std::string> files;   // validate FILE...
    std::string error;                // non-empty: usage error, exit code 2
};

CommandLine parseCommandLine(const std::vector<std::string>& args);  // args exclude argv[0]
std::string usageText();

// `render --frames` writes at most this many images; more is a usage error naming a STEP that fits.
inline constexpr int kMaxFrames = 1000;
// The times --frames draws: START, START + STEP, ... up to END (allowing for rounding).
std::int64_t frameCount(const FrameRange& range);
std::vector<double> frameTimes(const FrameRange& range);

// --frames fitted to the technique that plays (durationS; nullopt for the model
// alone): a range past its end is cut to it, with a notice; a START past its end or
// more than kMaxFrames frames is a usage error (exit code 2).
struct FramePlan {
    FrameRange range;    // what to draw
    std::string notice;  // one line for stderr when the range was cut, else ""
    std::string error;   // non-empty: nothing may be written
};
FramePlan planFrames(const FrameRange& requested, const std::string& techniqueId, std::optional<double> durationS);

}  // namespace backrub
