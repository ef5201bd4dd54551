// Technique-level checks: each shipped technique loads the regions its narration
// names, on the built-in body, through the stroke engine and the pressure model.
#include "core/body/Body.h"
#include "core/bodygen/BodyModel.h"
#include "core/pressure/RegionReport.h"
#include "core/technique/StrokeEngine.h"
#include "core/technique/TechniqueLibrary.h"

#include <catch2/catch.hpp>

using namespace backrub;

namespace {

const Body& builtInBody() {
    static const Body body = [] {
        Problems problems;
        std::optional<Body> b = Body::fromScene(generateBodyScene(BodySize::Female), "built-in", problems);
        INFO(formatProblems(problems));
        REQUIRE(b.has_value());
        return std::move(*b);
    }();
    return body;
}

const TechniqueLibrary& library() {
    static const TechniqueLibrary lib = loadShippedTechniques();
    return lib;
}

RegionReport reportFor(const std::string& id, PressureLevel level) {
    const Technique* t = library().find(id);
    INFO(id);
    REQUIRE(t != nullptr);
    StrokeEngine engine(*t, builtInBody());
    ContactSource source = [&](double s) { return engine.evaluate(s, level).contacts; };
    return computeRegionReport(builtInBody(), source, engine.duration(), ThresholdTable::defaults());
}

double share(const RegionReport& r, Region region) { return r.find(region)->doseShare; }

bool hasCareWarning(const RegionReport& r, Region region) {
    for (const SafetyWarning& w : r.warnings)
        if (w.kind == WarningKind::CareZone && w.region == region) return true;
    return false;
}

}  // namespace

TEST_CASE("Every shipped technique's force lands on the built-in skin", "[pressure][technique]") {
    REQUIRE(library().problems.empty());
    for (const Technique& t : library().techniques) {
        INFO(t.id);
        StrokeEngine engine(t, builtInBody());
        PressureField field(builtInBody().skin);
        for (int i = 0; i <= 20; ++i) {
            field.setContacts(engine.evaluate(engine.duration() * i / 20.0, PressureLevel::Moderate).contacts);
            CHECK(field.unappliedContacts() == 0);
            CHECK(field.appliedForceN() == Approx(field.requestedForceN()).epsilon(0.03).margin(1e-6));
        }
    }
}

TEST_CASE("Thumb circles load the lumbar region and the paraspinals", "[pressure][technique]") {
    const RegionReport r = reportFor("thumb-circles-lumbar", PressureLevel::Moderate);
    // Lumbar takes the largest share of the base regions.
    for (const RegionFigures& f : r.regions)
        if (!isOverlayRegion(f.region) && f.region != Region::Lumbar) CHECK(f.doseShare < share(r, Region::Lumbar));
    CHECK(share(r, Region::ParaspinalL) > 0.2);
    CHECK(share(r, Region::ParaspinalR) > 0.2);
    CHECK(r.find(Region::ParaspinalL)->doseKPaS == Approx(r.find(Region::ParaspinalR)->doseKPaS).epsilon(0.05));
    CHECK(reportFor("thumb-circles-lumbar", PressureLevel::Gentle).warnings.empty());
}

TEST_CASE("Knees to chest loads the outer thighs and the glutes", "[pressure][technique]") {
    const RegionReport r = reportFor("knees-to-chest-glutes", PressureLevel::Moderate);
    for (Region region : {Region::OuterThighL, Region::OuterThighR, Region::GlutealL, Region::GlutealR}) {
        INFO(regionId(region));
        CHECK(share(r, region) > 0.1);
        CHECK(r.find(region)->contactS > 5.0);
    }
    CHECK(share(r, Region::OuterThighL) + share(r, Region::OuterThighR) + share(r, Region::GlutealL) +
              share(r, Region::GlutealR) >
          0.9);
}

TEST_CASE("Spine line: thumbs two fingers out from the spine stay off the bone at every level", "[pressure][technique]") {
    // The technique walks the thumbs 2 cm from the midline; the spine-line zone is the
    // spinous tips and a margin, 1 cm each side (docs/sources.md, "Care zones"). So no
    // level raises a warning over bone, and the thumbs' load lands beside the spine.
    for (PressureLevel level : {PressureLevel::Gentle, PressureLevel::Moderate, PressureLevel::Firm}) {
        INFO(pressureLevelId(level));
        const RegionReport r = reportFor("spine-line", level);
        CHECK_FALSE(hasCareWarning(r, Region::SpineLine));
        CHECK(r.find(Region::ParaspinalL)->contactS > 10.0);
        CHECK(r.find(Region::ParaspinalR)->contactS > 10.0);
    }
}
