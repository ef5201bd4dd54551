#include "gfx/SceneRenderer.h"

#include "core/view/Picking.h"

#include "gfx/Gl.h"

namespace backrub::gfx {

// Linear RGB: a warm light yellow, apart from bone ivory and muscle red.
const glm::vec3 kHighlightColor{1.0f, 0.78f, 0.25f};
namespace {

// Lights stay fixed relative to the camera, as in a photo studio, so every view is well lit.
StudioLights cameraLights(const OrbitCamera& camera) {
    const glm::mat3 toWorld = glm::transpose(glm::mat3(camera.view()));
    StudioLights lights;
    lights.keyDirection = glm::normalize(toWorld * glm::vec3(0.55f, -0.65f, -0.55f));
    lights.fillDirection = glm::normalize(toWorld * glm::vec3(-0.8f, -0.1f, -0.6f));
    lights.rimDirection = glm::normalize(toWorld * glm::vec3(0.0f, -0.5f, 0.85f));
    lights.upAxis = glm::vec3(0.0f, 1.0f, 0.0f);
    return lights;
}

}  // namespace

bool SceneRenderer::init(std::string& error) {
    for (auto [shader, matte] : {std::pair{&meshShader_, false}, std::pair{&tableShader_, true}})
        if (!shader->build(matte)) {
            error = shader->error();
            return false;
        }
    return true;
}

void SceneRenderer::setScene(const SceneData& scene) {
    items_.clear();
    posed_ = nullptr;
    for (std::size_t n = 0; n < scene.nodes.size(); ++n) {
        const NodeData& node = scene.nodes[n];
        if (node.mesh < 0) continue;
        const auto& primitives = scene.meshes[node.mesh].primitives;
        for (std::size_t pi = 0; pi < primitives.size(); ++pi) {
            const Primitive& prim = primitives[pi];
            DrawItem item;
            item.mesh = std::make_unique<GpuMesh>();
            item.mesh->upload(prim);
            item.model = node.world;
            item.primitive = pi;
            fitBounds(item, prim.positions);
            item.layer = nodeLayer(scene, static_cast<int>(n));
            item.node = static_cast<int>(n);
            if (item.layer == Layer::Skin) item.source = &prim;
            if (prim.material >= 0 && prim.material < static_cast<int>(scene.materials.size())) {
                const MaterialData& m = scene.materials[prim.material];
                item.baseColor = m.baseColor;
                item.roughness = m.roughness;
                item.doubleSided = m.doubleSided;
            }
            items_.push_back(std::move(item));
        }
    }
}

void SceneRenderer::fitBounds(DrawItem& item, const std::vector<glm::vec3>& positions) {
    if (positions.empty()) return;
    item.lo = item.hi = positions.front();
    for (const glm::vec3& p : positions) {
        item.lo = glm::min(item.lo, p);
        item.hi = glm::max(item.hi, p);
    }
}

void SceneRenderer::setPosedScene(const SceneData& posed) {
    posed_ = &posed;
    for (DrawItem& item : items_) {
        if (item.node < 0 || item.node >= static_cast<int>(posed.nodes.size())) continue;
        const NodeData& node = posed.nodes[item.node];
        item.model = node.world;
        if (node.skin < 0 || node.mesh < 0) continue;
        const Primitive& prim = posed.meshes[node.mesh].primitives[item.primitive];
        item.mesh->updateVertices(prim.positions, prim.normals);
        fitBounds(item, prim.positions);
        if (item.simplified) {
            SimplifiedMesh& light = *item.simplified;
            for (std::size_t k = 0; k < light.sourceVertex.size(); ++k) {
                light.positions[k] = prim.positions[light.sourceVertex[k]];
                light.normals[k] = prim.normals[light.sourceVertex[k]];
            }
            item.lightMesh->updateVertices(light.positions, light.normals);
        }
    }
}

void SceneRenderer::setTable(const TableMesh* table) {
    table_.reset();
    ++tableGeneration_;
    if (!table || table->positions.empty()) return;
    table_ = std::make_unique<GpuMesh>();
    table_->upload(table->positions, table->normals, table->indices);
    table_->updateOverlay(table->shadedColors());
    tableLo_ = tableHi_ = table->positions.front();
    for (const glm::vec3& p : table->positions) {
        tableLo_ = glm::min(tableLo_, p);
        tableHi_ = glm::max(tableHi_, p);
    }
}

void SceneRenderer::setTableColors(const std::vector<glm::vec4>& colors) {
    if (!table_ || colors.size() != table_->vertexCount()) return;
    table_->updateOverlay(colors);
    ++tableGeneration_;  // the cached picture of the table is out of date
}

bool SceneRenderer::hasLayer(Layer layer) const {
    for (const DrawItem& item : items_)
        if (item.layer == layer) return true;
    return false;
}

void SceneRenderer::addTableToBounds(ScreenBounds& bounds, const ViewSettings& settings) const {
    if (table_ && settings.layer(Layer::Table).visible) bounds.addBox(tableLo_, tableHi_, glm::mat4(1.0f));
}

void SceneRenderer::addToBounds(ScreenBounds& bounds, const ViewSettings& settings) const {
    for (const DrawItem& item : items_) {
        const LayerSettings& ls = settings.layer(item.layer);
        if (!ls.visible || ls.opacity <= 0.0f) continue;
        if (!item.simplified) {
            bounds.addBox(item.lo, item.hi, item.model);
            continue;
        }
        // The skin's silhouette is much tighter than its box seen at an angle.
        for (const glm::vec3& p : item.simplified->positions) bounds.add(glm::vec3(item.model * glm::vec4(p, 1.0f)));
    }
}

void SceneRenderer::prepareLightSkin() {
    bool built = false;
    for (DrawItem& item : items_) {
        if (item.layer != Layer::Skin || item.simplified || !item.source) continue;
        if (item.source->indices.size() / 3 > kLightSkinTriangles) {
            item.simplified = std::make_unique<SimplifiedMesh>(simplifyMesh(
                item.source->positions, item.source->normals, item.source->indices, kLightSkinTriangles));
            item.lightMesh = std::make_unique<GpuMesh>();
            item.lightMesh->upload(item.simplified->positions, item.simplified->normals, item.simplified->indices);
            built = true;
        }
        item.source = nullptr;  // done (or small enough as it is)
    }
    if (built && posed_) setPosedScene(*posed_);  // simplified from the rest skin: pose it
}

const SceneRenderer::DrawItem* SceneRenderer::skinItem() const {
    for (const DrawItem& item : items_)
        if (item.layer == Layer::Skin) return &item;
    return nullptr;
}

GpuMesh* SceneRenderer::skinMesh() const {
    const DrawItem* item = skinItem();
    return item ? item->mesh.get() : nullptr;
}

GpuMesh* SceneRenderer::lightSkinMesh() const {
    const DrawItem* item = skinItem();
    return item ? item->lightMesh.get() : nullptr;
}

const SimplifiedMesh* SceneRenderer::lightSkin() const {
    const DrawItem* item = skinItem();
    return item ? item->simplified.get() : nullptr;
}

void SceneRenderer::drawLayer(Layer layer, float opacity, bool depthOnly, bool light) const {
    for (const DrawItem& item : items_) {
        if (item.layer != layer) continue;
        if (item.doubleSided || opacity < 1.0f) glDisable(GL_CULL_FACE); else glEnable(GL_CULL_FACE);
        meshShader_.setModel(item.model);
        if (!depthOnly) {
            const float subsurface = layer == Layer::Skin ? 1.0f : 0.3f;
            glm::vec3 color(item.baseColor);
            if (item.node == highlightedNode_ && layer != Layer::Skin) color = glm::mix(color, kHighlightColor, 0.45f);
            meshShader_.setMaterial(glm::vec4(color, item.baseColor.a * opacity), item.roughness, subsurface);
        }
        (light && item.lightMesh ? *item.lightMesh : *item.mesh).draw();
    }
}

// Matte and opaque; the vertex colours (overlay alpha 1) are its albedo, contact shade included.
void SceneRenderer::drawTable(const glm::mat4& viewProjection, const glm::vec3& eye, const StudioLights& lights) const {
    glEnable(GL_CULL_FACE);
    tableShader_.use();
    tableShader_.setFrame(viewProjection, eye, lights);
    tableShader_.setModel(glm::mat4(1.0f));
    tableShader_.setMaterial(glm::vec4(1.0f), 1.0f, 0.0f);
    tableShader_.setOverlayAsOpacity(false);
    table_->draw();
    meshShader_.use();
}

void SceneRenderer::drawExtras(const std::vector<ExtraMesh>& extras, bool seeThrough) const {
    meshShader_.setModel(glm::mat4(1.0f));
    for (const ExtraMesh& e : extras) {
        if (!e.mesh || (e.baseColor.a < 1.0f || e.overlayIsOpacity) != seeThrough) continue;
        meshShader_.setMaterial(e.baseColor, e.roughness, 0.8f);
        meshShader_.setOverlayAsOpacity(e.overlayIsOpacity);
        e.mesh->draw();
    }
    meshShader_.setOverlayAsOpacity(false);  // layers use the overlay as heat
}

void SceneRenderer::render(const OrbitCamera& camera, int width, int height, const ViewSettings& settings,
                           const std::vector<ExtraMesh>& extras, const std::function<void()>& beforeSeeThrough) const {
    glViewport(0, 0, width, height);
    glDisable(GL_BLEND);
    // Blending keeps colour premultiplied by coverage: rgb = src * a + dst * (1 - a), a = a + dst.a * (1 - a).
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glEnable(GL_DEPTH_TEST);
    glDepthFunc(GL_LEQUAL);
    glCullFace(GL_BACK);

    const float aspect = float(width) / float(height > 0 ? height : 1);
    const glm::mat4 viewProjection = camera.projection(aspect) * camera.view();
    const StudioLights lights = cameraLights(camera);
    const bool tableShown = table_ && settings.layer(Layer::Table).visible;
    GLint drawFramebuffer = 0, samples = 0;
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &drawFramebuffer);
    glGetIntegerv(GL_SAMPLES, &samples);
    const bool reuseTable = tableShown && drawFramebuffer != 0 && samples == 0;
    if (reuseTable) {
        const TableBackdrop::Key key{camera.view(), camera.projection(aspect), width, height, tableGeneration_};
        std::size_t slot = backdrops_[0].holds(key) ? 0 : backdrops_[1].holds(key) ? 1 : nextBackdrop_;
        if (!backdrops_[slot].holds(key)) nextBackdrop_ = 1 - slot;  // the other one is replaced next
        backdrops_[slot].restore(static_cast<unsigned>(drawFramebuffer), key,
                                 [&] { drawTable(viewProjection, camera.eye(), lights); });
    } else {
        // Transparent: ScenePresenter composites the picture over the theme's background.
        glClearColor(0.0f, 0.0f, 0.0f, 0.0f);
        clearDepth(1.0f);
        glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
    }
    meshShader_.use();
    meshShader_.setOverlayAsOpacity(false);
    meshShader_.setFrame(viewProjection, camera.eye(), lights);

    // Inside out: bones, then muscles, then skin; other meshes (user models) with the skeleton.
    const Layer order[] = {Layer::Other, Layer::Skeleton, Layer::Muscles, Layer::Skin};
    // A visible opaque skin is closed and hides muscles and bones completely: skip
    // them (a software rasterizer pays for every hidden fragment), and draw the
    // skin first so what remains is depth-rejected early.
    const LayerSettings& skin = settings.layer(Layer::Skin);
    const bool skinHides = skin.visible && skin.opacity >= 1.0f && hasLayer(Layer::Skin);
    if (skinHides) drawLayer(Layer::Skin, 1.0f, false, settings.lightSkin);
    for (Layer layer : order) {
        const LayerSettings& ls = settings.layer(layer);
        if (!ls.visible || ls.opacity < 1.0f || (skinHides && layer != Layer::Other)) continue;
        drawLayer(layer, 1.0f, false, settings.lightSkin);
    }
    // After the body, so the part under it is depth-rejected before shading.
    if (tableShown && !reuseTable) drawTable(viewProjection, camera.eye(), lights);
    glEnable(GL_CULL_FACE);
    drawExtras(extras, false);
    for (Layer layer : order) {
        const LayerSettings& ls = settings.layer(layer);
        if (!ls.visible || ls.opacity >= 1.0f || ls.opacity <= 0.0f) continue;
        // Depth pre-pass: only the nearest surface of this layer survives, then blend it once.
        glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_FALSE);
        drawLayer(layer, ls.opacity, true, settings.lightSkin);
        glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
        glEnable(GL_BLEND);
        glDepthMask(GL_FALSE);
        drawLayer(layer, ls.opacity, false, settings.lightSkin);
        glDepthMask(GL_TRUE);
        glDisable(GL_BLEND);
    }
    if (beforeSeeThrough) {
        beforeSeeThrough();
        meshShader_.use();
    }
    // See-through extras (hands in see-through mode or with contact windows) last, nearest surface only.
    glEnable(GL_CULL_FACE);
    glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_FALSE);
    drawExtras(extras, true);
    glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    glEnable(GL_BLEND);
    glDepthMask(GL_FALSE);
    drawExtras(extras, true);
    glDepthMask(GL_TRUE);
    glDisable(GL_BLEND);
    glDisable(GL_CULL_FACE);
}

}  // namespace backrub::gfx
