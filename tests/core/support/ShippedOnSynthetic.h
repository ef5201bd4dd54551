#pragma once
// The shipped techniques on the synthetic body, for session tests, and the
// largest of a set of per-vertex values.
#include "core/technique/TechniqueLibrary.h"

#include "SyntheticBody.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace backrub::test {

struct ShippedOnSynthetic {
    Body body = makeSyntheticBody();
    TechniqueLibrary library = loadShippedTechniques();
    const Technique& technique(const std::string& id) {
        const Technique* t = library.find(id);
        REQUIRE(t != nullptr);
        return *t;
    }
};

inline float maxOf(const std::vector<float>& v) { return v.empty() ? 0.0f : *std::max_element(v.begin(), v.end()); }

}  // namespace backrub::test
