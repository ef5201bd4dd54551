#include "PressureTestSkin.h"
#include "core/pressure/PressureField.h"

#include <catch2/catch.hpp>

#include <numeric>

using namespace backrub;
using backrub::test::contactOnTestSkin;
using backrub::test::makePressureTestSkin;

namespace {

double integralN(const PressureField& f) {
    double sum = 0.0;
    for (std::size_t v = 0; v < f.live().size(); ++v) sum += static_cast<double>(f.live()[v]) * f.vertexAreas()[v] * 1000.0;
    return sum;
}

}  // namespace

TEST_CASE("Vertex areas sum to the skin area", "[pressure]") {
    const Body body = makePressureTestSkin(80, 60);
    const std::vector<float> a = computeVertexAreas(body.skin);
    const double total = std::accumulate(a.begin(), a.end(), 0.0);
    const double exact = 3.14159265358979 * test::kTestSkinRadiusM * test::kTestSkinLengthM;
    CHECK(total == Approx(exact).epsilon(0.01));  // chords fall slightly short of the arc
}

TEST_CASE("The integral of pressure over the skin equals the applied force", "[pressure]") {
    const Body body = makePressureTestSkin();
    PressureField field(body.skin);
    const auto kind = GENERATE(ContactKind::ThumbPad, ContactKind::Fingertips, ContactKind::FingerPads, ContactKind::Palm,
                               ContactKind::HeelOfHand, ContactKind::Knuckles, ContactKind::TennisBall);
    std::vector<Contact> contacts = {contactOnTestSkin(0.03f, 0.22f, 20.0f, kind),
                                     contactOnTestSkin(-0.07f, 0.40f, 35.0f, kind),
                                     contactOnTestSkin(0.001f, 0.10f, 6.0f, kind)};
    field.setContacts(contacts);
    CHECK(field.unappliedContacts() == 0);
    CHECK(field.requestedForceN() == Approx(61.0));
    CHECK(integralN(field) == Approx(61.0).epsilon(0.03));
    CHECK(field.appliedForceN() == Approx(61.0).epsilon(1e-4));
}

TEST_CASE("A thumb peaks near 1.5 x force / area and stays local", "[pressure]") {
    const Body body = makePressureTestSkin();
    PressureField field(body.skin);
    field.setContacts({contactOnTestSkin(0.03f, 0.22f, 15.0f, ContactKind::ThumbPad)});
    const float peak = *std::max_element(field.live().begin(), field.live().end());
    const float nominal = 15.0f / 1.5e-4f / 1000.0f;  // 100 kPa
    CHECK(peak == Approx(1.5f * nominal).epsilon(0.15));
    const float r = PressureField::kernelRadiusM(1.5f);
    for (std::uint32_t v : field.loadedVertices())
        CHECK(glm::length(body.skin.positions[v] - contactOnTestSkin(0.03f, 0.22f, 1.0f).position) <= r + 1e-6f);
}

TEST_CASE("Pressure fields clear between frames and ignore invalid forces", "[pressure]") {
    const Body body = makePressureTestSkin(60, 60);
    PressureField field(body.skin);
    field.setContacts({contactOnTestSkin(0.0f, 0.3f, 10.0f, ContactKind::Palm)});
    CHECK_FALSE(field.loadedVertices().empty());
    Contact bad = contactOnTestSkin(0.0f, 0.3f, -5.0f);
    Contact nan = contactOnTestSkin(0.0f, 0.3f, std::nanf(""));
    field.setContacts({bad, nan});
    CHECK(field.loadedVertices().empty());
    CHECK(std::all_of(field.live().begin(), field.live().end(), [](float p) { return p == 0.0f; }));
    CHECK(field.requestedForceN() == 0.0);
}

TEST_CASE("A contact smaller than the mesh falls back to the nearest vertex", "[pressure]") {
    const Body body = makePressureTestSkin(8, 6);  // ~7 cm spacing, thumb radius ~1 cm
    PressureField field(body.skin);
    Contact c = contactOnTestSkin(0.012f, 0.02f, 12.0f);
    c.position += 0.004f * c.normal;  // hovering a little above the coarse facets
    field.setContacts({c});
    CHECK(field.unappliedContacts() == 0);
    CHECK(field.loadedVertices().size() == 1);
    CHECK(integralN(field) == Approx(12.0).epsilon(1e-4));

    Contact away = c;
    away.position = {5.0f, 5.0f, 5.0f};  // off the body
    field.setContacts({away});
    CHECK(field.unappliedContacts() == 1);
    CHECK(field.appliedForceN() == 0.0);
}

TEST_CASE("Contacts do not press through to skin facing away", "[pressure]") {
    const Body body = makePressureTestSkin(60, 60);
    PressureField field(body.skin);
    Contact c = contactOnTestSkin(0.0f, 0.3f, 10.0f, ContactKind::Palm);
    c.normal = -c.normal;  // pressing from inside: every vertex faces away
    field.setContacts({c});
    CHECK(field.unappliedContacts() == 1);
}

TEST_CASE("Contact areas per kind follow docs/sources.md", "[pressure]") {
    const ContactAreas areas = ContactAreas::defaults();
    Contact c;
    for (ContactKind k : {ContactKind::ThumbPad, ContactKind::FingerPads, ContactKind::Fingertips, ContactKind::Knuckles}) {
        c.kind = k;
        CHECK(areas.areaCm2(c) >= 1.0f);  // 1-2 cm^2 per thumb, finger or knuckle
        CHECK(areas.areaCm2(c) <= 2.0f);
    }
    c.kind = ContactKind::Palm;
    CHECK(areas.areaCm2(c) >= 85.0f);
    CHECK(areas.areaCm2(c) <= 95.0f);
    c.kind = ContactKind::TennisBall;
    CHECK(areas.areaCm2(c) >= 7.0f);
    ContactAreas zeroed;  // all entries 0: still a finite pressure
    CHECK(zeroed.areaCm2(c) > 0.0f);
}
