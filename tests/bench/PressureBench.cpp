// Timing figures for the pressure model (printed, never asserted: timing tests
// are flaky on shared machines). Build in Release and run `bench`.
//   frame:  live pressure + peak + dose over a 66k-vertex skin, 10 contacts, one 60 Hz frame
//   report: region report of whole techniques sampled at 60 Hz (synthetic 60 s load
//           on the 66k skin; every shipped technique on the built-in body, stroke engine included)
//   body: generating each built-in body (skeleton, skin, muscles, binding, landmarks)
//   scrub back: the viewer's session jumping back from the end of the longest technique
//           to just before each dose checkpoint, the worst case (a whole interval to compute)
#include "PressureTestSkin.h"
#include "core/bodygen/BodyModel.h"
#include "core/pressure/DoseIntegrator.h"
#include "core/pressure/RegionReport.h"
#include "core/technique/StrokeEngine.h"
#include "core/technique/TechniqueLibrary.h"
#include "core/session/TechniqueSession.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <cstdio>
#include <functional>
#include <vector>

using namespace backrub;

namespace {

using Clock = std::chrono::steady_clock;

// Wall time is what users feel; CPU time (this process) is what the code costs
// when other jobs share the cores. Both are printed.
struct Timing {
    std::vector<double> wallMs, cpuMs;
};

void printFigure(const char* name, Timing t) {
    auto line = [](const char* what, std::vector<double>& ms) {
        std::sort(ms.begin(), ms.end());
        std::printf("    %-5s median %9.3f ms   min %9.3f ms   max %9.3f ms\n", what, ms[ms.size() / 2], ms.front(), ms.back());
    };
    std::printf("%s (n=%zu)\n", name, t.wallMs.size());
    line("wall", t.wallMs);
    line("cpu", t.cpuMs);
}

// Ten moving contacts of mixed kinds, the heaviest load a technique puts on at once.
std::vector<Contact> tenContacts(double t) {
    static const ContactKind kinds[10] = {ContactKind::ThumbPad,   ContactKind::ThumbPad,   ContactKind::Palm,
                                          ContactKind::Palm,       ContactKind::HeelOfHand, ContactKind::HeelOfHand,
                                          ContactKind::FingerPads, ContactKind::FingerPads, ContactKind::Knuckles,
                                          ContactKind::Fingertips};
    std::vector<Contact> out;
    for (int i = 0; i < 10; ++i) {
        const float side = (i % 2 == 0) ? 1.0f : -1.0f;
        const float phase = static_cast<float>(t) * 2.0f + static_cast<float>(i);
        const float x = side * (0.03f + 0.02f * static_cast<float>(i / 2) + 0.01f * std::cos(phase));
        const float z = 0.08f + 0.09f * static_cast<float>(i / 2) + 0.01f * std::sin(phase);
        out.push_back(test::contactOnTestSkin(x, z, 20.0f + 5.0f * std::sin(phase), kinds[i]));
    }
    return out;
}

// Times one call of f into t.
template <class F>
void measure(Timing& t, F&& f) {
    const std::clock_t cpu = std::clock();
    const auto wall = Clock::now();
    f();
    t.wallMs.push_back(std::chrono::duration<double, std::milli>(Clock::now() - wall).count());
    t.cpuMs.push_back(1000.0 * static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC);
}

}  // namespace

int main() {
    const Body body = test::makePressureTestSkin(300, 220);
    std::printf("skin: %zu vertices, %zu triangles\n", body.skin.positions.size(), body.skin.indices.size() / 3);

    {
        DoseIntegrator dose(body.skin);
        dose.advanceTo(0.0, tenContacts);
        Timing ms;
        for (int frame = 1; frame <= 600; ++frame) measure(ms, [&] { dose.advanceTo(frame / 60.0, tenContacts); });
        printFigure("frame: live + peak + dose, 10 contacts (target <= 0.5 ms)", ms);
    }
    {
        Timing ms;
        for (int run = 0; run < 5; ++run)
            measure(ms, [&] { computeRegionReport(body, tenContacts, 60.0, ThresholdTable::defaults()); });
        printFigure("report: 60 s, 10 contacts, 66k skin (target <= 1000 ms)", ms);
    }

    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        Timing ms;
        for (int run = 0; run < 3; ++run) measure(ms, [&] { generateBodyScene(size); });
        char name[96];
        std::snprintf(name, sizeof name, "body: generate the %s body (target <= 1000 ms)", bodySizeName(size));
        printFigure(name, ms);
    }

    Problems problems;
    const std::optional<Body> builtIn = Body::fromScene(generateBodyScene(BodySize::Female), "built-in", problems);
    const TechniqueLibrary library = loadShippedTechniques();
    if (!builtIn || !library.problems.empty()) {
        std::printf("built-in body or techniques failed to load:\n%s%s", formatProblems(problems).c_str(),
                    formatProblems(library.problems).c_str());
        return 1;
    }
    std::printf("built-in body: %zu skin vertices\n", builtIn->skin.positions.size());
    const Technique* longest = nullptr;
    double longestS = 0.0;
    for (const Technique& t : library.techniques) {
        StrokeEngine engine(t, *builtIn);
        if (engine.duration() > longestS) {
            longest = &t;
            longestS = engine.duration();
        }
        ContactSource source = [&](double s) { return engine.evaluate(s, PressureLevel::Firm).contacts; };
        Timing ms;
        for (int run = 0; run < 3; ++run)
            measure(ms, [&] { computeRegionReport(*builtIn, source, engine.duration(), ThresholdTable::defaults()); });
        char name[96];
        std::snprintf(name, sizeof name, "report: %s, %.0f s, firm (target <= 1000 ms)", t.id.c_str(), engine.duration());
        printFigure(name, ms);
    }
    if (longest) {
        TechniqueSession session(*longest, *builtIn, ThresholdTable::defaults(), PressureLevel::Firm);
        session.update(session.duration());
        const DoseIntegrator& dose = session.dose();
        Timing ms;
        const double intervalS = static_cast<double>(dose.checkpointInterval()) / dose.sampleHz();
        const double halfSampleS = 0.5 / dose.sampleHz();
        for (std::size_t k = 1; k <= dose.checkpointCount(); ++k) {
            session.update(session.duration());
            const double beforeCheckpointS = static_cast<double>(k) * intervalS - halfSampleS;
            measure(ms, [&] { session.update(beforeCheckpointS); });
        }
        char name[128];
        std::snprintf(name, sizeof name, "scrub back: %s, %.0f s, firm, %zu checkpoints, %.2f MB (target <= 60 ms)",
                      longest->id.c_str(), session.duration(), dose.checkpointCount(), dose.checkpointBytes() / 1e6);
        if (!ms.wallMs.empty()) printFigure(name, ms);
    }
    return 0;
}
