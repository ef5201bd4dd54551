#include "core/base/JsonGuard.h"

#include <catch2/catch.hpp>

#include <string>

using namespace backrub;

namespace {

Problems problemsOf(const std::string& text, int maxDepth = 32) {
    JsonLimits limits;
    limits.maxDepth = maxDepth;
    Problems problems;
    parseJsonGuarded(text, "f.json", limits, problems);
    return problems;
}

}  // namespace

TEST_CASE("Guarded JSON names each problem by pointer or by line and column", "[json]") {
    const std::string deep = "{\"a\": {\"b/c\": [[1]]}}";
    REQUIRE(problemsOf(deep, 3).size() == 1);
    CHECK(problemsOf(deep, 3)[0].str() == "f.json: /a/b~1c/0: nested deeper than 3 levels");
    CHECK(problemsOf(deep, 4).empty());

    const Problems dup = problemsOf("{\"a\": [{\"k\": 1, \"k\": 2}]}");
    REQUIRE(dup.size() == 1);
    CHECK(dup[0].str() == "f.json: /a/0/k: duplicate key \"k\" (keys must be unique within an object)");

    const Problems syntax = problemsOf("{\n  \"a\": 1,,\n}");
    REQUIRE(syntax.size() == 1);
    CHECK(syntax[0].location == "line 2, column 10");
    CHECK_THAT(syntax[0].message, Catch::StartsWith("invalid JSON: syntax error while parsing object key"));

    const Problems overflow = problemsOf("{\"a\": \"1e999\",\n \"b\": [0, 1e999]}");
    REQUIRE(overflow.size() == 1);
    CHECK(overflow[0].str() == "f.json: line 2, column 11: number overflow parsing '1e999'");
}

TEST_CASE("Guarded JSON lists a bounded number of duplicate keys", "[json]") {
    std::string text = "{";
    for (int i = 0; i < 1000; ++i) text += "\"k\": 1, ";
    text += "\"z\": 0}";
    Problems problems;
    const std::optional<nlohmann::json> doc = parseJsonGuarded(text, "f.json", JsonLimits{}, problems);
    CHECK(doc.has_value());  // still returned, so that other problems can be found
    CHECK(problems.size() == 50);
}
