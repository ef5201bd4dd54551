#include "core/session/CommandLine.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <set>

namespace backrub {
namespace {

bool parseNumber(const std::string& text, double& out) {
    if (text.empty()) return false;
    errno = 0;
    char* end = nullptr;
    out = std::strtod(text.c_str(), &end);
    return errno == 0 && end == text.c_str() + text.size() && std::isfinite(out);
}

bool parseSize(const std::string& text, int& w, int& h) {
    const auto x = text.find('x');
    if (x == std::string::npos) return false;
    double dw = 0, dh = 0;
    if (!parseNumber(text.substr(0, x), dw) || !parseNumber(text.substr(x + 1), dh)) return false;
    if (dw != std::floor(dw) || dh != std::floor(dh) || dw < 16 || dh < 16 || dw > 8192 || dh > 8192) return false;
    w = int(dw);
    h = int(dh);
    return true;
}

bool parseFrames(const std::string& text, FrameRange& r) {
    const auto a = text.find(':');
    const auto b = a == std::string::npos ? a : text.find(':', a + 1);
    if (b == std::string::npos) return false;
    return parseNumber(text.substr(0, a), r.startS) && parseNumber(text.substr(a + 1, b - a - 1), r.endS) &&
           parseNumber(text.substr(b + 1), r.stepS) && r.startS >= 0 && r.endS >= r.startS && r.stepS > 0;
}

// "seq.png", "shots/a.JPG": an --out that names an image file rather than a folder.
bool looksLikeImageFile(const std::string& path, std::string& stem) {
    const auto dot = path.rfind('.');
    const auto slash = path.find_last_of("/\\");
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash) || dot + 1 == path.size()) return false;
    std::string ext = path.substr(dot + 1);
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    static const std::set<std::string> kImageExtensions{"png", "jpg",  "jpeg", "gif", "bmp", "tif", "tiff",
                                                        "webp", "tga", "ppm", "pgm", "exr", "avif", "qoi"};
    if (!kImageExtensions.count(ext)) return false;
    stem = path.substr(0, dot);
    return true;
}

// Seconds as typed in --frames: "70", "0.5", "69.98".
std::string seconds(double s) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", s);
    return text;
}

std::string framesText(const FrameRange& r) { return seconds(r.startS) + ":" + seconds(r.endS) + ":" + seconds(r.stepS); }

// The smallest step of two significant digits that gives at most kMaxFrames frames.
double fittingStep(const FrameRange& r) {
    const double span = r.endS - r.startS;
    const double least = span / double(kMaxFrames - 1);
    if (!(least > 0.0)) return r.stepS;
    const double unit = std::pow(10.0, std::floor(std::log10(least)) - 1.0);
    FrameRange fit = r;
    fit.stepS = std::ceil(least / unit - 1e-9) * unit;
    while (frameCount(fit) > kMaxFrames) fit.stepS += unit;
    return fit.stepS;
}

struct Spec {
    const char* name;
    Command command;
    std::set<std::string> options;  // options taking a value
    std::set<std::string> flags;    // options without a value
};

const Spec kSpecs[] = {
    {"", Command::Viewer, {"--technique", "--model", "--body"}, {}},
    {"render", Command::Render,
     {"--technique", "--compare", "--model", "--body", "--time", "--size", "--view", "--heat", "--pressure", "--frames", "--out",
      "--layers"},
     {"--xray"}},
    {"list", Command::List, {}, {}},
    {"validate", Command::Validate, {}, {}},
    {"model", Command::Model, {"--out", "--body", "--pose"}, {}},
    {"report", Command::Report, {"--technique", "--pressure", "--body", "--model"}, {"--json"}},
    {"handout", Command::Handout, {"--technique", "--pressure", "--paper", "--out", "--body", "--model"}, {}},
};

bool oneOf(const std::string& v, std::initializer_list<const char*> allowed) {
    for (const char* a : allowed)
        if (v == a) return true;
    return false;
}

// Sets `out` from an enumeration's table, or says which ids the option takes.
template <typename Row, std::size_t N, typename E>
std::string choose(const std::array<Row, N>& table, const std::string& opt, const std::string& v, E& out) {
    const std::optional<E> value = enumFromId(table, v);
    if (!value) return opt + " must be " + enumIdsInWords(table) + ", not '" + v + "'";
    out = *value;
    return "";
}

std::string checkValue(CommandLine& cl, const std::string& opt, const std::string& v) {
    // report compares: a second --technique or --pressure is side B.
    const bool compares = cl.command == Command::Report;
    if (opt == "--technique" && compares && !cl.technique.empty()) {
        if (!cl.compareTechnique.empty()) return "report compares two techniques: --technique given a third time ('" + v + "')";
        cl.compareTechnique = v;
    } else if (opt == "--pressure" && compares && cl.pressureGiven) {
        if (cl.comparePressure) return "report compares two pressure levels: --pressure given a third time ('" + v + "')";
        PressureLevel level = PressureLevel::Moderate;
        const std::string error = choose(kPressureLevels, opt, v, level);
        if (error.empty()) cl.comparePressure = level;
        return error;
    } else if (opt == "--compare") cl.compareTechnique = v;
    else if (opt == "--technique") cl.technique = v;
    else if (opt == "--model") cl.model = v;
    else if (opt == "--out") cl.out = v;
    else if (opt == "--pose") {
        PoseId pose = PoseId::Prone;
        const std::string error = choose(kPoses, opt, v, pose);
        if (error.empty()) cl.pose = pose;
        return error;
    } else if (opt == "--body") {
        if (!oneOf(v, {"female", "male"})) return "--body must be female or male, not '" + v + "'";
        cl.body = v;
    } else if (opt == "--time") {
        double t = 0;
        if (!parseNumber(v, t) || t < 0) return "--time must be a number of seconds >= 0, not '" + v + "'";
        cl.timeS = t;
    } else if (opt == "--size") {
        if (!parseSize(v, cl.width, cl.height)) return "--size must be WIDTHxHEIGHT in pixels (16 to 8192), not '" + v + "'";
    } else if (opt == "--view") {
        return choose(kViewPresets, opt, v, cl.view);
    } else if (opt == "--heat") {
        return choose(kHeatModes, opt, v, cl.heat);
    } else if (opt == "--pressure") {
        cl.pressureGiven = true;
        return choose(kPressureLevels, opt, v, cl.pressure);
    } else if (opt == "--paper") {
        return choose(kPaperSizes, opt, v, cl.paper);
    } else if (opt == "--layers") {
        std::string rest = v + ",";
        for (std::size_t comma; (comma = rest.find(',')) != std::string::npos; rest.erase(0, comma + 1)) {
            const std::string name = rest.substr(0, comma);
            if (!enumFromId(kShownLayers, name))
                return "--layers takes a comma-separated list of " + enumIdsJoined(kShownLayers, ", ") + ", not '" + v + "'";
        }
        cl.layers = v;
    } else if (opt == "--frames") {
        FrameRange r;
        if (!parseFrames(v, r)) return "--frames must be START:END:STEP in seconds (0 <= START <= END, STEP > 0), not '" + v + "'";
        cl.frames = r;
    }
    return "";
}

}  // namespace

CommandLine parseCommandLine(const std::vector<std::string>& args) {
    CommandLine cl;
    std::size_t i = 0;
    if (!args.empty() && (args[0] == "--help" || args[0] == "-h")) {
        cl.command = Command::Help;
        return cl;
    }
    if (!args.empty() && args[0] == "--version") {
        cl.command = Command::Version;
        return cl;
    }
    const Spec* spec = &kSpecs[0];
    if (!args.empty() && args[0].rfind("--", 0) != 0) {
        spec = nullptr;
        for (const Spec& s : kSpecs)
            if (args[0] == s.name) spec = &s;
        if (!spec) {
            cl.error = "unknown command '" + args[0] + "' (try: render, list, validate, model, report, handout, --help)";
            return cl;
        }
        i = 1;
    }
    cl.command = spec->command;
    for (; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") {
            cl.command = Command::Help;
            return cl;
        }
        if (spec->flags.count(a)) {
            if (a == "--json") cl.json = true;
            if (a == "--xray") cl.xray = true;
            continue;
        }
        if (spec->options.count(a)) {
            if (i + 1 >= args.size()) {
                cl.error = a + " needs a value";
                return cl;
            }
            cl.error = checkValue(cl, a, args[++i]);
            if (!cl.error.empty()) return cl;
            continue;
        }
        if (cl.command == Command::Validate && a.rfind("--", 0) != 0) {
            cl.files.push_back(a);
            continue;
        }
        cl.error = "unknown option '" + a + "'" + (spec->name[0] ? std::string(" for '") + spec->name + "'" : std::string());
        return cl;
    }
    std::string stem;
    if (cl.command == Command::Render && cl.out.empty()) cl.error = "render needs --out F.png (or --out DIR with --frames)";
    else if (cl.command == Command::Render && cl.frames && looksLikeImageFile(cl.out, stem))
        cl.error = "--frames writes frame_00000.png, frame_00001.png ... into a folder, but --out '" + cl.out +
                   "' names an image file; give a folder, e.g. --out " + stem;
    else if (cl.command == Command::Render && !cl.compareTechnique.empty() && cl.technique.empty())
        cl.error = "--compare needs --technique: the technique drawn on the left";
    else if (cl.command == Command::Render && !cl.compareTechnique.empty() && cl.width < 32)
        cl.error = "--compare splits --size in two: give a WIDTH of 32 or more";
    else if (cl.command == Command::Model && cl.out.empty()) cl.error = "model needs --out F.glb";
    else if (cl.command == Command::Validate && cl.files.empty()) cl.error = "validate needs at least one FILE";
    else if (cl.command == Command::Report && cl.technique.empty()) cl.error = "report needs --technique ID or FILE.json (see 'backrub list')";
    else if (cl.command == Command::Handout && cl.technique.empty()) cl.error = "handout needs --technique ID or FILE.json (see 'backrub list')";
    else if (cl.command == Command::Handout && cl.out.empty()) cl.error = "handout needs --out F.pdf";
    return cl;
}

std::int64_t frameCount(const FrameRange& range) {
    if (!(range.stepS > 0.0) || !(range.endS >= range.startS)) return 0;
    const double steps = std::floor((range.endS - range.startS) / range.stepS + 1e-9);
    return steps >= 1e15 ? std::int64_t(1e15) : std::int64_t(steps) + 1;
}

std::vector<double> frameTimes(const FrameRange& range) {
    std::vector<double> times;
    const std::int64_t n = std::min<std::int64_t>(frameCount(range), kMaxFrames);
    for (std::int64_t i = 0; i < n; ++i) times.push_back(std::min(range.startS + double(i) * range.stepS, range.endS));
    return times;
}

FramePlan planFrames(const FrameRange& requested, const std::string& techniqueId, std::optional<double> durationS) {
    FramePlan plan;
    plan.range = requested;
    std::string over;  // "over 0-70 s (spine-line lasts 70 s)" when cut
    if (durationS && requested.endS > *durationS + 1e-9) {
        const std::string lasts = techniqueId + " lasts " + seconds(*durationS) + " s";
        if (requested.startS > *durationS + 1e-9) {
            plan.error = "--frames starts at " + seconds(requested.startS) + " s but " + lasts +
                         "; give a START from 0 to " + seconds(*durationS);
            return plan;
        }
        plan.range.endS = *durationS;
        plan.notice = "--frames ends at " + seconds(requested.endS) + " s but " + lasts + "; writing " +
                      seconds(plan.range.startS) + "-" + seconds(plan.range.endS) + " s";
        over = " over " + seconds(plan.range.startS) + "-" + seconds(plan.range.endS) + " s (" + lasts + ")";
    }
    const std::int64_t count = frameCount(plan.range);
    if (count > kMaxFrames) {
        FrameRange fit = plan.range;
        fit.stepS = fittingStep(plan.range);
        plan.error = "--frames " + framesText(requested) + " gives " + std::to_string(count) + " frames" + over +
                     ", more than " + std::to_string(kMaxFrames) + "; a STEP of " + seconds(fit.stepS) +
                     " or more fits (" + std::to_string(frameCount(fit)) + " frames): --frames " + framesText(fit);
        plan.notice.clear();
    }
    return plan;
}

std::string usageText() {
    return "Backrub " BACKRUB_VERSION " - a 3D back-massage visualizer\n"
           "\n"
           "Usage:\n"
           "  backrub [--technique ID|FILE.json] [--model F] [--body female|male]   interactive viewer\n"
           "  backrub render [--technique ID|FILE.json] [--compare ID|FILE.json] [--time S] [--size WxH]\n"
           "                 [--view " + enumIdsJoined(kViewPresets) + "]\n"
           "                 [--heat " + enumIdsJoined(kHeatModes) + "] [--pressure " + enumIdsJoined(kPressureLevels) + "]\n"
           "                 [--model F] [--body female|male] [--frames A:B:STEP] --out F.png|DIR\n"
           "                 [--layers " + enumIdsJoined(kShownLayers, ",") + "] [--xray]\n"
           "                 (--compare: the technique beside it, same time, body and heat scale, in one picture;\n"
           "                 without --technique: the model alone; --frames writes DIR/frame_00000.png ...,\n"
           "                 at most " + std::to_string(kMaxFrames) + " frames within the technique's length)\n"
           "  backrub list                          techniques: id, title, duration, position; yours marked\n"
           "  backrub validate FILE...              technique JSON or glTF/GLB (valid glTF? usable body?); exit 0 valid, 1 not\n"
           "  backrub model --out F.glb [--body female|male] [--pose " + enumIdsJoined(kPoses) + "]\n"
           "                 write the built-in anatomical model, rigged (a glTF skin); --pose: posed\n"
           "  backrub report --technique ID|FILE.json [--technique ID|FILE.json] [--pressure LEVEL]... [--json]\n"
           "                 per-region pressure figures; a second --technique or --pressure compares the two\n"
           "  backrub handout --technique ID|FILE.json [--pressure LEVEL] [--paper " + enumIdsJoined(kPaperSizes) + "] --out F.pdf\n"
           "                 printable handout: every step pictured and explained, then the region figures\n"
           "  backrub --help | --version\n"
           "\n"
           "--technique takes a technique's id (see 'backrub list') or a technique file (FILE.json,\n"
           "docs/technique-format.md). Your own techniques: every *.json in $XDG_DATA_HOME/backrub/techniques/\n"
           "(else ~/.local/share/backrub/techniques/) is listed and played beside the shipped ones.\n"
           "\n"
           "Exit codes: 0 success, 1 invalid input, 2 usage error.\n";
}

}  // namespace backrub
