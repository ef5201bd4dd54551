#include "core/session/StructureSearch.h"

#include "BodyTestScenes.h"

#include <catch2/catch.hpp>

using namespace backrub;

TEST_CASE("Structure search: typed words find the bones and muscles of the generated body", "[session]") {
    const SceneData& scene = test::bodyScene(BodySize::Female);
    const auto lat = findStructures(scene, "LAT dorsi");
    REQUIRE(lat.size() == 2);  // left and right, case-insensitive, every word must match
    for (const StructureMatch& m : lat) CHECK(m.name.find("Latissimus dorsi") == 0);
    CHECK(lat[0].name < lat[1].name);  // sorted by name
    const auto l4 = findStructures(scene, "l4");
    REQUIRE_FALSE(l4.empty());
    CHECK(l4.front().name.find("L4") != std::string::npos);
    // The match's centre lies inside the body's bounds, near its own mesh.
    CHECK(l4.front().centre.z < lat[0].centre.z + 0.5f);
    CHECK(findStructures(scene, "").empty());
    CHECK(findStructures(scene, "   ").empty());
    CHECK(findStructures(scene, "no such thing").empty());
    CHECK(findStructures(scene, "skin").empty());  // only bones and muscles
    CHECK(findStructures(scene, "a", 3).size() == 3);
}
