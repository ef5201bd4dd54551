#include "core/technique/TechniqueLibrary.h"
#include "core/session/HeatDisplay.h"
#include "core/session/TechniqueSession.h"
#include "core/hands/ContactWindow.h"

#include "ShippedOnSynthetic.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace backrub;
using test::maxOf;
using Fixture = test::ShippedOnSynthetic;

TEST_CASE("Session: a sliding trail window equals a fresh evaluation at every grid time", "[session]") {
    Fixture f;
    const Technique& t = f.technique("thumb-circles-lumbar");
    TechniqueSession sliding(t, f.body, ThresholdTable::defaults(), PressureLevel::Moderate);
    for (double now = 5.0; now < 9.0; now += 1.0 / 60.0) sliding.trails(now - 2.0, now, 0.05);  // warm the cache
    const auto cached = sliding.trails(7.0, 9.0, 0.05);
    TechniqueSession fresh(t, f.body, ThresholdTable::defaults(), PressureLevel::Moderate);
    const auto direct = fresh.trails(7.0, 9.0, 0.05);
    for (int hand = 0; hand < 2; ++hand) {
        REQUIRE(cached[hand].size() == direct[hand].size());
        REQUIRE(cached[hand].size() == 41);  // 7.00, 7.05, ..., 9.00
        for (std::size_t i = 0; i < cached[hand].size(); ++i) {
            CHECK(cached[hand][i].timeS == direct[hand][i].timeS);
            CHECK(cached[hand][i].position == direct[hand][i].position);
            CHECK(cached[hand][i].forceN == direct[hand][i].forceN);
        }
    }
    // A level change clears the cache: firm trails carry firm forces.
    sliding.setLevel(PressureLevel::Firm);
    TechniqueSession firm(t, f.body, ThresholdTable::defaults(), PressureLevel::Firm);
    CHECK(sliding.trails(7.0, 9.0, 0.05)[0].back().forceN == firm.trails(7.0, 9.0, 0.05)[0].back().forceN);
}

TEST_CASE("Session: playing to t and jumping to t give the same dose; a new level starts over", "[session]") {
    Fixture f;
    const Technique& t = f.technique("spine-line");
    TechniqueSession played(t, f.body, ThresholdTable::defaults(), PressureLevel::Moderate);
    for (double now = 0.0; now <= 20.0; now += 1.0 / 30.0) played.update(now);
    played.update(20.0);
    TechniqueSession jumped(t, f.body, ThresholdTable::defaults(), PressureLevel::Moderate);
    jumped.update(20.0);
    CHECK(played.dose().dose() == jumped.dose().dose());
    CHECK(heatValues(played, HeatMode::Live) == heatValues(jumped, HeatMode::Live));
    CHECK(maxOf(jumped.dose().dose()) > 0.0f);

    const float moderateLive = maxOf(heatValues(jumped, HeatMode::Live));
    jumped.setLevel(PressureLevel::Firm);
    CHECK(maxOf(jumped.dose().dose()) == 0.0f);  // nothing accumulated at the new level yet
    jumped.update(20.0);
    CHECK(maxOf(heatValues(jumped, HeatMode::Live)) > moderateLive);
}

TEST_CASE("Session: scrubbing back and forth gives exactly what playing gives, warnings included", "[session]") {
    Fixture f;
    const Technique& t = f.technique("thumb-walk-down");
    const PressureLevel level = PressureLevel::Firm;
    // A sensitive receiver (thresholds a quarter of the defaults), so the thumbs
    // warn several times, warnings opening and closing between checkpoints.
    ThresholdTable sensitive = ThresholdTable::defaults();
    for (int r = 1; r < kRegionCount; ++r) {
        RegionThreshold threshold = sensitive.get(static_cast<Region>(r));
        threshold.pptKPa *= 0.25f;
        threshold.safeLimitKPa *= 0.25f;
        sensitive.set(static_cast<Region>(r), threshold);
    }
    // Gaps over 1 s split a warning here (3 s by default), so warnings open and close often.
    SafetyOptions safety;
    safety.mergeGapS = 1.0;
    const ContactAreas areas = ContactAreas::defaults();
    TechniqueSession scrubbed(t, f.body, sensitive, level, areas, safety);
    scrubbed.update(30.0);
    REQUIRE(scrubbed.dose().checkpointCount() == 15);
    // Six episodes over the mid back's pain threshold, half of them long enough to be listed.
    REQUIRE(scrubbed.safety().state().episodes.size() >= 5);
    REQUIRE(scrubbed.safety().warnings().size() >= 2);
    auto requireAsPlayed = [&](double timeS, const TechniqueSession& played) {
        CAPTURE(timeS);
        REQUIRE(scrubbed.time() == played.time());
        REQUIRE(scrubbed.dose().live() == played.dose().live());
        REQUIRE(scrubbed.dose().peak() == played.dose().peak());
        REQUIRE(scrubbed.dose().dose() == played.dose().dose());
        REQUIRE(scrubbed.dose().afterglow() == played.dose().afterglow());
        REQUIRE(scrubbed.safety().warnings() == played.safety().warnings());
        REQUIRE(scrubbed.safety().state().episodes == played.safety().state().episodes);  // brushes too
    };
    // Across several checkpoints, within one interval, onto a checkpoint, to 0, and back and forth.
    for (double now : {12.34, 29.5, 20.0, 0.0, 25.0, 18.5, 18.4, 30.0, 15.3, 7.77}) {
        scrubbed.update(now);
        TechniqueSession played(t, f.body, sensitive, level, areas, safety);
        played.update(now);  // every sample from 0, as played
        requireAsPlayed(now, played);
    }
    // And frame by frame, as the viewer plays.
    TechniqueSession played(t, f.body, sensitive, level, areas, safety);
    for (double now = 0.0; now < 21.0; now += 1.0 / 30.0) played.update(now);
    played.update(21.0);
    scrubbed.update(21.0);
    REQUIRE(played.safety().state().episodes.size() >= 3);
    REQUIRE(played.safety().warnings().size() >= 2);
    requireAsPlayed(21.0, played);

    // A new level drops the checkpoints: scrubbing there is that level's own.
    scrubbed.setLevel(PressureLevel::Moderate);
    CHECK(scrubbed.dose().checkpointCount() == 0);
    CHECK(scrubbed.safety().warnings().empty());
    scrubbed.update(20.0);
    scrubbed.update(9.0);
    TechniqueSession moderate(t, f.body, sensitive, PressureLevel::Moderate, areas, safety);
    moderate.update(9.0);
    requireAsPlayed(9.0, moderate);
}

TEST_CASE("Session: heat values and legends per mode", "[session]") {
    Fixture f;
    TechniqueSession s(f.technique("thumb-circles-lumbar"), f.body, ThresholdTable::defaults(), PressureLevel::Moderate);
    s.update(20.0);
    CHECK(heatValues(s, HeatMode::Off).empty());
    const auto live = heatValues(s, HeatMode::Live);
    const auto percent = heatValues(s, HeatMode::Threshold);
    const auto ppt = ThresholdTable::defaults().perVertexPptKPa(f.body.skin);
    REQUIRE(live.size() == percent.size());
    for (std::size_t i = 0; i < live.size(); ++i) CHECK(percent[i] == Approx(100.0f * live[i] / ppt[i]));
    // The live scale is fixed for the technique: the same at any time.
    const Legend a = heatLegend(s, HeatMode::Live, ColorMapId::Viridis);
    s.update(40.0);
    const Legend b = heatLegend(s, HeatMode::Live, ColorMapId::Viridis);
    CHECK(a.maxValue == b.maxValue);
    CHECK(a.maxValue >= maxOf(live));
    CHECK(heatLegend(s, HeatMode::Cumulative, ColorMapId::Viridis).maxValue >= maxOf(s.dose().dose()));
    CHECK(heatLegend(s, HeatMode::Threshold, ColorMapId::Viridis).unit == "%");
}

TEST_CASE("Session: live heat fades out behind the hands; threshold heat follows it", "[session]") {
    Fixture f;
    TechniqueSession s(f.technique("thumb-circles-lumbar"), f.body, ThresholdTable::defaults(), PressureLevel::Moderate);
    const auto ppt = ThresholdTable::defaults().perVertexPptKPa(f.body.skin);
    const float scale = heatLegend(s, HeatMode::Live, ColorMapId::Viridis).maxValue;
    int belowLive = 0, percentOff = 0, trail = 0;
    float highest = 0.0f;
    for (double now = 10.0; now <= 14.0; now += 1.0 / 60.0) {
        s.update(now);
        const auto heat = heatValues(s, HeatMode::Live);
        const auto percent = heatValues(s, HeatMode::Threshold);
        const auto& live = s.dose().live();  // what safety warnings and reports see
        REQUIRE(heat == s.dose().afterglow());
        REQUIRE(heat.size() == live.size());
        for (std::size_t i = 0; i < heat.size(); ++i) {
            if (heat[i] < live[i]) ++belowLive;
            if (percent[i] != Approx(100.0f * heat[i] / ppt[i])) ++percentOff;
            if (heat[i] > 0.0f && live[i] == 0.0f) ++trail;
        }
        highest = std::max(highest, maxOf(heat));
    }
    CHECK(belowLive == 0);
    CHECK(percentOff == 0);
    CHECK(trail > 0);  // skin beside the thumbs shows heat while nothing presses it
    // The live legend is unchanged and still holds the fading values.
    CHECK(heatLegend(s, HeatMode::Live, ColorMapId::Viridis).maxValue == scale);
    CHECK(highest > 0.0f);
    CHECK(highest <= scale);
}

TEST_CASE("Session: one contact-area table drives the heat, the hands' windows and the legend", "[session]") {
    // A thumb pad four times as large must spread the same force thinner everywhere
    // the area is read: live pressure, the see-through window and the live scale.
    Fixture f;
    const Technique& t = f.technique("thumb-circles-lumbar");
    ContactAreas wide = ContactAreas::defaults();
    wide.cm2[static_cast<std::size_t>(ContactKind::ThumbPad)] *= 4.0f;
    TechniqueSession usual(t, f.body, ThresholdTable::defaults(), PressureLevel::Moderate);
    TechniqueSession widened(t, f.body, ThresholdTable::defaults(), PressureLevel::Moderate, wide);

    double pressing = -1.0;
    for (double s = 0.5; s < usual.duration() && pressing < 0.0; s += 0.5) {
        usual.update(s);
        for (const Contact& c : usual.frame().contacts)
            if (c.kind == ContactKind::ThumbPad && c.forceN > 0.0f) pressing = s;
    }
    REQUIRE(pressing > 0.0);
    usual.update(pressing);
    widened.update(pressing);

    const auto firstThumb = [](const TechniqueSession& session) {
        for (const Contact& c : session.frame().contacts)
            if (c.kind == ContactKind::ThumbPad) return c;
        FAIL("no thumb contact");
        return Contact{};
    };
    const Contact a = firstThumb(usual);
    const Contact b = firstThumb(widened);
    CHECK(b.areaCm2 == Approx(4.0f * a.areaCm2));
    CHECK(contactWindows({b}).front().radius > contactWindows({a}).front().radius);
    CHECK(maxOf(usual.dose().live()) > 2.0f * maxOf(widened.dose().live()));
    CHECK(widened.livePeakScaleKPa() < 0.5f * usual.livePeakScaleKPa());
    CHECK(heatLegend(widened, HeatMode::Live, ColorMapId::Viridis, LiveScale::Technique).maxValue <
          heatLegend(usual, HeatMode::Live, ColorMapId::Viridis, LiveScale::Technique).maxValue);
}
