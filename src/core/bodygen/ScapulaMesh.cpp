#include "core/bodygen/ScapulaMesh.h"

#include <glm/gtc/constants.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace backrub {
namespace {

// Published mean scapula (docs/sources.md, "Scapula shape"): the blade's height and the glenoid's
// height and breadth; the glenoid is sized by the blade's height relative to this one.
constexpr float kPublishedHeightM = 0.1393f;
constexpr float kGlenoidHeightM = 0.0358f, kGlenoidBreadthM = 0.0273f;
// The humeral head's radius is about 0.62 of the glenoid's height (22-25 mm beside 36-39 mm,
// estimate); the socket's floor stays a cartilage's width (1 mm, estimate) off it.
constexpr float kHeadRadiusPerGlenoidHeight = 0.62f, kCartilageM = 0.001f;

// The blade's own frame: origin at the inferior angle, v up the medial border to the superior
// angle, u across the blade toward the glenoid, n out of its back. The glenoid lies at (uG, vG).
struct BladeFrame {
    glm::vec3 origin, u, v, n;
    float height = 0.0f, uG = 0.0f, vG = 0.0f;
    float mm = 0.001f;  // a male millimetre, scaled to this blade
    glm::vec3 at(float pu, float pv, float lift = 0.0f) const { return origin + u * pu + v * pv + n * lift; }
    glm::vec2 coords(const glm::vec3& q) const { return {glm::dot(q - origin, u), glm::dot(q - origin, v)}; }
};

BladeFrame bladeFrame(const Scapula& s) {
    constexpr float kMaleHeightM = 0.159f;  // the generated male blade; its sizes below are in male mm
    BladeFrame f;
    f.origin = s.inferiorAngle;
    f.height = glm::length(s.superiorAngle - s.inferiorAngle);
    f.v = (s.superiorAngle - s.inferiorAngle) / std::max(f.height, 1e-6f);
    f.n = glm::normalize(s.outward - f.v * glm::dot(s.outward, f.v));
    f.u = glm::cross(f.v, f.n);
    if (glm::dot(f.u, s.glenoid - s.inferiorAngle) < 0.0f) f.u = -f.u;
    const glm::vec2 g = f.coords(s.glenoid);
    f.uG = g.x;
    f.vG = g.y;
    f.mm = 0.001f * f.height / kMaleHeightM;
    return f;
}

// `count` points spaced evenly by arc length along the polyline.
std::vector<glm::vec3> resampled(const std::vector<glm::vec3>& line, int count) {
    std::vector<float> along = {0.0f};
    for (std::size_t i = 1; i < line.size(); ++i) along.push_back(along.back() + glm::length(line[i] - line[i - 1]));
    std::vector<glm::vec3> out;
    std::size_t seg = 1;
    for (int j = 0; j < count; ++j) {
        const float target = along.back() * static_cast<float>(j) / static_cast<float>(count - 1);
        while (seg + 1 < line.size() && along[seg] < target) ++seg;
        const float len = along[seg] - along[seg - 1];
        const float t = len > 0.0f ? std::clamp((target - along[seg - 1]) / len, 0.0f, 1.0f) : 0.0f;
        out.push_back(glm::mix(line[seg - 1], line[seg], t));
    }
    return out;
}

// A smooth curve through blade coordinates (x = u, y = v), `count` points evenly spaced.
std::vector<glm::vec2> bladeCurve(const std::vector<glm::vec2>& control, int count) {
    std::vector<glm::vec3> c;
    for (const glm::vec2& p : control) c.emplace_back(p, 0.0f);
    std::vector<glm::vec2> out;
    for (const glm::vec3& p : resampled(catmullRom(c, 8), count)) out.emplace_back(p);
    return out;
}

// A point of a loft's centre line and its half sizes across (along the side) and along `up`.
struct Section {
    glm::vec3 at;
    float halfWidth, halfThickness;
};

// A tube through the sections, smoothed (Catmull-Rom) with sizes interpolated between them.
void addLoft(MeshBuilder& m, const std::vector<Section>& sections, const glm::vec3& up, int perSegment, int sides) {
    std::vector<glm::vec3> control;
    for (const Section& s : sections) control.push_back(s.at);
    const std::vector<glm::vec3> path = catmullRom(control, perSegment);
    std::vector<float> hw, ht;
    for (std::size_t i = 0; i < path.size(); ++i) {
        const std::size_t seg = std::min(i / static_cast<std::size_t>(perSegment), sections.size() - 2);
        const float t = static_cast<float>(i - seg * static_cast<std::size_t>(perSegment)) / static_cast<float>(perSegment);
        hw.push_back(glm::mix(sections[seg].halfWidth, sections[seg + 1].halfWidth, t));
        ht.push_back(glm::mix(sections[seg].halfThickness, sections[seg + 1].halfThickness, t));
    }
    m.addTube(path, hw, ht, up, sides);
}

// The blade's outline in blade coordinates (male mm from the glenoid's and the angles' places).
struct BladeOutline {
    std::vector<glm::vec2> medial, lateral, inferior, superior;  // Coons patch edges: v up, u across
};

BladeOutline bladeOutline(const BladeFrame& f, const glm::vec2& root, int rows, int cols) {
    const float mm = f.mm, H = f.height, uG = f.uG, vG = f.vG;
    BladeOutline o;
    const glm::vec2 bottomMedial(-1 * mm, 6 * mm), bottomLateral(5 * mm, 5 * mm);
    const glm::vec2 infraglenoid(uG - 8 * mm, vG - 24 * mm), coracoidBase(uG - 17 * mm, vG + 18 * mm);
    // The medial border bends a little at the spine's root; the lateral border runs straight to the
    // infraglenoid tubercle and on up the glenoid's neck; the superior border dips at the notch.
    o.medial = bladeCurve({bottomMedial, {-2.5f * mm, 0.45f * root.y}, {root.x - 3 * mm, root.y}, {0.0f, H}}, rows);
    o.lateral = bladeCurve({bottomLateral, 0.5f * (bottomLateral + infraglenoid) + glm::vec2(2 * mm, 0.0f), infraglenoid,
                            {uG - 12 * mm, vG - 8 * mm}, {uG - 12 * mm, vG + 8 * mm}, coracoidBase},
                           rows);
    o.inferior = bladeCurve({bottomMedial, {0.5f * mm, 0.0f}, bottomLateral}, cols);
    o.superior = bladeCurve({{0.0f, H}, {0.4f * uG, H + 1 * mm}, {uG - 32 * mm, vG + 9 * mm}, {uG - 24 * mm, vG + 16 * mm}, coracoidBase}, cols);
    return o;
}

// Half the blade's thickness (m) at patch coordinates (a across, b up): thin in the fossae,
// thicker along the medial border and much thicker along the lateral one (male 1-2 mm and
// 8-9 mm in all, estimates after atlas sections).
float bladeHalfThickness(const BladeFrame& f, float a, float b) {
    const float medial = 0.6f * std::exp(-(a / 0.08f) * (a / 0.08f));
    const float lateral = (2.0f + 2.2f * b) * std::exp(-((1.0f - a) / 0.16f) * ((1.0f - a) / 0.16f));
    return (0.8f + medial + lateral) * f.mm;
}

// The blade's middle surface bows out of its back a little, as the ribs beneath it do (estimate).
float bladeBow(const BladeFrame& f, float a, float b) {
    const float pi = glm::pi<float>();
    return 2.5f * f.mm * std::sin(pi * a) * std::sin(pi * b);
}

// The blade as a Coons patch between its four borders, thickened about its middle surface.
void addBlade(MeshBuilder& m, const BladeFrame& f, const BladeOutline& o, int rows, int cols) {
    std::vector<glm::vec3> top, bottom;
    const glm::vec2 c00 = o.inferior.front(), c10 = o.inferior.back(), c01 = o.superior.front(), c11 = o.superior.back();
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
            const float a = static_cast<float>(c) / static_cast<float>(cols - 1), b = static_cast<float>(r) / static_cast<float>(rows - 1);
            const glm::vec2 p = (1 - b) * o.inferior[c] + b * o.superior[c] + (1 - a) * o.medial[r] + a * o.lateral[r] -
                                ((1 - a) * (1 - b) * c00 + a * (1 - b) * c10 + (1 - a) * b * c01 + a * b * c11);
            const float h = bladeHalfThickness(f, a, b), lift = bladeBow(f, a, b);
            top.push_back(f.at(p.x, p.y, lift + h));
            bottom.push_back(f.at(p.x, p.y, lift - h));
        }
    m.addSheet(top, bottom, rows, cols);
    // The lateral border is a rounded pillar from the inferior angle to the infraglenoid tubercle.
    std::vector<Section> pillar;
    for (int r = 0; r < rows; ++r) {
        const float b = static_cast<float>(r) / static_cast<float>(rows - 1);
        if (o.lateral[r].y > f.vG - 22 * f.mm) break;
        const float h = bladeHalfThickness(f, 1.0f, b);
        pillar.push_back({f.at(o.lateral[r].x - 1.5f * f.mm, o.lateral[r].y, bladeBow(f, 1.0f, b)), 2.8f * f.mm, h + 0.4f * f.mm});
    }
    if (pillar.size() >= 2) addLoft(m, pillar, f.n, 1, 8);
}

// The spine: a plate standing on the blade from its root to the spinoglenoid notch, its crest
// rising to the acromial angle; the crest runs on, widening, into the flat acromion.
void addSpineAndAcromion(MeshBuilder& m, const Scapula& s, const BladeFrame& f, const glm::vec2& root) {
    const float mm = f.mm;
    constexpr int kAlong = 16, kAcross = 4;
    const glm::vec2 notch(f.uG - 20 * mm, f.vG + 1 * mm);
    const std::vector<glm::vec2> base = bladeCurve({root + glm::vec2(1 * mm, 0.0f), {0.5f * f.uG, root.y + 0.45f * (notch.y - root.y)}, notch}, kAlong);
    auto footOf = [&](int i) {
        const float a = std::clamp(base[i].x / std::max(f.uG, 1e-6f), 0.0f, 1.0f);
        return f.at(base[i].x, base[i].y, bladeBow(f, a, base[i].y / f.height) - 0.5f * mm);
    };
    // The crest is subcutaneous: it bows out of the line from the root to the acromion, as far as the
    // skin's cover over it (SkinField, addShoulders) allows; the plate under it grows taller outward.
    const glm::vec3 rootCrest = footOf(0) + f.n * (4 * mm);
    const glm::vec3 crestMid = glm::mix(s.spineRoot, s.acromion, 0.4f) + f.n * (18 * mm);
    const glm::vec3 crestOut = glm::mix(s.spineRoot, s.acromion, 0.7f) + f.n * (12 * mm);
    const std::vector<glm::vec3> crest = resampled(catmullRom({rootCrest, crestMid, crestOut, s.acromialAngle}, 8), kAlong);
    std::vector<glm::vec3> top, bottom;
    for (int i = 0; i < kAlong; ++i) {
        const glm::vec3 footAt = footOf(i);
        const glm::vec3 along = crest[std::min(i + 1, kAlong - 1)] - crest[std::max(i - 1, 0)];
        glm::vec3 side = glm::cross(crest[i] - footAt, along);
        side = glm::length(side) > 1e-9f ? glm::normalize(side) : f.v;
        for (int j = 0; j < kAcross; ++j) {
            const float t = static_cast<float>(j) / static_cast<float>(kAcross - 1);
            const glm::vec3 mid = glm::mix(footAt, crest[i], t);
            const float half = (1.6f + 0.8f * t) * mm;
            top.push_back(mid + side * half);
            bottom.push_back(mid - side * half);
        }
    }
    m.addSheet(top, bottom, kAlong, kAcross);
    // The crest is thick and rounded; at the acromial angle it turns forward into the acromion,
    // flat (its upper surface faces up and back) and about 25 mm wide (published 25.0 +- 3.7 mm).
    const glm::vec3 sideward(s.glenoid.x > 0.0f ? 1.0f : -1.0f, 0.0f, 0.0f);
    const glm::vec3 tipward = glm::normalize(s.acromionTip - s.acromialAngle);
    const glm::vec3 acromionMid = 0.5f * (s.acromialAngle + s.acromionTip) + sideward * (1 * mm);
    const glm::vec3 acromionUp = glm::normalize(glm::vec3(0.0f, 0.45f, 0.9f));
    addLoft(m,
            {{rootCrest, 3.0f * mm, 3.0f * mm},
             {crestMid, 3.4f * mm, 3.4f * mm},
             {crestOut, 3.8f * mm, 3.8f * mm},
             {s.acromialAngle, 7.0f * mm, 4.2f * mm},
             {acromionMid, 12.0f * mm, 4.0f * mm},
             {s.acromionTip, 8.0f * mm, 3.4f * mm},
             {s.acromionTip + tipward * (1.5f * mm), 4.0f * mm, 2.2f * mm}},
            acromionUp, 5, 12);
}

// The glenoid: a neck from the blade's lateral angle widening to an oval socket, its floor a
// cartilage's width off the humeral head and a rim round it; pear-shaped, broader below.
void addGlenoid(MeshBuilder& m, const Scapula& s, const BladeFrame& f) {
    const float k = f.height / kPublishedHeightM;
    const float gh = kGlenoidHeightM * k, gw = kGlenoidBreadthM * k;
    // It faces out along the blade, turned toward the humeral head (estimate).
    const glm::vec3 facing = glm::normalize(glm::normalize(s.humeralHead - s.glenoid) + f.u);
    const glm::vec3 face = s.humeralHead - facing * (kHeadRadiusPerGlenoidHeight * gh + kCartilageM);
    glm::vec3 up = f.v - facing * glm::dot(f.v, facing);
    up = glm::length(up) > 1e-6f ? glm::normalize(up) : anyPerpendicular(facing);
    const glm::vec3 across = glm::cross(facing, up);
    const float mm = f.mm;
    const glm::vec3 neck = f.at(f.uG - 14 * mm, f.vG - 2 * mm, bladeBow(f, 0.9f, f.vG / f.height));
    addLoft(m,
            {{neck, 5.0f * mm, 0.40f * gh},
             {face - facing * (9 * mm), 0.38f * gw, 0.40f * gh},
             {face - facing * (1.5f * mm), 0.5f * gw, 0.5f * gh}},
            up, 4, 16);
    constexpr int kRim = 20;
    std::vector<glm::vec3> rim;
    const float rimRadius = 2.6f * mm;
    for (int i = 0; i < kRim; ++i) {
        const float t = 2.0f * glm::pi<float>() * static_cast<float>(i) / static_cast<float>(kRim);
        const float c = std::cos(t), sn = std::sin(t);
        const float breadth = 0.5f * gw * (0.88f - 0.12f * c) - rimRadius;  // c = -1 at the bottom: broader
        rim.push_back(face + up * ((0.5f * gh - rimRadius) * c) + across * (breadth * sn));
    }
    m.addRing(rim, rimRadius, 8);
}

// The coracoid rises from the superior border beside the glenoid, then hooks forward and out.
void addCoracoid(MeshBuilder& m, const Scapula& s, const BladeFrame& f) {
    const float mm = f.mm;
    const glm::vec3 base = f.at(f.uG - 20 * mm, f.vG + 14 * mm, bladeBow(f, 0.85f, 0.9f));
    const glm::vec3 rise = base + f.v * (10 * mm) - f.n * (3 * mm);
    const glm::vec3 knee = glm::mix(rise, s.coracoidTip, 0.5f) + f.v * (5 * mm);
    const glm::vec3 tipward = glm::normalize(s.coracoidTip - knee);
    addLoft(m,
            {{base, 6.5f * mm, 5.5f * mm},
             {rise, 6.0f * mm, 5.5f * mm},
             {knee, 5.5f * mm, 4.8f * mm},
             {s.coracoidTip, 4.8f * mm, 4.2f * mm},
             {s.coracoidTip + tipward * (2.5f * mm), 2.5f * mm, 2.2f * mm}},
            f.n, 4, 10);
}

}  // namespace

MeshBuilder scapulaMesh(const Scapula& s) {
    constexpr int kRows = 26, kCols = 14;
    MeshBuilder m;
    const BladeFrame f = bladeFrame(s);
    if (f.height < 1e-4f || f.uG <= 0.0f) return m;
    const glm::vec2 root = f.coords(s.spineRoot);
    const BladeOutline outline = bladeOutline(f, root, kRows, kCols);
    addBlade(m, f, outline, kRows, kCols);
    addSpineAndAcromion(m, s, f, root);
    addGlenoid(m, s, f);
    addCoracoid(m, s, f);
    return m;
}

}  // namespace backrub
