#include "core/view/Picking.h"

#include <catch2/catch.hpp>
#include <glm/gtc/matrix_transform.hpp>

using namespace backrub;

namespace {

// A unit quad in the XZ plane facing +Y at height y, under a layer node.
void addQuad(SceneData& s, const std::string& layer, const std::string& name, float y) {
    Primitive p;
    p.positions = {{-1, 0, -1}, {1, 0, -1}, {1, 0, 1}, {-1, 0, 1}};
    p.normals.assign(4, {0, 1, 0});
    p.indices = {0, 2, 1, 0, 3, 2};
    s.meshes.push_back(MeshData{name, {p}});
    NodeData group;
    group.name = layer;
    const int g = static_cast<int>(s.nodes.size());
    group.children = {g + 1};
    NodeData mesh;
    mesh.name = name;
    mesh.parent = g;
    mesh.mesh = static_cast<int>(s.meshes.size()) - 1;
    mesh.local = glm::translate(glm::mat4(1.0f), glm::vec3(0, y, 0));
    s.nodes.push_back(group);
    s.nodes.push_back(mesh);
    s.roots.push_back(g);
}

SceneData stack() {
    SceneData s;
    addQuad(s, "skeleton", "vertebra_L4", 0.0f);
    addQuad(s, "muscles", "erector_spinae_L", 0.1f);
    addQuad(s, "skin", "skin_mesh", 0.2f);
    s.updateWorldTransforms();
    return s;
}

const glm::vec3 kDown{0, -1, 0};

}  // namespace

TEST_CASE("Picking finds the nearest visible surface", "[picking]") {
    const SceneData s = stack();
    ViewSettings v;
    auto hit = pickScene(s, {0.2f, 1.0f, 0.3f}, kDown, v, false);
    REQUIRE(hit);
    CHECK(s.nodes[hit->node].name == "skin_mesh");
    CHECK(hit->layer == Layer::Skin);
    CHECK(hit->distance == Approx(0.8f));
    CHECK(hit->point.x == Approx(0.2f));
    CHECK(hit->barycentric.x + hit->barycentric.y + hit->barycentric.z == Approx(1.0f));

    v.layer(Layer::Skin).visible = false;
    hit = pickScene(s, {0.2f, 1.0f, 0.3f}, kDown, v, false);
    REQUIRE(hit);
    CHECK(s.nodes[hit->node].name == "erector_spinae_L");

    v.layer(Layer::Skin).visible = true;
    v.setXray(true);
    hit = pickScene(s, {0.2f, 1.0f, 0.3f}, kDown, v, true);
    REQUIRE(hit);
    CHECK(s.nodes[hit->node].name == "erector_spinae_L");  // through the see-through skin
}

TEST_CASE("Picking misses outside the geometry and behind the ray", "[picking]") {
    const SceneData s = stack();
    ViewSettings v;
    CHECK_FALSE(pickScene(s, {3.0f, 1.0f, 0.0f}, kDown, v, false));
    CHECK_FALSE(pickScene(s, {0.0f, 1.0f, 0.0f}, -kDown, v, false));
}

TEST_CASE("A pixel ray passes through the point that projects to that pixel", "[picking]") {
    const glm::mat4 view = glm::lookAt(glm::vec3(0.3f, 2.0f, 1.0f), glm::vec3(0.0f), glm::vec3(0, 0, 1));
    const glm::mat4 proj = glm::perspective(0.6f, 1.5f, 0.05f, 20.0f);
    const glm::vec3 target(0.1f, 0.05f, -0.2f);
    glm::vec4 clip = proj * view * glm::vec4(target, 1.0f);
    glm::vec3 ndc = glm::vec3(clip) / clip.w;
    const float w = 600, h = 400;
    const float px = (ndc.x + 1.0f) * 0.5f * w - 0.5f, py = (1.0f - ndc.y) * 0.5f * h - 0.5f;
    glm::vec3 o, d;
    rayFromPixel(view, proj, px, py, w, h, o, d);
    const glm::vec3 toTarget = target - o;
    const float along = glm::dot(toTarget, d);
    CHECK(glm::length(toTarget - along * d) < 1e-4f);
    CHECK(glm::length(d) == Approx(1.0f));
}
