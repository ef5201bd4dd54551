#include "gfx/VisualizerRenderer.h"

#include "core/pressure/ContactArea.h"
#include "core/hands/ContactWindow.h"
#include "core/session/HeatDisplay.h"
#include "core/view/HeatOverlay.h"

#include <algorithm>
#include <cmath>

namespace backrub::gfx {
namespace {

const glm::vec4 kHandColor{0.56f, 0.32f, 0.21f, 1.0f};   // linear; a deeper tone than the receiver's skin, so the hands read apart
const glm::vec4 kOutlineColor{0.35f, 0.85f, 1.0f, 0.9f};  // sRGB: a cool cyan, apart from every heat colour
const glm::vec4 kNailColor{0.72f, 0.46f, 0.40f, 1.0f};   // linear; paler and pinker than the hand
const glm::vec4 kBallColor{0.62f, 0.80f, 0.10f, 1.0f};   // optic yellow-green, linear

// Appends `from` to `into`, its indices moved past `into`'s vertices.
void appendMesh(const MeshGeometry& from, MeshGeometry& into) {
    const auto base = static_cast<std::uint32_t>(into.positions.size());
    into.positions.insert(into.positions.end(), from.positions.begin(), from.positions.end());
    into.normals.insert(into.normals.end(), from.normals.begin(), from.normals.end());
    for (std::uint32_t i : from.indices) into.indices.push_back(base + i);
}

}  // namespace

const glm::vec3 kTrailColors[2] = {{0.30f, 0.85f, 0.95f}, {0.60f, 0.95f, 0.45f}};  // left teal, right green (sRGB)

bool VisualizerRenderer::init(std::string& error) { return scene_.init(error) && overlay_.init(error); }

void VisualizerRenderer::setScene(const SceneData& scene) {
    scene_.setScene(scene);
    fullHeat_ = lightHeat_ = HeatState{};
}

bool VisualizerRenderer::HeatKey::operator==(const HeatKey& o) const {
    return session == o.session && technique == o.technique && timeS == o.timeS && level == o.level &&
           mode == o.mode && map == o.map && liveScale == o.liveScale && sharedMax == o.sharedMax;
}

void VisualizerRenderer::updateHeat(const ViewSettings& settings, const TechniqueSession* session) {
    GpuMesh* full = scene_.skinMesh();
    GpuMesh* light = scene_.lightSkinMesh();
    const bool drawLight = settings.lightSkin && light;
    GpuMesh* skin = drawLight ? light : full;
    HeatState& state = drawLight ? lightHeat_ : fullHeat_;
    const bool want = session && settings.heat != HeatMode::Off && full &&
                      full->vertexCount() == session->body().skin.positions.size();
    legend_.reset();
    if (!want) {
        if (state.shown && skin) skin->updateOverlay(std::vector<glm::vec4>(skin->vertexCount(), glm::vec4(0.0f)));
        state.shown = false;
        return;
    }
    const ColorMapId map = colorMapFromName(settings.colorMap).value_or(ColorMapId::Inferno);
    legend_ = heatLegend(*session, settings.heat, map, settings.liveScale);
    if (sharedLegend_ && sharedLegend_->quantity == legend_->quantity) legend_ = sharedLegend_;
    // Paused, nothing changes: keep the uploaded colours instead of recomputing them every frame.
    const HeatKey key{session, &session->technique(), session->time(), session->level(), settings.heat, map, settings.liveScale,
                      sharedLegend_ ? sharedLegend_->maxValue : 0.0f};
    if (state.shown && key == state.key) return;
    std::vector<float> values = heatValues(*session, settings.heat);
    // The light skin shows the hottest skin of each kept vertex's cluster: a thumb-sized
    // spot spans only a few kept vertices and must not be averaged away.
    if (drawLight) values = maxOntoKept(*scene_.lightSkin(), values);
    skin->updateOverlay(heatOverlayColors(values, *legend_));
    state.shown = true;
    state.key = key;
}

void VisualizerRenderer::buildOverlay(const ViewSettings& settings, const TechniqueSession& session) {
    overlayGeometry_.clear();
    const double now = session.time();
    if (settings.showTrails) {
        const auto past = session.trails(now - trailStyle_.pastS, now, trailStyle_.sampleS);
        const auto ahead = session.trails(now, now + trailStyle_.aheadS, trailStyle_.sampleS);
        for (int hand = 0; hand < 2; ++hand) {
            appendTrailRibbon(past[hand], now, trailStyle_.pastS, trailStyle_.widthM, kTrailColors[hand],
                              overlayGeometry_);
            appendDottedPath(ahead[hand], 3, trailStyle_.widthM * 0.35f, glm::vec4(kTrailColors[hand], 0.8f),
                             overlayGeometry_);
        }
    }
    if (outlinedRegion_ != Region::None) {
        const std::pair<const SkinSurface*, Region> wanted{&session.body().skin, outlinedRegion_};
        if (outlineOf_ != wanted) {
            outline_.clear();
            appendRegionOutline(session.body().skin, outlinedRegion_, 0.003f, kOutlineColor, outline_);
            outlineOf_ = wanted;
        }
        appendGeometry(outline_, overlayGeometry_);
    }
    for (const Contact& c : session.frame().contacts) {
        if (c.forceN <= 0.0f) continue;
        const float radius = contactRadiusM(std::max(c.areaCm2, 0.1f));
        // A ring around the contact area: the heat inside it stays in view.
        appendRing(c.position, c.normal, radius, std::max(0.0015f, radius * 0.12f), glm::vec4(1.0f, 1.0f, 1.0f, 0.6f),
                   overlayGeometry_);
    }
}

void VisualizerRenderer::render(const OrbitCamera& camera, int width, int height, const ViewSettings& settings,
                                const TechniqueSession* session) {
    if (settings.lightSkin) scene_.prepareLightSkin();
    updateHeat(settings, session);
    std::vector<ExtraMesh> extras;
    if (session && settings.showHands) {
        handMeshes_.clear();
        const HandDimensions dims = HandDimensions::adult();
        const SkinSurface& skin = session->body().skin;
        const std::array<const void*, 3> skinKey{&skin, skin.positions.data(), skin.indices.data()};
        if (!handSkin_ || handSkinOf_ != skinKey) {
            handSkin_ = std::make_unique<SkinQuery>(skin);
            handSkinOf_ = skinKey;
        }
        for (const HandPose& pose : session->frame().hands) {
            // With a tennis ball the receiver leans on it against a wall or the floor: the ball is the tool shown.
            if (pose.contact != ContactKind::TennisBall) {
                appendHandMeshes(pose, dims, handMeshes_, handSkin_.get());
                continue;
            }
            toolScratch_.clear();
            appendHandMeshes(pose, dims, toolScratch_);
            appendMesh(toolScratch_.ball, handMeshes_.ball);
        }
        // With the heat map on, the hands open a window over each pressed spot so the heat shows:
        // a per-vertex opacity in the overlay channel (a few thousand vertices, far cheaper on
        // llvmpipe than testing every fragment against the windows).
        const std::vector<ContactWindow> windows =
            settings.heat != HeatMode::Off ? contactWindows(session->frame().contacts) : std::vector<ContactWindow>{};
        handOpacity_.clear();
        if (!windows.empty())
            for (const glm::vec3& p : handMeshes_.hand.positions)
                handOpacity_.emplace_back(0.0f, 0.0f, 0.0f, windowOpacity(windows, p));
        forearmOpacity_.clear();
        const MeshGeometry& forearm = handMeshes_.forearm;
        for (std::size_t i = 0; i < forearm.positions.size(); ++i) {
            const float window = windows.empty() ? 1.0f : windowOpacity(windows, forearm.positions[i]);
            forearmOpacity_.emplace_back(0.0f, 0.0f, 0.0f, handMeshes_.forearmOpacity[i] * window);
        }
        const MeshGeometry& hand = handMeshes_.hand;
        hands_.stream(hand.positions, hand.normals, hand.indices, handOpacity_);
        nails_.stream(handMeshes_.nails.positions, handMeshes_.nails.normals, handMeshes_.nails.indices);
        forearms_.stream(forearm.positions, forearm.normals, forearm.indices, forearmOpacity_);
        const float alpha = settings.handsSeeThrough ? 0.35f : 1.0f;
        extras.push_back({&hands_, glm::vec4(glm::vec3(kHandColor), alpha), 0.55f, !windows.empty()});
        extras.push_back({&nails_, glm::vec4(glm::vec3(kNailColor), alpha), 0.3f, false});
        extras.push_back({&forearms_, glm::vec4(glm::vec3(kHandColor), alpha), 0.55f, true});
        if (!handMeshes_.ball.indices.empty()) {
            ball_.stream(handMeshes_.ball.positions, handMeshes_.ball.normals, handMeshes_.ball.indices);
            extras.push_back({&ball_, kBallColor, 0.8f, false});  // the ball stays solid: it is the tool being shown
        }
    }
    const float aspect = float(width) / float(height > 0 ? height : 1);
    const glm::mat4 viewProjection = camera.projection(aspect) * camera.view();
    warningGeometry_.clear();
    if (session) appendWarningMarkers(session->safety().warnings(), session->time(), warningGeometry_);
    scene_.render(camera, width, height, settings, extras,
                  [this, &viewProjection] { overlay_.draw(warningGeometry_, viewProjection); });
    ScreenBounds bounds(viewProjection, width, height);
    scene_.addToBounds(bounds, settings);
    if (session) {
        buildOverlay(settings, *session);
        overlay_.draw(overlayGeometry_, viewProjection);
        for (const MeshGeometry* g : {&handMeshes_.hand, &handMeshes_.ball})
            for (const glm::vec3& p : g->positions) bounds.add(p);
        for (const OverlayGeometry* g : {&overlayGeometry_, &warningGeometry_})
            for (const ColoredVertex& v : g->vertices) bounds.add(v.position);
    }
    smoothRect_ = bounds.rect(2);
    scene_.addTableToBounds(bounds, settings);
    drawnRect_ = bounds.rect(2);
}

}  // namespace backrub::gfx
