#include "core/bodygen/Muscles.h"

#include "core/bodygen/MuscleVolume.h"

#include <cmath>
#include <string>

namespace backrub {
namespace {

const glm::vec3 kDown(0, -1, 0);

// A strap along `centre` (first point the origin), `halfWidth` to each side across it in
// the horizontal plane, fibres along it.
MuscleOutline strap(const std::vector<glm::vec3>& centre, const std::vector<float>& halfWidth, float depth, float thickness) {
    MuscleOutline o;
    for (std::size_t i = 0; i < centre.size(); ++i) {
        const glm::vec3 along = centre[std::min(i + 1, centre.size() - 1)] - centre[i > 0 ? i - 1 : 0];
        const glm::vec3 across = glm::normalize(glm::cross(along, glm::vec3(0, 1, 0)));
        o.edgeA.push_back(centre[i] - across * halfWidth[i]);
        o.edgeB.push_back(centre[i] + across * halfWidth[i]);
    }
    o.toward = kDown;
    o.depth = depth;
    o.thickness = thickness;
    o.fibres = FibreRun::AlongEdges;
    return o;
}

// The point of a rib farthest from the midline.
glm::vec3 ribSide(const Rib& rib) {
    glm::vec3 best = rib.path.front();
    for (const glm::vec3& q : rib.path)
        if (std::abs(q.x) > std::abs(best.x)) best = q;
    return best;
}

// The deep layer of an atlas's back: under the trapezius (levator scapulae, rhomboids) and
// under the thoracolumbar fascia (the erector spinae's columns, quadratus lumborum).
bool isDeep(const std::string& name) {
    for (const char* deep : {"levator_scapulae", "rhomboids", "spinalis", "longissimus", "iliocostalis", "quadratus_lumborum"})
        if (name == deep) return true;
    return false;
}

}  // namespace

const std::vector<std::string>& muscleNames() {
    static const std::vector<std::string> names = {
        "trapezius_upper", "trapezius_middle", "trapezius_lower", "levator_scapulae", "rhomboids", "deltoid",
        "infraspinatus", "teres_major", "latissimus_dorsi", "spinalis", "longissimus", "iliocostalis",
        "quadratus_lumborum", "external_oblique", "gluteus_maximus", "gluteus_medius", "tensor_fasciae_latae",
        "iliotibial_band", "biceps_femoris", "semitendinosus"};
    return names;
}

// Depths and thicknesses are estimates (docs/sources.md, "Muscle volumes"); attachments
// follow docs/sources.md, "Muscle attachments".
std::vector<MuscleMesh> buildMuscles(const Skeleton& sk, const BodyProportions& p, const SkinField& skin) {
    auto z = [&](const char* label) { return sk.vertebra(label).spinousTip.z; };
    const float crestZ = sk.pelvis.iliacCrestTop[0].z, hipY = sk.pelvis.hipJoint[0].y;
    const float psisZ = sk.pelvis.psis[0].z, coccyxZ = sk.sacrum.dorsalCoccyx.z;
    const float ew = p.erectorWidthLumbar;
    std::vector<MuscleMesh> out;
    for (int side = 0; side < 2; ++side) {
        const float s = sideSign(side);
        const std::string sfx = sideSuffix(side);
        const Scapula& sc = sk.scapulae[side];
        const Arm& arm = sk.arms[side];
        const Leg& leg = sk.legs[side];
        const glm::vec3 troch = sk.femora[side].greaterTrochanter;
        auto P = [s](float x, float zz) { return glm::vec3(s * x, 0.0f, zz); };
        auto at = [](const glm::vec3& q, float dx = 0.0f, float dz = 0.0f) { return glm::vec3(q.x + (q.x >= 0.0f ? dx : -dx), q.y, q.z + dz); };
        // Tendon at the start and end of the fibres, as shares of their length, for the first
        // fibre and the last (estimates from atlas plates: docs/sources.md, "Muscle volumes").
        auto add = [&](const std::string& name, MuscleOutline o, glm::vec2 tendonAtStart = {}, glm::vec2 tendonAtEnd = {}) {
            o.tendonAtStart = tendonAtStart;
            o.tendonAtEnd = tendonAtEnd;
            MuscleVolume v = buildMuscleVolume(skin, o);
            out.push_back({name + sfx, std::move(v.mesh), std::move(v.tendon), v.fibreDirection, isDeep(name)});
        };
        auto sheet = [](std::vector<glm::vec3> a, std::vector<glm::vec3> b, float depth, float thickness) {
            MuscleOutline o;
            o.edgeA = std::move(a);
            o.edgeB = std::move(b);
            o.toward = kDown;
            o.depth = depth;
            o.thickness = thickness;
            return o;
        };

        // Trapezius: from the skull and the spinous processes to the clavicle and the scapula's
        // spine, in three parts whose fibres fall, run level and rise to their insertions.
        const glm::vec3 clavicleLateralThird = glm::mix(arm.clavicle[0], arm.clavicle[1], 0.67f);
        const glm::vec3 spineMid = glm::mix(sc.spineRoot, sc.acromion, 0.5f);
        constexpr float kMidlineM = 0.001f;  // the two sides meet on the spinous processes
        add("trapezius_upper", sheet({P(kMidlineM, z("C1")), P(kMidlineM, z("C4")), P(kMidlineM, z("C7"))},
                                     {clavicleLateralThird, glm::mix(clavicleLateralThird, sc.acromion, 0.5f), at(sc.acromion, -0.004f)}, 0.003f, 0.008f), {0.05f, 0.3f});
        add("trapezius_middle", sheet({P(kMidlineM, z("C7")), P(kMidlineM, z("T1")), P(kMidlineM, z("T3"))},
                                      {at(sc.acromion, -0.004f), at(spineMid, 0.0f, 0.008f), at(sc.spineRoot, 0.015f, 0.01f)}, 0.003f, 0.006f), {0.3f, 0.06f}, {0.06f, 0.06f});
        add("trapezius_lower", sheet({P(kMidlineM, z("T3")), P(kMidlineM, z("T7")), P(kMidlineM, z("T12"))},
                                     {at(sc.spineRoot, 0.015f, 0.01f), at(sc.spineRoot, 0.005f, -0.005f), at(sc.spineRoot, -0.005f, -0.02f)}, 0.003f, 0.005f), {0.06f, 0.12f}, {0.15f, 0.15f});
        // Levator scapulae: from the transverse processes of C1-C4 down to the superior angle,
        // under the upper trapezius.
        const auto& tip = [&](const char* level) { return sk.vertebra(level).transverseTip[static_cast<std::size_t>(side)]; };
        add("levator_scapulae", strap({tip("C1"), tip("C3"), glm::mix(tip("C4"), sc.superiorAngle, 0.5f), sc.superiorAngle},
                                      {0.008f, 0.010f, 0.010f, 0.008f}, 0.012f, 0.008f), {0.12f, 0.12f}, {0.05f, 0.05f});
        // Rhomboids: from C7-T5 to the medial border of the scapula, under the trapezius.
        add("rhomboids", sheet({P(0.004f, z("C7")), P(0.004f, z("T3")), P(0.004f, z("T5"))},
                               {at(sc.spineRoot, 0.0f, 0.01f), glm::mix(sc.spineRoot, sc.inferiorAngle, 0.5f), at(sc.inferiorAngle, -0.003f, 0.01f)}, 0.011f, 0.005f));
        // Deltoid, its back and middle parts: from the scapula's spine, the acromion and the
        // clavicle's end, converging on the deltoid tuberosity halfway down the humerus.
        const glm::vec3 tuberosity = glm::mix(arm.shoulder, arm.elbow, 0.45f);
        add("deltoid", sheet({glm::mix(sc.spineRoot, sc.acromion, 0.3f), spineMid, sc.acromion, arm.clavicle[1]},
                             {at(tuberosity, -0.012f), tuberosity, at(tuberosity, 0.012f)}, 0.004f, 0.014f), {}, {0.12f, 0.12f});
        // Infraspinatus: fills the fossa below the spine, to the back of the humeral head.
        add("infraspinatus", sheet({at(sc.spineRoot, 0.005f, -0.012f), glm::mix(sc.spineRoot, sc.inferiorAngle, 0.5f), at(sc.inferiorAngle, 0.01f, 0.015f)},
                                   {at(sc.humeralHead, -0.005f, 0.008f), sc.humeralHead, at(sc.humeralHead, -0.005f, -0.01f)}, 0.010f, 0.014f), {}, {0.18f, 0.18f});
        // Teres major: from the inferior angle up and out to the humerus below its head.
        add("teres_major", strap({at(sc.inferiorAngle, 0.01f, 0.01f), glm::mix(sc.inferiorAngle, glm::mix(arm.shoulder, arm.elbow, 0.2f), 0.5f),
                                  glm::mix(arm.shoulder, arm.elbow, 0.2f)},
                                 {0.012f, 0.014f, 0.009f}, 0.008f, 0.012f), {}, {0.2f, 0.2f});
        // Latissimus dorsi: from T7 down (through the thoracolumbar fascia, whose sheet is not
        // drawn so that the erector spinae show) and the iliac crest up to the humerus; under
        // the lower trapezius.
        add("latissimus_dorsi", sheet({P(0.003f, z("T7")), P(0.004f, z("T10")), P(0.035f, z("L1")), P(0.012f + ew, z("L3")), P(0.075f, crestZ + 0.01f), P(p.waistHalfWidth * 0.9f, crestZ + 0.02f)},
                                      {sc.inferiorAngle, P(p.chestHalfWidth * 0.7f, sc.inferiorAngle.z + 0.02f), P(p.chestHalfWidth * 0.8f, z("T5")), P(std::abs(sc.glenoid.x), z("T3"))}, 0.009f, 0.006f), {0.05f, 0.45f}, {0.12f, 0.12f});
        // Erector spinae in its three columns, from the sacrum and the iliac crest up the back.
        const std::vector<glm::vec3> erectorMedial = {P(0.012f, psisZ), P(0.012f, z("L3")), P(0.012f, z("T6")), P(0.010f, z("C7"))};
        const std::vector<glm::vec3> erectorLateral = {P(0.010f + ew * 0.8f, psisZ), P(0.012f + ew, z("L3")), P(0.05f, z("T6")), P(0.03f, z("C7"))};
        auto column = [&](float from, float to) {
            std::vector<glm::vec3> a, b;
            for (std::size_t i = 0; i < erectorMedial.size(); ++i) {
                a.push_back(glm::mix(erectorMedial[i], erectorLateral[i], from));
                b.push_back(glm::mix(erectorMedial[i], erectorLateral[i], to));
            }
            MuscleOutline o = sheet(a, b, 0.008f, 0.026f);
            o.fibres = FibreRun::AlongEdges;
            o.depthAtEnd = 0.016f;
            return o;
        };
        MuscleOutline spinalis = sheet({P(0.004f, z("L2")), P(0.004f, z("T8")), P(0.004f, z("T2"))}, {P(0.0115f, z("L2")), P(0.0115f, z("T8")), P(0.0115f, z("T2"))}, 0.010f, 0.008f);
        spinalis.fibres = FibreRun::AlongEdges;
        add("spinalis", spinalis);
        MuscleOutline longissimus = column(0.0f, 0.5f), iliocostalis = column(0.53f, 1.0f);
        iliocostalis.thickness = 0.020f;
        add("longissimus", longissimus, {0.15f, 0.15f});
        add("iliocostalis", iliocostalis, {0.15f, 0.15f});
        MuscleOutline quadratus = sheet({P(0.045f, crestZ), P(0.045f, z("L2")), P(0.045f, z("T12"))}, {P(0.095f, crestZ + 0.005f), P(0.10f, z("L2")), P(0.08f, z("T12"))}, 0.045f, 0.015f);
        quadratus.fibres = FibreRun::AlongEdges;
        add("quadratus_lumborum", quadratus);
        // External oblique: from the outer faces of the lower ribs down and forward to the
        // iliac crest, seen at the flank; draped from above and outside (the arm lies beside).
        const auto& rib = [&](int n) { return sk.ribs[static_cast<std::size_t>(side * 12 + n - 1)]; };
        const std::vector<glm::vec3>& crest = sk.pelvis.iliacCrest[static_cast<std::size_t>(side)];
        MuscleOutline oblique = sheet({ribSide(rib(12)), ribSide(rib(10)), ribSide(rib(8))},
                                      {crest[crest.size() / 2], glm::mix(sk.pelvis.iliacCrestTop[static_cast<std::size_t>(side)], sk.pelvis.asis[static_cast<std::size_t>(side)], 0.6f), sk.pelvis.asis[static_cast<std::size_t>(side)]},
                                      0.006f, 0.008f);
        oblique.toward = glm::normalize(glm::vec3(-s, -1.0f, 0.0f));
        oblique.reach = 0.12f;
        add("external_oblique", oblique, {}, {0.2f, 0.35f});
        // Gluteus maximus: from the sacrum, the coccyx and the ilium behind the PSIS down and out
        // to the iliotibial tract over the greater trochanter and to the femur below it; the
        // buttock's upper outer quarter above its upper border is gluteus medius.
        add("gluteus_maximus", sheet({P(0.02f, psisZ + 0.01f), P(0.012f, 0.5f * (psisZ + coccyxZ)), P(0.012f, coccyxZ - 0.01f), P(0.03f, -0.10f)},
                                     {P(std::abs(troch.x) + 0.005f, troch.z + 0.03f), P(std::abs(troch.x) + 0.01f, troch.z - 0.03f), P(std::abs(troch.x) - 0.005f, troch.z - 0.08f), P(std::abs(troch.x) - 0.02f, -0.13f)},
                                     0.012f, 0.025f));
        add("gluteus_medius", sheet({P(0.075f, crestZ - 0.01f), P(0.11f, crestZ + 0.005f), P(p.iliacHalfWidth - 0.01f, crestZ - 0.02f)},
                                    {P(0.09f, troch.z + 0.06f), P(0.12f, troch.z + 0.04f), P(std::abs(troch.x), troch.z + 0.02f)}, 0.03f, 0.018f));
        // The hip's side, draped from just outside it: the forearm and the hand lie beside
        // the hip 6-7 cm out, so the drape starts 3 cm out.
        constexpr float kSideStartM = 0.015f, kSideReachM = 0.015f;
        auto L = [&](float y, float zz) { return glm::vec3(s * (0.5f * p.hipBreadth + kSideStartM), y, zz); };
        auto lateral = [&](std::vector<glm::vec3> a, std::vector<glm::vec3> b, float depth, float thickness) {
            MuscleOutline o = sheet(std::move(a), std::move(b), depth, thickness);
            o.toward = glm::vec3(-s, 0.0f, 0.0f);
            o.reach = kSideReachM;
            o.fibres = FibreRun::AlongEdges;
            return o;
        };
        const float kneeZ = leg.knee.z;
        add("tensor_fasciae_latae", lateral({L(hipY - 0.045f, 0.05f), L(hipY - 0.045f, -0.02f), L(hipY - 0.03f, -0.12f)},
                                            {L(hipY - 0.015f, 0.05f), L(hipY - 0.01f, -0.02f), L(hipY - 0.005f, -0.12f)}, 0.006f, 0.012f));
        add("iliotibial_band", lateral({L(hipY - 0.012f, troch.z - 0.02f), L(hipY - 0.014f, -0.15f), L(hipY - 0.020f, kneeZ + 0.06f)},
                                       {L(hipY + 0.014f, troch.z - 0.02f), L(hipY + 0.012f, -0.15f), L(hipY - 0.002f, kneeZ + 0.06f)}, 0.004f, 0.002f), {1.0f, 1.0f});
        // Hamstrings: from the ischial tuberosity (under the gluteus maximus, so drawn from the
        // gluteal fold down) to the fibula's head (biceps femoris) and the tibia's inner face
        // below the knee (semitendinosus).
        const glm::vec3 ischial = sk.pelvis.ischialTuberosity[static_cast<std::size_t>(side)];
        const glm::vec3 fold = at(ischial, 0.0f, -0.06f);
        const glm::vec3 tibialInsertion = at(leg.medialCondyle, 0.005f, -0.04f);
        add("biceps_femoris", strap({at(fold, 0.014f), at(glm::mix(fold, leg.fibulaHead, 0.5f), 0.004f), at(leg.fibulaHead, 0.0f, 0.01f)},
                                    {0.014f, 0.024f, 0.010f}, 0.010f, 0.024f), {0.05f, 0.05f}, {0.22f, 0.22f});
        add("semitendinosus", strap({at(fold, -0.014f), glm::mix(at(fold, -0.014f), tibialInsertion, 0.5f), tibialInsertion},
                                    {0.013f, 0.020f, 0.007f}, 0.010f, 0.020f), {0.05f, 0.05f}, {0.4f, 0.4f});
    }
    return out;
}

}  // namespace backrub
