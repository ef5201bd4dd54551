#include "gfx/VisualizerRenderer.h"

#include "core/pressure/ContactArea.h"
#include "core/hands/ContactWindow.h"
#include "core/session/HeatDisplay.h"
#include "core/session/StepPose.h"
#include "core/scene/ContactShade.h"
#include "core/view/HeatOverlay.h"

#include <algorithm>
#include <array>
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
    sceneData_ = &scene;
    posed_.reset();
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

void VisualizerRenderer::pose(const TechniqueSession* session, ViewSettings& shown) {
    if (session && sceneData_ && (!posed_ || &posed_->restBody() != &session->body())) {
        if (posed_ && !posed_->atRest()) scene_.setPosedScene(*sceneData_);  // at rest again, as the new one starts
        posed_ = std::make_unique<PosedBody>(*sceneData_, session->body());
    }
    if (!posed_ || !posed_->canPose()) return;
    BodyPose pose = session ? poseAt(session->technique(), session->time()) : BodyPose{};
    // Self-massage: the receiver's own arms reach the spots while hands are shown (hidden, the
    // heat under them shows).
    if (session && shown.showHands && ownHandsAt(session->technique(), session->time()))
        for (const HandPose& h : session->frame().hands)
            if (h.inUse && h.contact != ContactKind::TennisBall)
                pose.ownHands[h.side == HandSide::Left ? 0 : 1] =
                    BodyPose::Touch{h.contactPoint, h.basis[1], h.contact == ContactKind::Knuckles};
    const bool changed = posed_->setPose(pose);
    if (changed) scene_.setPosedScene(posed_->scene());
    // The table's contact shade follows the body once it holds a pose; while it keeps moving
    // (the roll-over) the table shows none, rather than reading the shade anew every frame.
    if (changed && changedLastFrame_) {
        if (!tableUnshaded_) shadeTable(false);
        tableUnshaded_ = true;
    } else if (changed || tableUnshaded_) {
        shadeTable(true);
        tableUnshaded_ = false;
    }
    changedLastFrame_ = changed;
    if (!posed_->pose().restOnTable) shown.layer(Layer::Table).visible = false;
}

void VisualizerRenderer::shadeTable(bool shaded) {
    if (!table_ || !posed_) return;
    if (shaded && posed_->atRest()) {
        scene_.setTableColors(table_->shadedColors());
        return;
    }
    if (shadedTable_.positions.size() != table_->positions.size()) shadedTable_ = *table_;
    if (shaded) shadedTable_.shade = contactShade(table_->positions, table_->normals, posed_->body().skin);
    else shadedTable_.shade.assign(table_->positions.size(), 1.0f);
    scene_.setTableColors(shadedTable_.shadedColors());
}

std::array<std::size_t, 4> VisualizerRenderer::partSizes() const {
    return {handMeshes_.hand.positions.size(), handMeshes_.nails.positions.size(), handMeshes_.forearm.positions.size(),
            handMeshes_.ball.positions.size()};
}

const PosedBody* VisualizerRenderer::poseFor(const TechniqueSession* session) {
    ViewSettings unused;
    pose(session, unused);
    return posed_ && posed_->canPose() ? posed_.get() : nullptr;
}

void VisualizerRenderer::carry(MeshGeometry& g, std::size_t from, std::size_t end, const glm::vec3& anchor) const {
    if (!posed_ || posed_->atRest()) return;
    const glm::mat4 m = posed_->matrixAt(anchor);
    const glm::mat3 r(m);
    for (std::size_t i = from; i < end; ++i) {
        g.positions[i] = glm::vec3(m * glm::vec4(g.positions[i], 1.0f));
        g.normals[i] = r * g.normals[i];
    }
}

void VisualizerRenderer::carry(OverlayGeometry& g) const {
    if (!posed_ || posed_->atRest()) return;
    for (ColoredVertex& v : g.vertices) v.position = posed_->point(v.position);
}

void VisualizerRenderer::render(const OrbitCamera& camera, int width, int height, const ViewSettings& viewSettings,
                                const TechniqueSession* session) {
    ViewSettings settings = viewSettings;
    pose(session, settings);
    if (settings.lightSkin) scene_.prepareLightSkin();
    updateHeat(settings, session);
    std::vector<ExtraMesh> extras;
    // A step without actions has the hands away (the receiver rolls over): none drawn.
    const int step = session ? stepIndexAt(session->technique(), session->time()) : -1;
    const bool handsAway = step >= 0 && session->technique().steps[static_cast<std::size_t>(step)].actions.empty();
    handMeshes_.clear();
    if (session && settings.showHands && !handsAway) {
        const HandDimensions dims = HandDimensions::adult();
        const SkinSurface& skin = session->body().skin;
        const std::array<const void*, 3> skinKey{&skin, skin.positions.data(), skin.indices.data()};
        if (!handSkin_ || handSkinOf_ != skinKey) {
            handSkin_ = std::make_unique<SkinQuery>(skin);
            handSkinOf_ = skinKey;
        }
        const auto& hands = session->frame().hands;
        for (std::size_t h = 0; h < hands.size() && h < 2; ++h) {
            const HandPose& pose = hands[h];
            handStart_[h] = partSizes();
            // With a tennis ball the receiver leans on it against a wall or the floor: the ball is the
            // tool shown; in self-massage the body's own hands do the rest (PosedBody).
            const bool own = posed_ && !posed_->atRest() && posed_->pose().ownHands[h].has_value();
            if (pose.contact != ContactKind::TennisBall && !own) {
                appendHandMeshes(pose, dims, handMeshes_, handSkin_.get());
            } else if (pose.contact == ContactKind::TennisBall) {
                toolScratch_.clear();
                appendHandMeshes(pose, dims, toolScratch_);
                appendMesh(toolScratch_.ball, handMeshes_.ball);
            }
            handStart_[h + 1] = partSizes();
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
        // Posed, each hand (its nails, forearm, ball) moves with the skin where it presses.
        for (std::size_t h = 0; h < hands.size() && h < 2; ++h) {
            const glm::vec3 anchor = hands[h].contactPoint;
            MeshGeometry* parts[4] = {&handMeshes_.hand, &handMeshes_.nails, &handMeshes_.forearm, &handMeshes_.ball};
            for (int part = 0; part < 4; ++part) carry(*parts[part], handStart_[h][part], handStart_[h + 1][part], anchor);
        }
        // (after the windows above, which are read on the body at rest)
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
    carry(warningGeometry_);
    scene_.render(camera, width, height, settings, extras,
                  [this, &viewProjection] { overlay_.draw(warningGeometry_, viewProjection); });
    ScreenBounds bounds(viewProjection, width, height);
    scene_.addToBounds(bounds, settings);
    if (session) {
        buildOverlay(settings, *session);
        carry(overlayGeometry_);
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
