// The shipped techniques on the generated anatomical body (both sizes): every
// landmark they name is there, contacts lie on the skin, hands do not jump.
#include "BodyTestScenes.h"

#include "core/body/Body.h"
#include "core/body/SkinQuery.h"
#include "core/technique/StrokeEngine.h"
#include "core/technique/TechniqueLoader.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace backrub;

TEST_CASE("Shipped techniques play on the generated body", "[stroke][body]") {
    for (BodySize size : {BodySize::Female, BodySize::Male}) {
        Problems bodyProblems;
        const std::optional<Body> body = Body::fromScene(test::bodyScene(size), bodySizeName(size), bodyProblems);
        INFO(formatProblems(bodyProblems));
        REQUIRE(body);
        const SkinQuery skin(body->skin);
        for (const auto& e : std::filesystem::directory_iterator(std::string(BACKRUB_SOURCE_DIR) + "/assets/techniques")) {
            if (e.path().extension() != ".json") continue;
            INFO(bodySizeName(size) << " " << e.path().filename().string());
            const TechniqueLoadResult r = loadTechniqueFile(e.path().string());
            REQUIRE(r.technique);
            const StrokeEngine engine(*r.technique, *body);
            INFO(formatProblems(engine.problems()));
            CHECK(engine.problems().empty());
            StrokeEngine::Frame prev = engine.evaluate(0.0, PressureLevel::Moderate);
            int jumps = 0, offSkin = 0, frames = 0, contacts = 0;
            double firstBad = -1.0;
            for (double t = 0.05; t <= engine.duration(); t += 0.05) {
                const StrokeEngine::Frame f = engine.evaluate(t, PressureLevel::Moderate);
                const int before = jumps + offSkin;
                for (int h = 0; h < 2; ++h) {
                    jumps += glm::length(f.hands[static_cast<std::size_t>(h)].wrist - prev.hands[static_cast<std::size_t>(h)].wrist) >= 0.1f;
                }
                if (++frames % 10 == 0) {
                    for (const Contact& c : f.contacts) offSkin += skin.closest(c.position).distance >= 0.001f;
                }
                contacts += static_cast<int>(f.contacts.size());
                if (firstBad < 0.0 && jumps + offSkin != before) firstBad = t;
                prev = f;
            }
            INFO("first problem at t = " << firstBad);
            CHECK(jumps == 0);
            CHECK(offSkin == 0);
            CHECK(contacts > frames);  // hands are on the body most of the time
        }
    }
}
