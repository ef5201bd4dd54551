#include "core/view/Refinement.h"

#include <catch2/catch.hpp>

using namespace backrub;

TEST_CASE("refinement: the first frame and every changed frame are drawn fast", "[refinement]") {
    RefinementPolicy policy(0.25);
    CHECK(policy.next(false, 0.0) == ScenePass::Interactive);  // nothing drawn yet
    CHECK(policy.next(true, 0.016) == ScenePass::Interactive);
    CHECK(policy.next(true, 1.0) == ScenePass::Interactive);   // playing: never refined
    CHECK(policy.next(true, 5.0) == ScenePass::Interactive);
}

TEST_CASE("refinement: a still picture is refined once after the settle time, then reused", "[refinement]") {
    RefinementPolicy policy(0.25);
    CHECK(policy.next(true, 0.0) == ScenePass::Interactive);
    CHECK(policy.next(false, 0.1) == ScenePass::Reuse);   // not settled yet: keep the fast image
    CHECK(policy.next(false, 0.24) == ScenePass::Reuse);
    CHECK(policy.next(false, 0.25) == ScenePass::Still);
    for (double t = 0.3; t < 3.0; t += 0.1) CHECK(policy.next(false, t) == ScenePass::Reuse);
}

TEST_CASE("refinement: a change after refining starts over", "[refinement]") {
    RefinementPolicy policy(0.25);
    policy.next(true, 0.0);
    REQUIRE(policy.next(false, 0.5) == ScenePass::Still);
    CHECK(policy.next(true, 0.6) == ScenePass::Interactive);
    CHECK(policy.next(false, 0.7) == ScenePass::Reuse);
    CHECK(policy.next(false, 0.85) == ScenePass::Still);
}

TEST_CASE("refinement: invalidate draws again even when nothing changed", "[refinement]") {
    RefinementPolicy policy(0.25);
    policy.next(true, 0.0);
    REQUIRE(policy.next(false, 0.5) == ScenePass::Still);
    policy.invalidate();
    CHECK(policy.next(false, 0.6) == ScenePass::Interactive);
    CHECK(policy.next(false, 0.9) == ScenePass::Still);
}
