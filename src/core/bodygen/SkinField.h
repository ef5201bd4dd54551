#pragma once
// The skin as an implicit surface (negative inside, roughly the distance in metres),
// placed from the skeleton: a lofted trunk whose cross-sections are superellipses
// sized from the body widths, lying on the table and passing a tissue depth over each
// spinous process, with the spine groove, scapulae, PSIS dimples and iliac crests
// shaped in; head and face, neck, shoulders, arms and hands, buttocks, hips, legs and
// feet are blended on with smooth unions (the small blend under the buttocks makes the
// gluteal fold). Parts come in groups (a hand, a foot, ...) so that a point far from a
// group skips all of its parts.
#include "core/bodygen/BodyProportions.h"
#include "core/bodygen/Skeleton.h"

#include <glm/glm.hpp>

#include <vector>

namespace backrub {

// The parts the skin is blended from, for binding the skin to the bones (SkinWeights.h).
enum class SkinPart { Trunk, Head, Arm, Leg, Hand, Foot };
struct SkinPartId {
    SkinPart part = SkinPart::Trunk;
    int side = 0;  // 0 left, 1 right; 0 for the trunk and head
};

class SkinField {
public:
    SkinField(const Skeleton& skeleton, const BodyProportions& proportions);

    float operator()(const glm::vec3& p) const;
    // A box that holds the whole surface.
    void bounds(glm::vec3& lo, glm::vec3& hi) const;

    // The skin point straight above `p` (+Y, posterior) or along `dir`, by marching the
    // field from `p` (which should lie inside the body); `p` itself if none is found.
    glm::vec3 surfaceAlong(const glm::vec3& p, const glm::vec3& dir) const;

    // Which part each group of the field is (trunk with neck, shoulders and hips; head;
    // arm, leg, hand and foot per side), and the field of each group alone at `p`, in that
    // order: the smallest is the part `p` belongs to (negative inside it).
    const std::vector<SkinPartId>& partIds() const { return partIds_; }
    void partFields(const glm::vec3& p, std::vector<float>& out) const;

private:
    struct Station {
        float z, yPost;  // height of the paraspinal ridge line at z
    };
    enum class Shape { Cone, Ellipsoid };
    struct Part {
        Shape shape;
        glm::vec3 a, b;         // cone axis ends; ellipsoid: a = centre, b = radii
        float r0, r1;           // cone radii
        float blend;            // smooth-union radius with what came before
        glm::vec3 boundCentre;  // bounding sphere, for skipping far parts
        float boundRadius;
        glm::mat3 axes{1.0f};   // ellipsoid: its axes (columns) in model space
    };
    // Consecutive parts [first, end) with a sphere holding them all.
    struct Group {
        std::size_t first = 0, end = 0;
        glm::vec3 centre{0.0f};
        float radius = 0.0f, blend = 0.0f;  // blend: the largest of its parts'
    };
    struct Dimple {
        glm::vec3 a, b;  // a segment in (x, z); y unused
        float depth;     // > 0 carves in, < 0 bulges out (m)
        float width;     // gaussian radius (m)
        float postOnly;  // 1: only on the back, 0: also on the sides
    };

    // A raised area over a convex outline in (x, z): full height `inner` inside the
    // outline, fading to nothing `outer` outside it.
    struct Relief {
        std::vector<glm::vec2> corner;  // convex, either winding
        float height, inner, outer;
        float signedDistance(const glm::vec2& q) const;
    };

    float trunk(const glm::vec3& p) const;
    // Construction steps, in the constructor's order (parts and dimples sum in the order added).
    std::vector<glm::vec2> midlineProfile(const Skeleton& sk, const BodyProportions& p) const;
    void buildKeys(const Skeleton& sk, const BodyProportions& p);
    void buildRidgeLine(const Skeleton& sk, const std::vector<glm::vec2>& profile);
    void addBackRelief(const Skeleton& sk, const BodyProportions& p);
    static Relief scapulaRelief(const Scapula& s, int side);
    void addNeck(const Skeleton& sk, const BodyProportions& p);
    void addShoulders(const Skeleton& sk, const BodyProportions& p);
    void addHipsAndButtocks(const Skeleton& sk, const BodyProportions& p);
    void addNatalCleft(const Skeleton& sk, const BodyProportions& p);
    // Head, limbs, hands and feet (SkinLimbs.cpp).
    void addHead(const Head& h, const BodyProportions& p);
    void addArm(const Arm& a, const BodyProportions& p);
    void addHand(const Hand& h);
    void addLeg(const Skeleton& sk, int side, const BodyProportions& p);
    void addFoot(const Foot& f, const BodyProportions& p);
    void addDigit(const Digit& d, float blend);
    void computeBounds();
    void beginGroup(SkinPartId id);
    float partField(const Part& part, const glm::vec3& p) const;
    void addCone(const glm::vec3& a, const glm::vec3& b, float r0, float r1, float blend);
    void addEllipsoid(const glm::vec3& c, const glm::vec3& radii, float blend, const glm::mat3& axes = glm::mat3(1.0f));

    // The skin's midline height (y) over the lumbar spine, keyed to z: a parabola through
    // the skin over L1 (zTop, yTop), lowest at zLowest (over S1).
    struct LumbarHollow {
        float zTop = 0.0f, yTop = 0.0f, zLowest = 0.0f;
        float curvature = 0.0f;  // 1/m
        float operator()(float z) const;
    };
    static LumbarHollow lumbarHollow(const Skeleton& sk, const glm::vec2& l1Skin);

    // Trunk shape keyed to heights (z): half-width, anterior surface, spine groove depth.
    struct Keys {
        std::vector<glm::vec2> k;  // (z, value), ascending z
        float operator()(float z) const;
    };

    // The natal cleft between the buttocks, carved after every part is blended in: its
    // floor (y, keyed to z) runs from the lower sacrum over the coccyx down between the
    // buttocks, where the glutei would otherwise meet over the tailbone.
    struct Cleft {
        Keys floor;
        float zLo = 0.0f, zHi = 0.0f;
        bool present = false;
        float distance(const glm::vec3& p) const;  // < 0 inside the carved-out wedge
    };

    std::vector<Station> stations_;  // ascending z
    Keys widthKeys_, yAntKeys_, grooveKeys_;
    std::vector<Part> parts_;
    std::vector<Group> groups_;
    std::vector<SkinPartId> partIds_;  // per group
    glm::vec3 trunkLo_{0.0f}, trunkHi_{0.0f};
    std::vector<Dimple> dimples_;
    std::vector<Relief> reliefs_;
    Cleft cleft_;
    float zBottom_ = 0.0f, zTop_ = 0.0f;
    glm::vec3 lo_{0.0f}, hi_{0.0f};
};

}  // namespace backrub
