#include "core/body/StructureInfo.h"

#include <catch2/catch.hpp>

using namespace backrub;

TEST_CASE("Structures get anatomists' names and descriptions", "[structure]") {
    CHECK(describeStructure("vertebra_L4").name == "L4 vertebra");
    CHECK_THAT(describeStructure("vertebra_L4").description, Catch::Contains("Lumbar"));
    CHECK_THAT(describeStructure("vertebra_C7").description, Catch::Contains("C7"));
    CHECK(describeStructure("rib_L11").name == "Rib 11 (left)");
    CHECK_THAT(describeStructure("rib_R12").description, Catch::Contains("floating"));
    CHECK_THAT(describeStructure("rib_R5").description, Catch::Contains("breastbone"));
    CHECK(describeStructure("erector_spinae_R").name == "Erector spinae (right)");
    CHECK(describeStructure("scapula_L").name == "Scapula (left)");
    CHECK(describeStructure("sacrum").name == "Sacrum");
    CHECK(describeStructure("my_custom_node").name == "My custom node");
    CHECK(describeStructure("my_custom_node").description.empty());
    CHECK(describeStructure("").name.empty());
}

TEST_CASE("Landmark ids read as labels", "[structure]") {
    CHECK(landmarkLabel("iliac_crest_L") == "Iliac crest (left)");
    CHECK(landmarkLabel("PSIS_R") == "PSIS (right)");
    CHECK(landmarkLabel("scapular_spine_L") == "Scapular spine (left)");
    CHECK(landmarkLabel("scapula_inferior_angle_R") == "Scapula, inferior angle (right)");
    CHECK(landmarkLabel("greater_trochanter_L") == "Greater trochanter (left)");
    CHECK(landmarkLabel("T4") == "T4");
    CHECK(landmarkLabel("S1") == "S1");
    CHECK(landmarkLabel("coccyx") == "Coccyx");
}
