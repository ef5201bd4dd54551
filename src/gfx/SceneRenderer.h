#pragma once
// Draws a SceneData (any valid glTF, or the generated body) with studio lighting
// on a transparent background (ScenePresenter adds the theme's), layer by layer:
// opaque layers first, then see-through layers from the inside out with a depth
// pre-pass so only the nearest surface of each blends (no sorting artefacts).
#include "core/geometry/MeshSimplifier.h"
#include "core/view/OrbitCamera.h"
#include "core/view/ScreenRect.h"
#include "core/base/SceneData.h"
#include "core/view/ViewSettings.h"
#include "core/scene/TableMesh.h"
#include "gfx/GpuMesh.h"
#include "gfx/MeshShader.h"
#include "gfx/TableBackdrop.h"

#include <array>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace backrub::gfx {

// A mesh drawn with the scene's lighting but not part of the model: the hands, the ball.
struct ExtraMesh {
    const GpuMesh* mesh = nullptr;
    glm::vec4 baseColor{0.8f};  // linear RGB, alpha = opacity (below 1: drawn see-through, last)
    float roughness = 0.6f;
    // The mesh's overlay alpha is a per-vertex opacity (hands with contact windows,
    // core/ContactWindow.h); such a mesh is drawn with the see-through extras.
    bool overlayIsOpacity = false;
};

class SceneRenderer {
public:
    // A bone or muscle drawn lighter and warmer, so the structure under the cursor
    // stands out (-1: none; the skin is never tinted, it covers everything).
    void setHighlightedNode(int node) { highlightedNode_ = node; }
    // Builds the shader programs; false with a message naming the shader on failure.
    bool init(std::string& error);
    // The scene must outlive the renderer (its skin is simplified on first use).
    void setScene(const SceneData& scene);
    // The same scene posed (core/pose/ScenePoser.h: same nodes, meshes and vertex counts):
    // nodes take their posed transforms, skinned meshes their posed vertices. Passing the
    // scene given to setScene() shows it at rest again. `posed` must stay alive while it shows.
    void setPosedScene(const SceneData& posed);
    // The massage table under the body, drawn with the opaque layers while Layer::Table is
    // visible: one draw, its colours and contact shade in the vertices. nullptr: none.
    // Uploaded here; the mesh need not outlive the call.
    void setTable(const TableMesh* table);
    // New per-vertex colours for the table set last (the contact shade under a posed body).
    void setTableColors(const std::vector<glm::vec4>& colors);
    // Draws into the currently bound framebuffer of the given size; a single-sample one
    // gets the table copied from the last frame's when the camera has not moved (TableBackdrop).
    // `beforeSeeThrough`,
    // if given, draws after the body and the opaque extras and before the see-through
    // extras (the hands over the heat map), so what it draws on the skin shows through them.
    void render(const OrbitCamera& camera, int width, int height, const ViewSettings& settings,
                const std::vector<ExtraMesh>& extras = {}, const std::function<void()>& beforeSeeThrough = {}) const;

    // Fast frames (ViewSettings::lightSkin) draw a simplified copy of a large skin:
    // the same surface with at most this many triangles.
    static constexpr std::size_t kLightSkinTriangles = 16000;

    // Adds what `settings` shows to `bounds`: the skin's (light) vertices, the boxes of other meshes.
    void addToBounds(ScreenBounds& bounds, const ViewSettings& settings) const;
    // Adds the massage table's box when it shows.
    void addTableToBounds(ScreenBounds& bounds, const ViewSettings& settings) const;

    // Builds the simplified skin if it is needed and not built yet (tens of milliseconds).
    void prepareLightSkin();

    // The first mesh of the skin layer, where the heat map goes; nullptr if none.
    GpuMesh* skinMesh() const;
    // Its simplified copy and how source vertices map onto it; nullptr if the skin is small.
    GpuMesh* lightSkinMesh() const;
    const SimplifiedMesh* lightSkin() const;

private:
    struct DrawItem {
        std::unique_ptr<GpuMesh> mesh;
        std::unique_ptr<GpuMesh> lightMesh;           // skin only, when simplified
        std::unique_ptr<SimplifiedMesh> simplified;  // what lightMesh holds
        const Primitive* source = nullptr;           // skin not yet looked at for simplifying
        glm::mat4 model{1.0f};
        glm::vec3 lo{0.0f}, hi{0.0f};  // model-space bounds
        glm::vec4 baseColor{0.8f};
        float roughness = 0.6f;
        Layer layer = Layer::Other;
        bool doubleSided = false;
        int node = -1;  // scene node drawn
        std::size_t primitive = 0;  // of the node's mesh
    };
    static void fitBounds(DrawItem& item, const std::vector<glm::vec3>& positions);
    int highlightedNode_ = -1;
    const SceneData* posed_ = nullptr;  // the last posed scene given (it outlives the next call)
    void drawLayer(Layer layer, float opacity, bool depthOnly, bool light) const;
    const DrawItem* skinItem() const;
    bool hasLayer(Layer layer) const;
    void drawExtras(const std::vector<ExtraMesh>& extras, bool seeThrough) const;
    void drawTable(const glm::mat4& viewProjection, const glm::vec3& eye, const StudioLights& lights) const;

    MeshShader meshShader_;
    MeshShader tableShader_;  // mesh.frag's matte path
    std::vector<DrawItem> items_;
    std::unique_ptr<GpuMesh> table_;
    glm::vec3 tableLo_{0.0f}, tableHi_{0.0f};
    int tableGeneration_ = 0;
    // Caches (drawing stays a const operation): two, so the two pictures of a compare view,
    // seen through two cameras, each keep theirs.
    mutable std::array<TableBackdrop, 2> backdrops_;
    mutable std::size_t nextBackdrop_ = 0;  // the one to draw into when neither holds the view
};

}  // namespace backrub::gfx
