#include "core/base/EnumTable.h"

#include <catch2/catch.hpp>

using namespace backrub;

namespace {
enum class Fruit { Apple, Pear, Plum };
constexpr std::array<EnumRow<Fruit>, 3> kFruits{{
    {Fruit::Apple, "apple", "Apple", 'a'},
    {Fruit::Pear, "pear", "Pear", 'p'},
    {Fruit::Plum, "plum", "Plum"},
}};
}  // namespace

TEST_CASE("Enum tables: ids round-trip and unknown ids are refused", "[base]") {
    for (const auto& row : kFruits) {
        CHECK(enumFromId(kFruits, enumId(kFruits, row.value)) == row.value);
        CHECK(std::string(enumLabel(kFruits, row.value)) == row.label);
    }
    CHECK_FALSE(enumFromId(kFruits, "Apple"));  // ids are exact
    CHECK_FALSE(enumFromId(kFruits, ""));
}

TEST_CASE("Enum tables: cycling wraps, stepping holds at the ends", "[base]") {
    CHECK(enumCycle(kFruits, Fruit::Plum, 1) == Fruit::Apple);
    CHECK(enumCycle(kFruits, Fruit::Apple, -1) == Fruit::Plum);
    CHECK(enumCycle(kFruits, Fruit::Pear, 3) == Fruit::Pear);
    CHECK(enumStep(kFruits, Fruit::Plum, 1) == Fruit::Plum);
    CHECK(enumStep(kFruits, Fruit::Apple, -1) == Fruit::Apple);
    CHECK(enumStep(kFruits, Fruit::Apple, 1) == Fruit::Pear);
}

TEST_CASE("Enum tables: keys, and the lists for usage lines and messages", "[base]") {
    CHECK(enumFromKey(kFruits, 'p') == Fruit::Pear);
    CHECK_FALSE(enumFromKey(kFruits, 0));  // rows without a key never match
    CHECK_FALSE(enumFromKey(kFruits, 'x'));
    CHECK(enumIdsJoined(kFruits) == "apple|pear|plum");
    CHECK(enumIdsInWords(kFruits) == "apple, pear or plum");
    CHECK(enumIds(kFruits) == std::vector<std::string>{"apple", "pear", "plum"});
}
