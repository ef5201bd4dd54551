#include "core/body/StructureInfo.h"

#include <cctype>
#include <cstdlib>

namespace backrub {
namespace {

struct Entry {
    const char* prefix;  // node name without its _L/_R side
    const char* name;
    const char* description;
};

const Entry kEntries[] = {
    {"sacrum", "Sacrum", "Five fused vertebrae (S1-S5) forming the back of the pelvis; flat and close under the skin."},
    {"coccyx", "Coccyx", "The tailbone: small fused vertebrae at the base of the spine. Do not press on it."},
    {"pelvis", "Pelvis", "Hip bones: the iliac crests are the tops you feel at the waist, the PSIS the two dimples above the buttocks."},
    {"scapula", "Scapula", "Shoulder blade: a flat triangular bone gliding over the ribs; its spine is the ridge across its top."},
    {"femur", "Femur", "Thigh bone; the greater trochanter is the bony point at the side of the hip."},
    {"skull", "Skull", "The braincase and face bones with the jaw; the face rests in the face cradle, so the back of the neck stays long."},
    {"clavicle", "Clavicle", "Collarbone: an S-shaped strut from the breastbone to the acromion of the shoulder blade."},
    {"humerus", "Humerus", "Upper arm bone, from the shoulder joint to the elbow."},
    {"radius", "Radius", "Forearm bone on the thumb side; it turns over the ulna when the palm turns."},
    {"ulna", "Ulna", "Forearm bone on the little-finger side; its olecranon is the point of the elbow."},
    {"hand", "Hand", "Eight wrist bones, five metacarpals and fourteen finger bones."},
    {"patella", "Patella", "Kneecap: it rests on the table when lying face down; a pad under the shins spares it."},
    {"tibia", "Tibia", "Shinbone, the weight-bearing bone of the lower leg; its inner malleolus is the inner ankle."},
    {"fibula", "Fibula", "Slender outer bone of the lower leg; its lateral malleolus is the outer ankle."},
    {"foot", "Foot", "Seven tarsal bones (the heel is the calcaneus), five metatarsals and fourteen toe bones."},
    {"rib", "Rib", "Ribs 1-10 join the front of the chest; 11 and 12 float free and need a light touch."},
    {"sternum", "Sternum", "Breastbone: the flat bone down the front of the chest where the upper ribs' cartilages meet; it rests on the table face down."},
    {"trapezius", "Trapezius", "Broad diamond-shaped muscle from the skull and spine to the shoulder; its upper part is the most pressure-sensitive of the back."},
    {"trapezius_upper", "Trapezius, upper part", "From the skull and the neck down to the collarbone: it lifts the shoulder. The most pressure-sensitive muscle of the back."},
    {"trapezius_middle", "Trapezius, middle part", "From C7-T3 straight out to the shoulder blade's spine: it draws the shoulder blades together."},
    {"trapezius_lower", "Trapezius, lower part", "From the spine at T4-T12 up to the root of the shoulder blade's spine: it draws the shoulder blade down."},
    {"levator_scapulae", "Levator scapulae", "From the upper neck down to the shoulder blade's upper corner, under the trapezius: a common knot at the neck's base."},
    {"deltoid", "Deltoid", "The shoulder's cap, from the shoulder blade's spine and the collarbone to halfway down the upper arm."},
    {"infraspinatus", "Infraspinatus", "Fills the shoulder blade below its spine and turns the arm outward; part of the rotator cuff, often tender."},
    {"teres_major", "Teres major", "From the shoulder blade's lower corner to the upper arm: it forms the back fold of the armpit with the latissimus."},
    {"spinalis", "Spinalis (erector spinae)", "The innermost column of the erector spinae, right beside the spinous processes of the thoracic spine."},
    {"longissimus", "Longissimus (erector spinae)", "The middle and thickest column of the erector spinae: the ridge beside the spine that thumbs work along."},
    {"iliocostalis", "Iliocostalis (erector spinae)", "The outer column of the erector spinae, from the pelvis to the angles of the ribs."},
    {"external_oblique", "External oblique", "The outer flank muscle, from the lower ribs down and forward to the pelvis: it turns and bends the trunk."},
    {"biceps_femoris", "Biceps femoris", "The outer hamstring, from the sitting bone to the head of the fibula beside the knee."},
    {"semitendinosus", "Semitendinosus", "An inner hamstring, from the sitting bone to the inner shin below the knee."},
    {"rhomboid", "Rhomboids", "Between the spine and the shoulder blade, under the trapezius; they pull the shoulder blades together."},
    {"rhomboids", "Rhomboids", "Between the spine and the shoulder blade, under the trapezius; they pull the shoulder blades together."},
    {"latissimus_dorsi", "Latissimus dorsi", "The widest back muscle, from the lower spine and pelvis up to the arm."},
    {"erector_spinae", "Erector spinae", "The muscle columns either side of the spine that hold the back upright: the main target of thumb work."},
    {"quadratus_lumborum", "Quadratus lumborum", "Deep muscle between the lowest rib and the iliac crest; a common source of low back ache."},
    {"gluteus_maximus", "Gluteus maximus", "The large buttock muscle; it extends the hip."},
    {"gluteus_medius", "Gluteus medius", "Under and above the gluteus maximus at the side of the hip; it steadies the pelvis in walking."},
    {"tensor_fasciae_latae", "Tensor fasciae latae", "Small muscle at the front-side of the hip that tightens the iliotibial band."},
    {"iliotibial_band", "Iliotibial band", "Thick band of fascia down the outer thigh to the knee."},
    {"skin", "Skin", ""},
};

const char* vertebraDescription(char region) {
    switch (region) {
        case 'C': return "Cervical vertebra (neck). C7's spinous process is the bump at the base of the neck.";
        case 'T': return "Thoracic vertebra: carries a pair of ribs; its spinous process slopes steeply downward.";
        case 'L': return "Lumbar vertebra: the largest, bearing the body's weight; no ribs.";
        default: return "";
    }
}

std::string prettify(const std::string& s) {
    std::string out;
    for (char c : s) out += c == '_' ? ' ' : c;
    if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
}

// "trapezius_R" -> base "trapezius", side " (right)"; no side suffix: side "".
void splitSide(const std::string& name, std::string& base, std::string& side) {
    base = name;
    side.clear();
    if (base.size() > 2 && base[base.size() - 2] == '_' && (base.back() == 'L' || base.back() == 'R')) {
        side = base.back() == 'L' ? " (left)" : " (right)";
        base.resize(base.size() - 2);
    }
}

}  // namespace

std::string landmarkLabel(const std::string& id) {
    std::string base, side;
    splitSide(id, base, side);
    if (base == "PSIS") return base + side;  // an abbreviation, kept in capitals
    if (base == "scapula_inferior_angle") return "Scapula, inferior angle" + side;
    return prettify(base) + side;
}

StructureInfo describeStructure(const std::string& nodeName) {
    // Vertebrae: "vertebra_T7".
    const std::string vertebra = "vertebra_";
    if (nodeName.rfind(vertebra, 0) == 0 && nodeName.size() > vertebra.size()) {
        const std::string level = nodeName.substr(vertebra.size());
        return {level + " vertebra", vertebraDescription(level[0])};
    }
    std::string base, side;
    splitSide(nodeName, base, side);
    // Ribs: "rib_L11" -> "Rib 11 (left)".
    if (base.rfind("rib_", 0) == 0 && base.size() > 5 && (base[4] == 'L' || base[4] == 'R')) {
        side = base[4] == 'L' ? " (left)" : " (right)";
        const std::string number = base.substr(5);
        const int n = std::atoi(number.c_str());
        const char* description = n >= 11 ? "A floating rib: not joined to the front of the chest. Press lightly here."
                                  : n >= 8 ? "Rib whose cartilage joins the cartilage of the rib above, not the breastbone itself."
                                           : "Rib joined to the breastbone through its costal cartilage.";
        return {"Rib " + number + side, description};
    }
    for (const Entry& e : kEntries)
        if (base == e.prefix) return {std::string(e.name) + side, e.description};
    return {prettify(nodeName), ""};
}

}  // namespace backrub
