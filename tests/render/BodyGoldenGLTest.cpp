// The generated body on its massage table as golden images: from the back, the side and the
// three-quarter view, in x-ray, and the skeleton alone and the muscles alone from the back.
#include "app/Snapshot.h"
#include "core/bodygen/BodyModel.h"
#include "core/pose/ScenePoser.h"
#include "core/scene/MassageTable.h"
#include "render/GLTestContext.h"

#include <catch2/catch.hpp>

using namespace backrub;

TEST_CASE("The generated body from the back, the side, obliquely, in x-ray and layer by layer matches its golden images", "[render][golden][body]") {
    test::requireGlContext();
    const SceneData body = generateBodyScene(BodySize::Female);
    Problems problems;
    const MassageTable table = massageTableFor(BodySize::Female, Body::fromScene(body, "female", problems).value().skin);
    app::SnapshotRequest req;
    req.table = &table.mesh;
    req.width = 360;
    req.height = 360;
    enum class Shown { Whole, Xray, SkeletonOnly, MusclesOnly };
    struct View {
        ViewPreset preset;
        Shown shown;
        const char* golden;
    };
    for (const View& v : {View{ViewPreset::Back, Shown::Whole, "body_female_back"}, View{ViewPreset::Left, Shown::Whole, "body_female_left"},
                          View{ViewPreset::Oblique, Shown::Whole, "body_female_oblique"}, View{ViewPreset::Back, Shown::Xray, "body_female_back_xray"},
                          View{ViewPreset::Back, Shown::SkeletonOnly, "body_female_skeleton"},
                          View{ViewPreset::Back, Shown::MusclesOnly, "body_female_muscles"}}) {
        INFO(v.golden);
        req.view = v.preset;
        req.settings = ViewSettings{};
        req.settings.setXray(v.shown == Shown::Xray);
        req.settings.layer(Layer::Skin).visible = v.shown == Shown::Whole || v.shown == Shown::Xray;
        req.settings.layer(Layer::Muscles).visible = v.shown != Shown::SkeletonOnly;
        req.settings.layer(Layer::Skeleton).visible = v.shown != Shown::MusclesOnly;
        Image image;
        std::string error;
        REQUIRE(app::renderSnapshot(body, req, image, error));
        test::requireNoGlErrors();
        test::requireMatchesGolden(image, v.golden);
    }
}

TEST_CASE("The generated body in each pose matches its golden image", "[render][golden][body][pose]") {
    // The poses a technique step can name, and the middle of the roll-over, seen whole from
    // the three-quarter view (upright presets for the standing body), without the table.
    test::requireGlContext();
    const SceneData rest = generateBodyScene(BodySize::Male);
    ScenePoser poser(rest);
    app::SnapshotRequest req;
    req.width = 360;
    req.height = 360;
    req.view = ViewPreset::Oblique;
    struct Shown {
        BodyPose pose;
        const char* golden;
    };
    for (const Shown& s : {Shown{namedPose(PoseId::SupineKneesToChest), "pose_supine-knees-to-chest"},
                           Shown{namedPose(PoseId::SideLying), "pose_side-lying"}, Shown{namedPose(PoseId::Standing), "pose_standing"},
                           Shown{rollOver(0.5f), "pose_roll-over-middle"}}) {
        INFO(s.golden);
        SceneData posed;
        poser.apply(s.pose, posed);
        req.settings = ViewSettings{};
        req.upright = !s.pose.restOnTable;
        Image image;
        std::string error;
        REQUIRE(app::renderSnapshot(posed, req, image, error));
        test::requireNoGlErrors();
        test::requireMatchesGolden(image, s.golden);
    }
}
