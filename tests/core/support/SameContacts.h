#pragma once
// Whether two techniques put the very same contacts on a body over their whole length:
// what a saved technique file must do to play exactly as the technique it was written from.
// Header-only: the test glob compiles *Test.cpp only.
#include "core/technique/StrokeEngine.h"

#include <catch2/catch.hpp>

namespace backrub::test {

inline void requireSameContacts(const Technique& a, const Technique& b, const Body& body) {
    const StrokeEngine ea(a, body), eb(b, body);
    REQUIRE(ea.duration() == eb.duration());
    for (int i = 0; i <= 60; ++i) {
        const double t = ea.duration() * i / 60.0;
        for (PressureLevel level : {PressureLevel::Gentle, PressureLevel::Firm}) {
            const StrokeEngine::Frame fa = ea.evaluate(t, level), fb = eb.evaluate(t, level);
            INFO("t = " << t << " s");
            REQUIRE(fa.contacts.size() == fb.contacts.size());
            for (std::size_t c = 0; c < fa.contacts.size(); ++c) {
                CHECK(fa.contacts[c].position == fb.contacts[c].position);
                CHECK(fa.contacts[c].forceN == fb.contacts[c].forceN);
            }
        }
    }
}

}  // namespace backrub::test
