#include "core/session/CaptionText.h"

#include <catch2/catch.hpp>

using namespace backrub;

TEST_CASE("The caption's clock reads minutes and seconds", "[caption]") {
    CHECK(clockText(0.0) == "0:00");
    CHECK(clockText(65.9) == "1:05");
    CHECK(clockText(70.0) == "1:10");
    CHECK(clockText(600.0) == "10:00");
    CHECK(clockText(-3.0) == "0:00");
    CHECK(clockText(std::nan("")) == "0:00");
}

TEST_CASE("The caption says where playback is, of how long, and how fast", "[caption]") {
    CHECK(captionProgress(42.3, 70.0, 1.0, true) == "0:42 of 1:10, speed 1x");
    CHECK(captionProgress(0.0, 70.0, 0.25, true) == "0:00 of 1:10, speed 0.25x");
    CHECK(captionProgress(70.0, 70.0, 4.0, false) == "1:10 of 1:10, speed 4x, paused");
}

TEST_CASE("The caption names an active warning, and only when one is active", "[caption]") {
    CHECK(captionWarning({}).empty());
    SafetyWarning care;
    care.kind = WarningKind::CareZone;
    care.region = Region::SpineLine;
    care.peakKPa = 182.4f;
    care.limitKPa = 50.0f;
    care.landmark = "L3";
    const std::string one = captionWarning({care});
    CHECK(one == std::string("Warning: peak 182 kPa on ") + regionName(Region::SpineLine) +
                     " near L3, over its safe limit of 50 kPa");
    SafetyWarning pain;
    pain.kind = WarningKind::PainThreshold;
    pain.region = Region::Lumbar;
    pain.peakKPa = 400.0f;
    pain.limitKPa = 350.0f;
    const std::string two = captionWarning({pain, care});
    CHECK_THAT(two, Catch::StartsWith("Warning: peak 400 kPa on"));
    CHECK_THAT(two, Catch::Contains("over its pain threshold of 350 kPa (+1 more)"));
}
