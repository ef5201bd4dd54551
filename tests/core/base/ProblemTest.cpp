#include "core/base/Problem.h"
#include "core/body/Region.h"

#include <catch2/catch.hpp>

using namespace backrub;

TEST_CASE("Problem prints as FILE: LOCATION: message", "[problem]") {
    Problem p{"model.glb", "/accessors/2/count", "count 7 exceeds bufferView 1 (12 bytes)"};
    CHECK(p.str() == "model.glb: /accessors/2/count: count 7 exceeds bufferView 1 (12 bytes)");
    CHECK(formatProblems({p, p}) == p.str() + "\n" + p.str() + "\n");
}

TEST_CASE("Region ids round-trip and mirror", "[region]") {
    for (int i = 0; i < kRegionCount; ++i) {
        auto r = static_cast<Region>(i);
        auto back = regionFromId(regionId(r));
        REQUIRE(back.has_value());
        CHECK(*back == r);
        CHECK(mirrorRegion(mirrorRegion(r)) == r);
    }
    CHECK(mirrorRegion(Region::KidneyL) == Region::KidneyR);
    CHECK(mirrorRegion(Region::SpineLine) == Region::SpineLine);
    CHECK_FALSE(regionFromId("elbow").has_value());
    CHECK(isOverlayRegion(Region::ParaspinalL));
    CHECK_FALSE(isOverlayRegion(Region::Lumbar));
}
