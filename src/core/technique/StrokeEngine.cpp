#include "core/technique/StrokeEngine.h"

#include "core/base/MathUtil.h"
#include "core/technique/BodyCoordinates.h"
#include "core/pressure/ContactArea.h"
#include "core/technique/PathCurve.h"
#include "core/body/SkinQuery.h"

#include <algorithm>
#include <cmath>

namespace backrub {

namespace {

constexpr double kMaxPlaceS = 0.8;
constexpr double kPlaceFraction = 0.2;
constexpr double kMaxReleaseS = 0.5;
constexpr double kReleaseFraction = 0.15;
constexpr float kMaxLiftM = 0.06;
// Thumb work: the fingers point toward the head and this much outward (tan of the
// angle, about 30 degrees), and the wrist lies this far lateral to the thumb pad.
constexpr float kThumbWorkOutward = 0.6f;
constexpr float kThumbReachM = 0.09f;
constexpr float kFingerWorkOutward = -0.3f;
// A flat hand bridges a hollow (between the glutes) at most this high above its contact.
constexpr float kMaxBridgeM = 0.07f;
// Digit work: the wrist stays at least this high above the skin under it.
constexpr float kWristClearanceM = 0.03f;

// How each part of the hand meets the skin. The area of each contact comes from
// the engine's ContactAreas (TechniqueSession hands the same table to the pressure field).
struct ContactShape {
    int count;               // contacts laid side by side across the hand
    float spacingCm;         // between neighbouring contacts
    float wristBackM;        // wrist behind the contact, against the finger direction
    float wristHeightM;      // wrist above the skin
    float fingerCurl;
    float thumbCurl;
};

ContactShape shapeOf(ContactKind kind) {
    switch (kind) {
        case ContactKind::ThumbPad: return {1, 0.0f, 0.04f, 0.02f, 0.3f, 0.2f};
        case ContactKind::FingerPads: return {3, 1.9f, 0.15f, 0.045f, 0.25f, 0.3f};
        case ContactKind::Fingertips: return {3, 1.7f, 0.15f, 0.07f, 0.55f, 0.4f};
        case ContactKind::Palm: return {1, 0.0f, 0.09f, 0.025f, 0.1f, 0.15f};
        case ContactKind::HeelOfHand: return {1, 0.0f, 0.02f, 0.04f, 0.05f, 0.1f};
        case ContactKind::Knuckles: return {4, 1.8f, 0.06f, 0.06f, 1.0f, 0.8f};
        case ContactKind::TennisBall: return {1, 0.0f, 0.05f, 0.10f, 0.7f, 0.6f};
    }
    return {1, 0.0f, 0.1f, 0.04f, 0.2f, 0.2f};
}

// Smooth 0 -> 1 over x in [0, 1], clamped.
float ease(float x) { return smoothstep(0.0f, 1.0f, x); }

// The skin's tangent directions at a point with outward normal n: lateral (toward
// the receiver's left, +X, in the skin's plane) and cranial (toward `cranialHint`
// in that plane, else perpendicular to lateral).
glm::vec3 skinLateral(const glm::vec3& n) {
    const glm::vec3 lateral = glm::vec3(1, 0, 0) - n.x * n;
    return glm::length(lateral) > 1e-6f ? glm::normalize(lateral) : glm::vec3(1, 0, 0);
}

struct TangentFrame {
    glm::vec3 lateral;
    glm::vec3 cranial;
};

TangentFrame skinFrame(const glm::vec3& n, const glm::vec3& cranialHint) {
    TangentFrame f;
    f.lateral = skinLateral(n);
    const glm::vec3 cranial = cranialHint - glm::dot(cranialHint, n) * n;
    f.cranial = glm::length(cranial) > 1e-6f ? glm::normalize(cranial) : glm::cross(f.lateral, n);
    return f;
}

// One hand doing one action: its absolute time window and its path.
struct Track {
    const Action* action = nullptr;
    HandSide hand = HandSide::Left;
    bool mirrored = false;
    double t0 = 0.0, t1 = 0.0;
    double placeEnd = 0.0, releaseStart = 0.0;
    PathCurve curve;
    SkinHit start, end;  // where the motion begins and ends (cached: the placing phase needs them)
};

struct MotionSample {
    SkinHit center;           // where the hand's contact centre is
    float modulation = 1.0f;  // share of the written force applied by the motion
};

}  // namespace

struct StrokeEngine::Impl {
    Technique technique;
    const Body* body = nullptr;
    SkinQuery skin;
    BodyCoordinates coords;
    std::vector<double> stepStarts;
    double duration = 0.0;
    std::array<std::vector<Track>, 2> tracks;  // per hand, in time order
    std::array<SkinHit, 2> restPoint;          // for a hand the technique never uses
    Problems problems;
    ContactAreas areas;

    Impl(const Technique& t, const Body& b, const ContactAreas& a)
        : technique(t), body(&b), skin(b.skin), coords(b, skin), areas(a) {
        problems = coords.problems();
        double start = 0.0;
        for (const Step& step : technique.steps) {
            stepStarts.push_back(start);
            for (const Action& action : step.actions) {
                for (int h = 0; h < 2; ++h) {
                    const HandSide side = h == 0 ? HandSide::Left : HandSide::Right;
                    const bool uses = action.hand == HandChoice::Both ||
                                      (action.hand == HandChoice::Left && side == HandSide::Left) ||
                                      (action.hand == HandChoice::Right && side == HandSide::Right);
                    if (uses) tracks[static_cast<std::size_t>(h)].push_back(makeTrack(action, side, start, step.durationS));
                }
            }
            start += step.durationS;
        }
        duration = start;
        for (auto& list : tracks) {
            std::stable_sort(list.begin(), list.end(), [](const Track& a, const Track& b) { return a.t0 < b.t0; });
            for (Track& tr : list) {
                tr.start = sampleMotion(tr, tr.placeEnd).center;
                tr.end = sampleMotion(tr, tr.t1).center;
            }
        }
        for (int h = 0; h < 2; ++h) {
            const float side = h == 0 ? 1.0f : -1.0f;
            restPoint[static_cast<std::size_t>(h)] = coords.spinePoint(static_cast<float>(*spineLevelIndex("L1")), 15.0f * side, 0.0f);
        }
    }

    Track makeTrack(const Action& action, HandSide side, double stepStart, float stepDuration) {
        Track tr;
        tr.action = &action;
        tr.hand = side;
        tr.mirrored = action.hand == HandChoice::Both && side == HandSide::Right;
        tr.t0 = stepStart + action.startS;
        tr.t1 = action.durationS ? tr.t0 + *action.durationS : stepStart + stepDuration;
        const double window = std::max(tr.t1 - tr.t0, 1e-3);
        tr.placeEnd = tr.t0 + std::min(kMaxPlaceS, kPlaceFraction * window);
        tr.releaseStart = tr.t1 - std::min(kMaxReleaseS, kReleaseFraction * window);

        // Waypoints on the skin; between two spine waypoints, every level crossed is
        // added so that the curve follows the spine rather than cutting a chord.
        std::vector<glm::vec3> points;
        for (std::size_t i = 0; i < action.path.size(); ++i) {
            const BodyPoint& p = action.path[i];
            if (i > 0 && !p.isLandmark() && !action.path[i - 1].isLandmark()) {
                const BodyPoint& q = action.path[i - 1];
                const float u0 = BodyCoordinates::spineCoordinate(q), u1 = BodyCoordinates::spineCoordinate(p);
                const float lo = std::min(u0, u1), hi = std::max(u0, u1);
                std::vector<float> between;
                for (float u = std::floor(lo) + 1.0f; u < hi - 1e-3f; u += 1.0f) {
                    if (u > lo + 1e-3f) between.push_back(u);
                }
                if (u1 < u0) std::reverse(between.begin(), between.end());
                for (float u : between) {
                    const float f = (u - u0) / (u1 - u0);
                    const float lateral = (q.lateralCm + f * (p.lateralCm - q.lateralCm)) * (tr.mirrored ? -1.0f : 1.0f);
                    const float cranial = q.cranialCm + f * (p.cranialCm - q.cranialCm);
                    points.push_back(coords.spinePoint(u, lateral, cranial).position);
                }
            }
            points.push_back(coords.resolve(p, tr.mirrored).position);
            if (p.isLandmark()) noteMissingLandmark(tr.mirrored ? mirroredLandmarkName(p.landmark) : p.landmark);
        }
        tr.curve = PathCurve(points, skin);
        return tr;
    }

    void noteMissingLandmark(const std::string& name) {
        if (spineLevelIndex(name)) return;
        for (const Landmark& l : body->landmarks) {
            if (l.name == name) return;
        }
        const std::string message = "landmark \"" + name + "\" is missing; a stand-in place is used";
        for (const Problem& p : problems) {
            if (p.message == message) return;
        }
        problems.push_back({"body", "landmarks", message});
    }

    MotionSample sampleMotion(const Track& tr, double t) const {
        const Action& a = *tr.action;
        const double u = std::max(0.0, t - tr.placeEnd);
        const double motionS = std::max(tr.t1 - tr.placeEnd, 1e-3);
        const float length = tr.curve.lengthM();
        float s = 0.0f;
        if (a.speedCmPerS) {
            s = std::min(length, static_cast<float>(u) * *a.speedCmPerS * 0.01f);
        } else {
            s = length * static_cast<float>(std::min(1.0, u / motionS));
        }
        MotionSample out;
        out.center = tr.curve.at(s);
        const float phase = 2.0f * kPi * a.motion.frequencyHz * static_cast<float>(u);
        switch (a.motion.kind) {
            case MotionKind::Circles: {
                const glm::vec3 n = out.center.normal;
                const glm::vec3 lateral = skinLateral(n);
                const glm::vec3 cranial = glm::cross(lateral, n);
                // Clockwise as seen from behind: from the top toward the viewer's right (-X).
                float sideSign = a.motion.direction == CircleDirection::Clockwise ? -1.0f : 1.0f;
                if (tr.mirrored) sideSign = -sideSign;
                const float r = a.motion.radiusCm * 0.01f;
                const glm::vec3 offset = r * (std::cos(phase) * cranial + sideSign * std::sin(phase) * lateral);
                out.center = skin.closest(out.center.position + offset);
                break;
            }
            case MotionKind::PressRelease:
                out.modulation = 0.5f - 0.5f * std::cos(phase);
                break;
            case MotionKind::AlternatingThumbs:
                out.modulation = tr.hand == HandSide::Left ? 0.5f - 0.5f * std::cos(phase) : 0.5f + 0.5f * std::cos(phase);
                break;
            case MotionKind::Glide:
            case MotionKind::StaticHold:
                break;
        }
        return out;
    }

    void evaluateHand(int h, double t, PressureLevel level, StrokeEngine::Frame& frame) const {
        HandPose& pose = frame.hands[static_cast<std::size_t>(h)];
        pose = HandPose{};
        pose.side = h == 0 ? HandSide::Left : HandSide::Right;
        const std::vector<Track>& list = tracks[static_cast<std::size_t>(h)];
        const float sideSign = h == 0 ? 1.0f : -1.0f;
        if (list.empty()) {
            placePose(pose, restPoint[static_cast<std::size_t>(h)], glm::vec3(0, 0, 1), ContactKind::Palm, sideSign, 0.0f);  // resting flat on the back
            return;
        }
        pose.inUse = true;
        // The last track that has begun by t (or the first, before anything begins).
        auto it = std::upper_bound(list.begin(), list.end(), t, [](double v, const Track& tr) { return v < tr.t0; });
        const std::size_t index = it == list.begin() ? 0 : static_cast<std::size_t>(it - list.begin()) - 1;
        const Track& tr = list[index];
        const ContactShape shape = shapeOf(tr.action->contact);

        SkinHit center;
        float forceScale = 0.0f;
        float lift = 0.0f;
        if (t < tr.t0) {
            center = tr.start;
        } else if (t > tr.t1) {
            center = tr.end;
        } else if (t < tr.placeEnd) {
            const SkinHit& to = tr.start;
            const SkinHit& from = index > 0 ? list[index - 1].end : to;
            const float a = static_cast<float>((t - tr.t0) / (tr.placeEnd - tr.t0));
            const float eased = ease(a);
            center = skin.closest(glm::mix(from.position, to.position, eased));
            const float distance = glm::length(to.position - from.position);
            lift = std::min(kMaxLiftM, 0.5f * distance) * std::sin(kPi * eased);
            forceScale = distance > 0.02f ? ease((a - 0.6f) / 0.4f) : ease(a);
            forceScale *= sampleMotion(tr, tr.placeEnd).modulation;
        } else {
            const MotionSample m = sampleMotion(tr, t);
            center = m.center;
            forceScale = m.modulation;
            if (t > tr.releaseStart) forceScale *= ease(static_cast<float>((tr.t1 - t) / (tr.t1 - tr.releaseStart)));
        }
        const float forceN = tr.action->forceN.at(level) * forceScale;

        placePose(pose, center, glm::vec3(0, 0, 1), tr.action->contact, sideSign, lift);
        // Changing from one part of the hand to another (palm to thumb) reshapes the
        // hand over the placing phase instead of snapping.
        if (index > 0 && t >= tr.t0 && t < tr.placeEnd && list[index - 1].action->contact != tr.action->contact) {
            HandPose before = pose;
            placePose(before, center, glm::vec3(0, 0, 1), list[index - 1].action->contact, sideSign, lift);
            blendHandPose(pose, before, ease(static_cast<float>((t - tr.t0) / (tr.placeEnd - tr.t0))));
        }
        pose.touching = forceN > 0.0f;
        pose.firstContact = static_cast<int>(frame.contacts.size());
        if (!pose.touching) return;
        const glm::vec3 across = pose.basis[0];
        for (int k = 0; k < shape.count; ++k) {
            Contact c;
            const float offsetCm = (static_cast<float>(k) - 0.5f * static_cast<float>(shape.count - 1)) * shape.spacingCm;
            const SkinHit at = offsetCm == 0.0f ? center : skin.closest(center.position + across * (offsetCm * 0.01f));
            c.position = at.position;
            c.normal = at.normal;
            c.forceN = forceN / static_cast<float>(shape.count);
            c.kind = tr.action->contact;
            c.areaCm2 = areas.areaCm2(c);
            c.hand = pose.side;
            frame.contacts.push_back(c);
        }
        pose.contactCount = shape.count;
    }

    // The plane a hand rests on: the skin normal averaged over the hand's
    // footprint, so that a local slope at the contact (the lumbar curve, the
    // sacrum between the glutes) does not tip the whole hand into the body. For a
    // flat part (palm, heel of the hand) `clearance` receives how far the skin
    // under the footprint rises above that plane through the contact, so the hand
    // bridges a hollow instead of sinking into its rims.
    glm::vec3 handPlaneNormal(const SkinHit& center, const glm::vec3& cranialHint, ContactKind kind, float sideSign,
                              float& clearance) const {
        clearance = 0.0f;
        if (kind == ContactKind::TennisBall) return center.normal;
        const glm::vec3 n = center.normal;
        auto [lateral, cranial] = skinFrame(n, cranialHint);
        const bool flat = kind == ContactKind::Palm || kind == ContactKind::HeelOfHand;
        // Footprint: across the hand, and along it where it lies (the palm around
        // its centre, the heel's palm ahead of it, digit work behind the contact).
        float alongLo = -0.045f, alongHi = 0.045f, acrossM = 0.04f;
        glm::vec3 out = sideSign * lateral;
        if (kind == ContactKind::Palm) {
            alongHi = 0.12f;  // the fingers lie flat ahead of the palm
        } else if (kind == ContactKind::HeelOfHand) {
            alongLo = 0.0f;
            alongHi = 0.07f;
        } else if (kind == ContactKind::ThumbPad) {
            alongLo = 0.0f;
            alongHi = kThumbReachM;
            acrossM = 0.05f;
            std::swap(out, cranial);  // the hand lies lateral to the thumb
        } else if (!flat) {
            alongLo = -0.05f;
            alongHi = 0.0f;
            acrossM = 0.03f;
        }
        glm::vec3 sum = n;
        std::array<SkinHit, 9> hits;
        int count = 0;
        for (float a : {alongLo, 0.5f * (alongLo + alongHi), alongHi}) {
            for (float c : {-acrossM, 0.0f, acrossM}) {
                const SkinHit hit = skin.closest(center.position + a * cranial + c * out);
                hits[static_cast<std::size_t>(count++)] = hit;
                sum += hit.normal;
            }
        }
        const glm::vec3 plane = glm::length(sum) > 1e-6f ? glm::normalize(sum) : n;
        if (flat) {
            for (const SkinHit& hit : hits) clearance = std::max(clearance, glm::dot(hit.position - center.position, plane));
            clearance = std::min(clearance, kMaxBridgeM);
        }
        return plane;
    }

    // Hand frame from the skin at the contact: fingers toward the head and a little
    // outward (sideSign +1 for the left hand, which works the receiver's left, +X).
    // For the thumb pad the hand lies on its own side of the spine, fingers toward
    // the head and out over the flank, and the thumb reaches medially to the
    // contact, so the two thumbs press side by side and never cross. A hand's
    // thumb lies on the side of -sideSign * (n x fingers): HandSkeleton solves a
    // right hand (thumb on +across) and mirrors it for the left.
    void placePose(HandPose& pose, const SkinHit& center, const glm::vec3& cranialHint, ContactKind kind,
                          float sideSign, float lift) const {
        const ContactShape shape = shapeOf(kind);
        float clearance = 0.0f;
        const glm::vec3 n = handPlaneNormal(center, cranialHint, kind, sideSign, clearance);
        lift += clearance;
        auto [lateral, cranial] = skinFrame(n, cranialHint);
        // Finger-pad and fingertip work beside the spine: the fingers angle in
        // toward it so the hand (behind the pads) stays on its own side.
        const bool fingerWork = kind == ContactKind::FingerPads || kind == ContactKind::Fingertips;
        const float outward = kind == ContactKind::ThumbPad ? kThumbWorkOutward : fingerWork ? kFingerWorkOutward : 0.35f;
        const glm::vec3 fingers = glm::normalize(cranial + outward * sideSign * lateral);
        const glm::vec3 across = glm::normalize(glm::cross(n, fingers));
        pose.basis = glm::mat3(across, n, fingers);
        pose.contact = kind;
        pose.contactPoint = center.position;
        pose.liftM = lift;
        pose.fingerCurl = shape.fingerCurl;
        pose.thumbCurl = shape.thumbCurl;
        glm::vec3 wrist = center.position - fingers * shape.wristBackM + n * (shape.wristHeightM + lift);
        if (kind == ContactKind::FingerPads || kind == ContactKind::Fingertips || kind == ContactKind::Knuckles) {
            // Digit work with the hand angled: where the skin behind the contact
            // rises (over the glutes below the lumbar curve), the wrist stays above it.
            const SkinHit under = skin.closest(wrist);
            const float above = glm::dot(wrist - under.position, n);
            if (above < kWristClearanceM) wrist += n * (kWristClearanceM - above);
        }
        if (kind == ContactKind::ThumbPad) {
            // The abducted thumb stands out from the palm: the palm lies lateral to
            // the thumb pad by about the thumb's reach. The back curves away toward
            // the flank, so the hand rolls outward until the plane it rests on
            // (through the thumb pad) meets the skin under the palm too, and the
            // wrist rests on the skin behind it.
            const glm::vec3 thumbward = -sideSign * across;
            const SkinHit palm = skin.closest(center.position - thumbward * kThumbReachM + fingers * 0.05f);
            glm::vec3 toPalm = palm.position - center.position;
            toPalm -= glm::dot(toPalm, fingers) * fingers;
            glm::vec3 back = n;
            if (glm::length(toPalm) > 0.01f) {
                const glm::vec3 dir = glm::normalize(toPalm);
                back = glm::normalize(n - glm::dot(n, dir) * dir);
            }
            const glm::vec3 f = glm::normalize(fingers - glm::dot(fingers, back) * back);
            const glm::vec3 a = glm::normalize(glm::cross(back, f));
            pose.basis = glm::mat3(a, back, f);
            const SkinHit under = skin.closest(center.position - thumbward * kThumbReachM - f * shape.wristBackM);
            wrist = under.position + back * (shape.wristHeightM + lift);
        }
        pose.wrist = wrist;
    }
};

StrokeEngine::StrokeEngine(const Technique& technique, const Body& body, const ContactAreas& areas)
    : impl_(std::make_unique<Impl>(technique, body, areas)) {}
StrokeEngine::~StrokeEngine() = default;
StrokeEngine::StrokeEngine(StrokeEngine&&) noexcept = default;
StrokeEngine& StrokeEngine::operator=(StrokeEngine&&) noexcept = default;

double StrokeEngine::duration() const { return impl_->duration; }
const std::vector<double>& StrokeEngine::stepStarts() const { return impl_->stepStarts; }
const Problems& StrokeEngine::problems() const { return impl_->problems; }
const ContactAreas& StrokeEngine::areas() const { return impl_->areas; }

StrokeEngine::Frame StrokeEngine::evaluate(double timeS, PressureLevel level) const {
    Frame frame;
    evaluate(timeS, level, frame);
    return frame;
}

void StrokeEngine::evaluate(double timeS, PressureLevel level, Frame& frame) const {
    const Impl& m = *impl_;
    const double t = std::clamp(std::isfinite(timeS) ? timeS : 0.0, 0.0, m.duration);
    frame.contacts.clear();
    frame.step = 0;
    frame.stepTime = static_cast<float>(t);
    if (!m.stepStarts.empty()) {
        const auto it = std::upper_bound(m.stepStarts.begin(), m.stepStarts.end(), t);
        frame.step = static_cast<int>(it - m.stepStarts.begin()) - 1;
        frame.step = std::clamp(frame.step, 0, static_cast<int>(m.stepStarts.size()) - 1);
        frame.stepTime = static_cast<float>(t - m.stepStarts[static_cast<std::size_t>(frame.step)]);
    }
    for (int h = 0; h < 2; ++h) m.evaluateHand(h, t, level, frame);
}

}  // namespace backrub
