#include "SyntheticBody.h"

#include "core/pressure/ContactArea.h"
#include "core/hands/HandSkeleton.h"
#include "core/technique/StrokeEngine.h"
#include "core/technique/TechniqueLoader.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>

using namespace backrub;

namespace {

const Body& syntheticBody() {
    static const Body body = test::makeSyntheticBody();
    return body;
}

Technique shipped(const std::string& id) {
    const std::string path = std::string(BACKRUB_SOURCE_DIR) + "/assets/techniques/" + id + ".json";
    TechniqueLoadResult r = loadTechniqueFile(path);
    INFO(formatProblems(r.problems));
    REQUIRE(r.technique);
    return *r.technique;
}

std::vector<std::string> shippedIds() {
    std::vector<std::string> ids;
    for (const auto& e : std::filesystem::directory_iterator(std::string(BACKRUB_SOURCE_DIR) + "/assets/techniques")) {
        if (e.path().extension() == ".json") ids.push_back(e.path().stem().string());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

// Distance from p to the skin by brute force over nearby triangles (independent of SkinQuery).
float bruteDistanceToSkin(const SkinSurface& skin, const glm::vec3& p) {
    float best = std::numeric_limits<float>::max();
    for (std::size_t t = 0; t + 2 < skin.indices.size(); t += 3) {
        const glm::vec3 a = skin.positions[skin.indices[t]];
        if (glm::length(a - p) > 0.05f) continue;
        const glm::vec3 b = skin.positions[skin.indices[t + 1]], c = skin.positions[skin.indices[t + 2]];
        const glm::vec3 n = glm::normalize(glm::cross(b - a, c - a));
        const glm::vec3 q = p - glm::dot(p - a, n) * n;  // onto the plane
        const glm::vec3 w0 = glm::cross(b - a, q - a), w1 = glm::cross(c - b, q - b), w2 = glm::cross(a - c, q - c);
        const bool inside = glm::dot(w0, n) >= -1e-9f && glm::dot(w1, n) >= -1e-9f && glm::dot(w2, n) >= -1e-9f;
        if (inside) best = std::min(best, std::fabs(glm::dot(p - a, n)));
        best = std::min({best, glm::length(p - a), glm::length(p - b), glm::length(p - c)});
    }
    return best;
}

float handForce(const StrokeEngine::Frame& f, HandSide side) {
    float sum = 0.0f;
    for (const Contact& c : f.contacts) sum += c.hand == side ? c.forceN : 0.0f;
    return sum;
}

const Contact* firstContact(const StrokeEngine::Frame& f, HandSide side) {
    const HandPose& h = f.hands[side == HandSide::Left ? 0 : 1];
    return h.contactCount > 0 ? &f.contacts[static_cast<std::size_t>(h.firstContact)] : nullptr;
}

constexpr PressureLevel kLevels[] = {PressureLevel::Gentle, PressureLevel::Moderate, PressureLevel::Firm};

}  // namespace

TEST_CASE("Eight shipped techniques validate with their ids", "[technique]") {
    const std::vector<std::string> expected = {"circular-kneading",    "finger-circles-up",       "hand-placement",
                                               "knees-to-chest-glutes", "self-massage-lower-back", "spine-line",
                                               "thumb-circles-lumbar",  "thumb-walk-down"};
    CHECK(shippedIds() == expected);
    for (const std::string& id : shippedIds()) {
        INFO(id);
        const Technique t = shipped(id);
        CHECK(t.id == id);
        CHECK_FALSE(t.notes.empty());
        CHECK(t.durationS() > 20.0);
    }
}

TEST_CASE("Every shipped technique plays end to end: contacts on the skin, continuous, deterministic", "[stroke]") {
    const Body& body = syntheticBody();
    for (const std::string& id : shippedIds()) {
        INFO(id);
        const Technique t = shipped(id);
        const StrokeEngine engine(t, body);
        CHECK(engine.problems().empty());
        CHECK(engine.duration() == Approx(t.durationS()));
        float maxForce = 0.0f;
        for (const Step& s : t.steps)
            for (const Action& a : s.actions) maxForce = std::max(maxForce, a.forceN.firmN);
        for (PressureLevel level : kLevels) {
            INFO(pressureLevelId(level));
            StrokeEngine::Frame prev = engine.evaluate(0.0, level);
            int checked = 0;
            int jumps = 0, forceJumps = 0, badContacts = 0, offSkin = 0;
            double firstBad = -1.0;
            for (double time = 0.02; time <= engine.duration(); time += 0.02) {
                const StrokeEngine::Frame f = engine.evaluate(time, level);
                const int before = jumps + forceJumps + badContacts + offSkin;
                for (int h = 0; h < 2; ++h) {
                    const HandPose& a = prev.hands[static_cast<std::size_t>(h)];
                    const HandPose& b = f.hands[static_cast<std::size_t>(h)];
                    jumps += glm::length(b.wrist - a.wrist) >= 0.05f;  // no jumps: below 2.5 m/s
                    const HandSide side = h == 0 ? HandSide::Left : HandSide::Right;
                    forceJumps += std::fabs(handForce(f, side) - handForce(prev, side)) >= 0.15f * maxForce + 1e-4f;
                    badContacts += b.contactCount > 0 && !b.touching;
                }
                for (const Contact& c : f.contacts) {
                    const bool finite = std::isfinite(c.position.x + c.position.y + c.position.z);
                    const bool outward = glm::dot(c.normal, glm::normalize(glm::vec3(c.position.x, c.position.y, 0.0f))) > 0.5f;
                    // Each contact's area is the pressure field's, from the one ContactAreas table.
                    const bool tableArea = c.areaCm2 == ContactAreas::defaults().areaCm2(c);
                    badContacts += !finite || c.forceN < 0.0f || !tableArea || !outward;
                }
                // The brute-force check is slow: sample one frame in 25.
                if (level == PressureLevel::Moderate && ++checked % 25 == 0) {
                    for (const Contact& c : f.contacts) offSkin += bruteDistanceToSkin(body.skin, c.position) >= 0.001f;
                }
                if (firstBad < 0.0 && jumps + forceJumps + badContacts + offSkin != before) firstBad = time;
                prev = f;
            }
            INFO("first problem at t = " << firstBad);
            CHECK(jumps == 0);
            CHECK(forceJumps == 0);
            CHECK(badContacts == 0);
            CHECK(offSkin == 0);
        }
        const StrokeEngine::Frame a = engine.evaluate(12.345, PressureLevel::Firm);
        const StrokeEngine::Frame b = engine.evaluate(12.345, PressureLevel::Firm);
        REQUIRE(a.contacts.size() == b.contacts.size());
        for (std::size_t i = 0; i < a.contacts.size(); ++i) CHECK(a.contacts[i].position == b.contacts[i].position);
    }
}

TEST_CASE("Thumb circles stay on opposite sides of the spine, never on the midline", "[stroke]") {
    const StrokeEngine engine(shipped("thumb-circles-lumbar"), syntheticBody());
    int seen = 0;
    for (double time = 0.0; time <= engine.duration(); time += 0.01) {
        const StrokeEngine::Frame f = engine.evaluate(time, PressureLevel::Moderate);
        for (const Contact& c : f.contacts) {
            INFO("t = " << time);
            CHECK(c.kind == ContactKind::ThumbPad);
            if (c.hand == HandSide::Left) CHECK(c.position.x > 0.01f);
            if (c.hand == HandSide::Right) CHECK(c.position.x < -0.01f);
            ++seen;
        }
    }
    CHECK(seen > 8000);
}

TEST_CASE("Thumb work: each hand lies on its own side of the spine and the thumbs never cross", "[stroke][hand]") {
    // The left hand works the receiver's left (+X). Its wrist, palm and thumb tip
    // stay on that side, its fingers point toward the head rather than across the
    // spine, and its thumb reaches medially from the palm to the contact. Finger
    // pads beside the spine likewise keep each hand on its own side.
    const HandDimensions dims = HandDimensions::adult();
    for (const char* id : {"thumb-circles-lumbar", "spine-line", "thumb-walk-down", "finger-circles-up"}) {
        const StrokeEngine engine(shipped(id), syntheticBody());
        int checked = 0;
        for (double time = 0.0; time <= engine.duration(); time += 0.1) {
            const StrokeEngine::Frame f = engine.evaluate(time, PressureLevel::Moderate);
            std::array<float, 2> thumbTipX{};
            for (std::size_t h = 0; h < 2; ++h) {
                const HandPose& pose = f.hands[h];
                const bool thumb = pose.contact == ContactKind::ThumbPad;
                if (!pose.inUse || !(thumb || pose.contact == ContactKind::FingerPads)) continue;
                HandRig rig;
                REQUIRE(solveHandRig(pose, dims, rig));
                const float side = h == 0 ? 1.0f : -1.0f;
                const glm::vec3 tip = rig.toModelPoint(rig.digits[static_cast<std::size_t>(Digit::Thumb)].joints[3]);
                const glm::vec3 palmCentre = rig.toModelPoint(glm::vec3(0.0f, 0.0f, 0.5f * dims.palmLengthM));
                thumbTipX[h] = tip.x;
                INFO(id << " t = " << time << (h == 0 ? " left" : " right") << " hand");
                CHECK(side * rig.origin.x > 0.04f);
                CHECK(side * palmCentre.x > 0.04f);
                CHECK(pose.basis[2].z > 0.5f);  // fingers toward the head
                if (thumb) {
                    CHECK(side * tip.x > 0.0f);
                    CHECK(side * tip.x < side * palmCentre.x);  // the thumb reaches medially
                    CHECK(side * pose.basis[2].x >= 0.0f);     // fingers never point across the spine
                }
                ++checked;
            }
            if (f.hands[0].contact == ContactKind::ThumbPad && f.hands[1].contact == ContactKind::ThumbPad) {
                INFO(id << " t = " << time);
                CHECK(thumbTipX[0] > thumbTipX[1]);
            }
        }
        CHECK(checked > 100);
    }
}

TEST_CASE("The spine-line technique moves steadily from C7 down to S3", "[stroke]") {
    const Technique t = shipped("spine-line");
    const StrokeEngine engine(t, syntheticBody());
    const double start = engine.stepStarts().at(1);
    const double end = start + t.steps[1].durationS;
    // Motion runs from the end of the placing phase (0.8 s) to the end of the step.
    const double m0 = start + 0.8, m1 = end;
    auto midZ = [&](double time) {
        const StrokeEngine::Frame f = engine.evaluate(time, PressureLevel::Moderate);
        return 0.5f * (f.hands[0].contactPoint.z + f.hands[1].contactPoint.z);
    };
    CHECK(midZ(m0) == Approx(test::syntheticSpineZ("C7")).margin(0.01));
    CHECK(midZ(m1) == Approx(test::syntheticSpineZ("S3")).margin(0.01));
    const int n = 39;
    const float meanDrop = (midZ(m0) - midZ(m1)) / static_cast<float>(n);
    CHECK(meanDrop > 0.0f);
    for (int i = 0; i < n; ++i) {
        const double a = m0 + (m1 - m0) * i / n, b = m0 + (m1 - m0) * (i + 1) / n;
        const float drop = midZ(a) - midZ(b);
        INFO("interval " << i);
        CHECK(drop == Approx(meanDrop).epsilon(0.25));
    }
    // Thumbs on either side of the spine all the way down.
    for (double time = m0; time < m1; time += 0.25) {
        const StrokeEngine::Frame f = engine.evaluate(time, PressureLevel::Moderate);
        CHECK(f.hands[0].contactPoint.x > 0.01f);
        CHECK(f.hands[1].contactPoint.x < -0.01f);
    }
}

TEST_CASE("Circles have the written radius and frequency", "[stroke]") {
    struct Probe {
        const char* id;
        int step;
        int contactInHand;  // the middle finger pad for finger-pads
    };
    for (const Probe& probe : {Probe{"thumb-circles-lumbar", 0, 0}, Probe{"finger-circles-up", 0, 1}}) {
        INFO(probe.id);
        const Technique t = shipped(probe.id);
        const Motion& m = t.steps[static_cast<std::size_t>(probe.step)].actions[0].motion;
        REQUIRE(m.kind == MotionKind::Circles);
        const StrokeEngine engine(t, syntheticBody());
        const double start = engine.stepStarts().at(static_cast<std::size_t>(probe.step));
        const double m0 = start + 0.8 + 0.5;
        const double m1 = start + t.steps[static_cast<std::size_t>(probe.step)].durationS - 0.6;
        // The path keeps a fixed lateral offset, so the lateral coordinate carries the circle alone.
        std::vector<double> times;
        std::vector<float> xs;
        for (double time = m0; time < m1; time += 0.005) {
            const StrokeEngine::Frame f = engine.evaluate(time, PressureLevel::Moderate);
            const HandPose& h = f.hands[0];
            REQUIRE(h.contactCount > probe.contactInHand);
            times.push_back(time);
            xs.push_back(f.contacts[static_cast<std::size_t>(h.firstContact + probe.contactInHand)].position.x);
        }
        const double period = 1.0 / m.frequencyHz;
        double radiusSum = 0.0;
        int cycles = 0;
        for (double c0 = m0; c0 + period < m1; c0 += period) {
            float lo = 1e9f, hi = -1e9f;
            for (std::size_t i = 0; i < times.size(); ++i) {
                if (times[i] >= c0 && times[i] < c0 + period) {
                    lo = std::min(lo, xs[i]);
                    hi = std::max(hi, xs[i]);
                }
            }
            radiusSum += 0.5 * (hi - lo);
            ++cycles;
        }
        CHECK(radiusSum / cycles * 100.0 == Approx(m.radiusCm).epsilon(0.05));
        // Frequency from upward crossings of the mean lateral position.
        double mean = 0.0;
        for (float x : xs) mean += x;
        mean /= static_cast<double>(xs.size());
        std::vector<double> ups;
        for (std::size_t i = 1; i < xs.size(); ++i) {
            if (xs[i - 1] < mean && xs[i] >= mean) ups.push_back(times[i]);
        }
        REQUIRE(ups.size() > 5);
        const double measured = static_cast<double>(ups.size() - 1) / (ups.back() - ups.front());
        CHECK(measured == Approx(m.frequencyHz).epsilon(0.05));
    }
}

TEST_CASE("Contact forces follow the written profile for each level", "[stroke]") {
    for (const std::string& id : shippedIds()) {
        const Technique t = shipped(id);
        const StrokeEngine engine(t, syntheticBody());
        for (std::size_t s = 0; s < t.steps.size(); ++s) {
            for (const Action& a : t.steps[s].actions) {
                const double w0 = engine.stepStarts()[s] + a.startS;
                const double w1 = a.durationS ? w0 + *a.durationS : engine.stepStarts()[s] + t.steps[s].durationS;
                const std::vector<HandSide> sides =
                    a.hand == HandChoice::Both ? std::vector<HandSide>{HandSide::Left, HandSide::Right}
                    : a.hand == HandChoice::Left ? std::vector<HandSide>{HandSide::Left}
                                                 : std::vector<HandSide>{HandSide::Right};
                for (PressureLevel level : kLevels) {
                    INFO(id << " step " << s << " " << pressureLevelId(level));
                    const float written = a.forceN.at(level);
                    for (HandSide side : sides) {
                        if (a.motion.kind == MotionKind::PressRelease || a.motion.kind == MotionKind::AlternatingThumbs) {
                            // Peaks reach the written force, troughs release fully.
                            float lo = 1e9f, hi = 0.0f;
                            const double mid = 0.5 * (w0 + w1);
                            for (double time = mid - 1.0 / a.motion.frequencyHz; time < mid + 1.0 / a.motion.frequencyHz; time += 0.005) {
                                const float f = handForce(engine.evaluate(time, level), side);
                                lo = std::min(lo, f);
                                hi = std::max(hi, f);
                            }
                            CHECK(hi == Approx(written).epsilon(0.02));
                            CHECK(lo < 0.02f * written + 1e-4f);
                        } else {
                            for (double f : {0.3, 0.5, 0.7}) {
                                const double time = w0 + f * (w1 - w0);
                                CHECK(handForce(engine.evaluate(time, level), side) == Approx(written).epsilon(1e-4));
                            }
                        }
                    }
                }
            }
        }
    }
}

TEST_CASE("Hand placement puts one hand on the upper and one on the lower back", "[stroke]") {
    const StrokeEngine engine(shipped("hand-placement"), syntheticBody());
    for (double time : {5.0, 15.0, 25.0, 35.0}) {
        const StrokeEngine::Frame f = engine.evaluate(time, PressureLevel::Gentle);
        const Contact* left = firstContact(f, HandSide::Left);
        const Contact* right = firstContact(f, HandSide::Right);
        REQUIRE(left);
        REQUIRE(right);
        CHECK(left->kind == ContactKind::Palm);
        CHECK(left->position.z > test::syntheticSpineZ("T7"));   // upper back
        CHECK(right->position.z < test::syntheticSpineZ("L1"));  // lower back
        CHECK(right->position.z > test::syntheticSpineZ("S1"));
    }
}

TEST_CASE("Hand poses sit over their contacts and report steps", "[stroke]") {
    const Technique t = shipped("thumb-walk-down");
    const StrokeEngine engine(t, syntheticBody());
    const StrokeEngine::Frame f = engine.evaluate(engine.stepStarts()[1] + 10.0, PressureLevel::Moderate);
    CHECK(f.step == 1);
    CHECK(f.stepTime == Approx(10.0f));
    for (const HandPose& h : f.hands) {
        CHECK(h.inUse);
        CHECK(h.contact == ContactKind::ThumbPad);
        CHECK(glm::length(h.wrist - h.contactPoint) < 0.15f);
        CHECK(h.wrist.y > h.contactPoint.y);  // above the back
        const glm::mat3& b = h.basis;
        CHECK(std::fabs(glm::dot(b[0], b[1])) < 1e-4f);
        CHECK(std::fabs(glm::dot(b[1], b[2])) < 1e-4f);
    }
    // Out-of-range and non-finite times clamp instead of failing.
    CHECK(engine.evaluate(-5.0, PressureLevel::Firm).step == 0);
    CHECK(engine.evaluate(1e9, PressureLevel::Firm).step == static_cast<int>(t.steps.size()) - 1);
    CHECK(engine.evaluate(std::nan(""), PressureLevel::Firm).step == 0);
}

TEST_CASE("A single-hand technique leaves the other hand out of use", "[stroke]") {
    const Technique t = shipped("self-massage-lower-back");
    Technique oneHand = t;
    oneHand.steps = {t.steps[3]};  // left hand, tennis ball
    const StrokeEngine engine(oneHand, syntheticBody());
    const StrokeEngine::Frame f = engine.evaluate(5.0, PressureLevel::Moderate);
    CHECK(f.hands[0].inUse);
    CHECK_FALSE(f.hands[1].inUse);
    CHECK(f.hands[1].contactCount == 0);
}
