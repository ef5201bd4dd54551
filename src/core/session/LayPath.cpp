#include "core/session/LayPath.h"

#include "core/pressure/ContactArea.h"

#include <algorithm>

namespace backrub {
namespace {

// N/cm^2 of the firmest contact at moderate pressure: a ranking, not a pressure field
// (fingers share their force, so finger kinds rank a little firmer than they press).
float firmestTouch(const Technique& t, const ContactAreas& areas) {
    float most = 0.0f;
    for (const Step& s : t.steps)
        for (const Action& a : s.actions) {
            Contact c;
            c.kind = a.contact;
            most = std::max(most, a.forceN.moderateN / areas.areaCm2(c));
        }
    return most;
}

}  // namespace

std::vector<const Technique*> partnerTechniques(const TechniqueLibrary& library) {
    std::vector<const Technique*> out;
    for (const Technique& t : library.techniques)
        if (t.level == TechniqueLevel::Beginner && t.position != ReceiverPosition::Self) out.push_back(&t);
    return out;
}

const Technique* partnerFirstTechnique(const TechniqueLibrary& library) {
    const ContactAreas areas = ContactAreas::defaults();
    const Technique* best = nullptr;
    float bestTouch = 0.0f;
    for (const Technique* t : partnerTechniques(library)) {
        const float touch = firmestTouch(*t, areas);
        if (!best || touch < bestTouch) {
            best = t;
            bestTouch = touch;
        }
    }
    return best;
}

void chooseAudience(Audience audience, const TechniqueLibrary& library, ViewerState& state, ViewSettings& view) {
    state.chooserOpen = false;
    state.guided = false;
    state.allControls = true;
    if (audience == Audience::Learn) view.showLabels = true;
    if (audience != Audience::Partner) return;
    if (const Technique* first = partnerFirstTechnique(library)) state.techniqueId = first->id;
    state.level = PressureLevel::Gentle;
    resumeAudience(audience, state);
}

void resumeAudience(Audience audience, ViewerState& state) {
    if (audience != Audience::Partner) return;
    state.guided = true;
    state.allControls = false;
    state.level = allowedLevel(state, state.level);
}

PressureLevel allowedLevel(const ViewerState& state, PressureLevel wanted) {
    if (state.allControls || int(wanted) <= int(kLayMaxLevel)) return wanted;
    return kLayMaxLevel;
}

bool guidedFinished(const ViewerState& state, const Playback& playback) {
    return state.guided && !playback.playing() && playback.atEnd();
}

}  // namespace backrub
