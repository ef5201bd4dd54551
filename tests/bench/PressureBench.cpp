// Timing figures for the pressure model (printed, never asserted: timing tests
// are flaky on shared machines). Build in Release and run `bench`.
//   frame:  live pressure + peak + dose over a 66k-vertex skin, 10 contacts, one 60 Hz frame
//   report: region report of a 60 s technique sampled at 60 Hz
#include "PressureTestSkin.h"
#include "core/DoseIntegrator.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>
#include <vector>

using namespace backrub;

namespace {

using Clock = std::chrono::steady_clock;

void printFigure(const char* name, std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    std::printf("%-58s median %8.3f ms   min %8.3f ms   max %8.3f ms   (n=%zu)\n", name, ms[ms.size() / 2], ms.front(),
                ms.back(), ms.size());
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

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

}  // namespace

int main() {
    const Body body = test::makePressureTestSkin(300, 220);
    std::printf("skin: %zu vertices, %zu triangles\n", body.skin.positions.size(), body.skin.indices.size() / 3);

    {
        DoseIntegrator dose(body.skin);
        dose.advanceTo(0.0, tenContacts);
        std::vector<double> ms;
        for (int frame = 1; frame <= 600; ++frame) {
            const auto start = Clock::now();
            dose.advanceTo(frame / 60.0, tenContacts);
            ms.push_back(msSince(start));
        }
        printFigure("frame: live + peak + dose, 10 contacts (target <= 0.5 ms)", ms);
    }
    return 0;
}
