#pragma once
// A full Backrub frame: the body's layers with the heat map on the skin, the
// hands (and ball) posed by the stroke engine, fading trails, a dotted preview
// of the coming path, contact markers, and a warning marker where pressure is over
// a safe limit now. The body takes the pose of the technique's step (StepPose.h):
// everything the simulation places on the body at rest is carried onto the posed
// skin (PosedBody.h). Used by the viewer, `render` and the render tests alike.
#include "core/view/ColorMap.h"
#include "core/hands/HandMesh.h"
#include "core/session/OverlayGeometry.h"
#include "core/session/PosedBody.h"
#include "core/session/TechniqueSession.h"
#include "gfx/GpuMesh.h"
#include "gfx/OverlayRenderer.h"
#include "gfx/SceneRenderer.h"

#include <array>
#include <memory>
#include <optional>
#include <string>

namespace backrub::gfx {

// The colour of each hand's trail and path ([0] the left hand), sRGB: the handout draws the same.
extern const glm::vec3 kTrailColors[2];

struct TrailStyle {
    double pastS = 2.0;     // trail length behind the hands
    double aheadS = 1.5;    // preview ahead
    double sampleS = 0.05;  // sampling of both
    float widthM = 0.004f;  // thin: the heat map's afterglow along the same path shows beside it
};

class VisualizerRenderer {
public:
    bool init(std::string& error);
    void setScene(const SceneData& scene);
    // See SceneRenderer::setTable; the table must outlive the renderer (its contact shade is
    // read again under a posed body).
    void setTable(const TableMesh* table) {
        table_ = table;
        scene_.setTable(table);
    }
    // `session` may be null: the model alone.
    void render(const OrbitCamera& camera, int width, int height, const ViewSettings& settings,
                const TechniqueSession* session);
    // Outlines a region of the session's skin from the next frame on (Region::None: none),
    // e.g. the row picked in the region figures.
    void setOutlinedRegion(Region region) { outlinedRegion_ = region; }
    // The structure under the cursor, drawn highlighted (-1: none).
    void setHighlightedNode(int node) { scene_.setHighlightedNode(node); }
    // Where the last frame drew something (model, hands, trails) on screen.
    const PixelRect& drawnRect() const { return drawnRect_; }
    // Where fast frames smooth edges: the body and what is drawn on it, not the table.
    const PixelRect& smoothRect() const { return smoothRect_; }
    // A colour scale to paint the heat with instead of the session's own, when it shows the
    // same quantity (two techniques side by side on one scale); nullopt: the session's.
    void setSharedLegend(std::optional<Legend> legend) { sharedLegend_ = std::move(legend); }
    // The heat legend of the last frame, when a heat map was drawn.
    const std::optional<Legend>& legend() const { return legend_; }
    const SceneRenderer& sceneRenderer() const { return scene_; }
    // The body as the last frame showed it (posed), or nullptr before a technique frame.
    const PosedBody* posedBody() const { return posed_.get(); }
    // Poses the body for the session's moment now, as render() does (so a camera can frame
    // the posed body first); nullptr when the body cannot be posed.
    const PosedBody* poseFor(const TechniqueSession* session);

private:
    // Poses the body for the session's moment (or at rest without one); hides the table
    // in a pose off it.
    void pose(const TechniqueSession* session, ViewSettings& shown);
    // The table's contact shade under the body as shown (`shaded`), or none.
    void shadeTable(bool shaded);
    bool changedLastFrame_ = false;  // the pose changed in the last frame
    bool tableUnshaded_ = false;     // the table shows no contact shade (the body is moving)
    // Carries vertices [from, end) of `g` from the rest body onto the posed one with the
    // skin at `anchor` (a rigid move); an overlay's vertices each with the skin where it lies.
    void carry(MeshGeometry& g, std::size_t from, std::size_t end, const glm::vec3& anchor) const;
    void carry(OverlayGeometry& g) const;
    // Vertex counts of the hand meshes' parts (hand, nails, forearm, ball), to mark where each hand begins.
    std::array<std::size_t, 4> partSizes() const;
    std::array<std::array<std::size_t, 4>, 3> handStart_{};  // per hand, and past the last
    void updateHeat(const ViewSettings& settings, const TechniqueSession* session);
    void buildOverlay(const ViewSettings& settings, const TechniqueSession& session);

    SceneRenderer scene_;
    const SceneData* sceneData_ = nullptr;
    const TableMesh* table_ = nullptr;
    TableMesh shadedTable_;  // the table with the contact shade of the posed body
    std::unique_ptr<PosedBody> posed_;  // made for the first session's body
    OverlayRenderer overlay_;
    GpuMesh hands_, nails_, forearms_, ball_;
    std::vector<glm::vec4> handOpacity_;     // per hand vertex, in the overlay's alpha (contact windows)
    std::vector<glm::vec4> forearmOpacity_;  // per forearm vertex: its fade toward the elbow times the windows
    HandMeshes handMeshes_;
    HandMeshes toolScratch_;  // a hand holding a tennis ball: only its ball is drawn
    // The skin the free fingers rest on, rebuilt when the skin's storage changes
    // (a skin moved in place, e.g. posed, keeps its storage: rebuild it then too).
    std::unique_ptr<SkinQuery> handSkin_;
    std::array<const void*, 3> handSkinOf_{};  // skin, its positions, its indices
    OverlayGeometry overlayGeometry_;
    Region outlinedRegion_ = Region::None;
    OverlayGeometry outline_;  // the border of outlineOf_.second on outlineOf_.first's skin, built when either changes
    std::pair<const SkinSurface*, Region> outlineOf_{nullptr, Region::None};
    OverlayGeometry warningGeometry_;  // drawn before the see-through hands, so it shows through them
    std::optional<Legend> legend_;
    std::optional<Legend> sharedLegend_;
    // What uploaded heat colours show (identity of the session, time, level, mode, map).
    struct HeatKey {
        const TechniqueSession* session = nullptr;
        const Technique* technique = nullptr;
        double timeS = 0.0;
        PressureLevel level = PressureLevel::Moderate;
        HeatMode mode = HeatMode::Off;
        ColorMapId map = ColorMapId::Inferno;
        LiveScale liveScale = LiveScale::Absolute;
        float sharedMax = 0.0f;  // the shared legend's top, 0 without one
        bool operator==(const HeatKey& o) const;
    };
    struct HeatState {
        HeatKey key;
        bool shown = false;
    };
    HeatState fullHeat_, lightHeat_;  // what each skin mesh's uploaded colours show
    TrailStyle trailStyle_;
    PixelRect drawnRect_, smoothRect_;
};

}  // namespace backrub::gfx
