#include "core/technique/EverydayForce.h"

#include <catch2/catch.hpp>

using namespace backrub;

TEST_CASE("Everyday force: newtons as the mass whose weight they are", "[technique]") {
    CHECK(forceAsKg(9.80665f) == Approx(1.0f));
    CHECK(forceAsKg(0.0f) == 0.0f);
    CHECK(forceAsKg(-3.0f) == 0.0f);
    CHECK(forceAsKg(std::nanf("")) == 0.0f);
    // Monotonic: a firmer press never reads as a lighter weight.
    float last = 0.0f;
    for (float n = 0.0f; n < 300.0f; n += 0.5f) {
        CHECK(forceAsKg(n) >= last);
        last = forceAsKg(n);
    }
}

TEST_CASE("Everyday force: masses rounded as a person says them", "[technique]") {
    CHECK(roundedMass(0.1f) == "50 g");         // 10 g: never "0 g"
    CHECK(roundedMass(4.0f) == "400 g");        // 0.41 kg, a gentle finger press
    CHECK(roundedMass(8.0f) == "800 g");        // 0.82 kg
    CHECK(roundedMass(9.80665f) == "1.0 kg");
    CHECK(roundedMass(12.0f) == "1.2 kg");
    CHECK(roundedMass(30.0f) == "3 kg");        // 3.06 kg
    CHECK(roundedMass(35.0f) == "3.5 kg");      // 3.57 kg
    CHECK(roundedMass(200.0f) == "20 kg");
}

TEST_CASE("Everyday force: a sentence for the lay user and a scale to try it on", "[technique]") {
    CHECK(everydayForce(8.0f, ContactKind::ThumbPad) == "about the weight of 800 g on the thumb");
    CHECK(kitchenScaleTip(12.0f, ContactKind::Palm) == "press a kitchen scale with the palm until it shows 1.2 kg");
}
