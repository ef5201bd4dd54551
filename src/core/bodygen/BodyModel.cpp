#include "core/bodygen/BodyModel.h"

#include "core/bodygen/BodyLandmarks.h"
#include "core/bodygen/BodyProportions.h"
#include "core/bodygen/LimbMeshes.h"
#include "core/bodygen/Muscles.h"
#include "core/bodygen/SkeletonMeshes.h"
#include "core/bodygen/SkinRegions.h"
#include "core/bodygen/SkinWeights.h"

#include <nlohmann/json.hpp>

#include <utility>
#include <vector>

namespace backrub {
namespace {

enum Material { kSkin = 0, kMuscle = 1, kBone = 2, kTendon = 3, kDeepMuscle = 4 };

class SceneAssembler {
public:
    SceneData scene;

    SceneAssembler() {
        // glTF base colours are linear: a neutral skin tone, sRGB (224, 172, 150); ivory bone,
        // sRGB (232, 222, 196); desaturated red muscle, sRGB (165, 75, 70).
        scene.materials.push_back({"skin", {0.745f, 0.41f, 0.305f, 1.0f}, 0.0f, 0.55f, false, false});
        scene.materials.push_back({"muscle", {0.38f, 0.07f, 0.06f, 1.0f}, 0.0f, 0.5f, false, false});
        scene.materials.push_back({"bone", {0.80f, 0.73f, 0.55f, 1.0f}, 0.0f, 0.6f, false, false});
        // Tendon and aponeurosis: pale, silvery and a little glossy, sRGB (226, 218, 205).
        scene.materials.push_back({"tendon", {0.76f, 0.70f, 0.61f, 1.0f}, 0.0f, 0.35f, false, false});
        // The deep layer a little darker, as atlases tint it, so the layers read apart where
        // they meet: sRGB (140, 58, 55).
        scene.materials.push_back({"muscle_deep", {0.26f, 0.042f, 0.038f, 1.0f}, 0.0f, 0.5f, false, false});
    }
    // Adds a node whose world transform is `world`; `mesh` is given in model space and
    // stored relative to the node.
    int addNode(const std::string& name, int parent, const glm::mat4& world, const MeshBuilder* mesh, int material) {
        return addNode(name, parent, world, {{mesh, material}});
    }
    // The same with a mesh of several parts, one primitive each (a muscle's belly and tendons).
    int addNode(const std::string& name, int parent, const glm::mat4& world, const std::vector<std::pair<const MeshBuilder*, int>>& parts) {
        NodeData n;
        n.name = name;
        n.parent = parent;
        n.world = world;
        n.local = parent >= 0 ? glm::inverse(scene.nodes[parent].world) * world : world;
        MeshData mesh{name, {}};
        for (const auto& [part, material] : parts) {
            if (!part || part->empty()) continue;
            MeshBuilder local = *part;
            local.transform(glm::inverse(world));
            mesh.primitives.push_back(local.build(material));
        }
        if (!mesh.primitives.empty()) {
            scene.meshes.push_back(std::move(mesh));
            n.mesh = static_cast<int>(scene.meshes.size() - 1);
        }
        scene.nodes.push_back(std::move(n));
        int index = static_cast<int>(scene.nodes.size() - 1);
        if (parent >= 0) scene.nodes[parent].children.push_back(index);
        else scene.roots.push_back(index);
        return index;
    }
};

glm::mat4 jointWorld(const Joint& j) {
    glm::mat4 m(j.frame);
    m[3] = glm::vec4(j.position, 1.0f);
    return m;
}

MeshBuilder boneMesh(const Skeleton& sk, const BodyProportions& p, const std::string& joint) {
    if (joint == "pelvis") return pelvisMesh(sk);
    if (joint == "skull") return skullMesh(sk.head);
    if (joint == "sacrum") return sacrumMesh(sk.sacrum);
    if (joint == "coccyx") return coccyxMesh(sk.sacrum);
    if (joint == "sternum") return sternumMesh(sk.sternum);
    if (joint.rfind("vertebra_", 0) == 0) return vertebraMesh(sk.vertebra(joint.substr(9)));
    for (int side = 0; side < 2; ++side) {
        const std::string sfx = sideSuffix(side);
        const Arm& arm = sk.arms[side];
        const Leg& leg = sk.legs[side];
        if (joint == "femur" + sfx) return femurMesh(sk.femora[side], leg);
        if (joint == "scapula" + sfx) return scapulaMesh(sk.scapulae[side]);
        if (joint == "clavicle" + sfx) return clavicleMesh(arm);
        if (joint == "humerus" + sfx) return humerusMesh(arm);
        if (joint == "radius" + sfx) return radiusMesh(arm);
        if (joint == "ulna" + sfx) return ulnaMesh(arm);
        if (joint == "hand" + sfx) return handMesh(arm.hand);
        if (joint == "patella" + sfx) return patellaMesh(leg, p);
        if (joint == "tibia" + sfx) return tibiaMesh(leg);
        if (joint == "fibula" + sfx) return fibulaMesh(leg);
        if (joint == "foot" + sfx) return footMesh(leg.foot);
    }
    for (const Rib& r : sk.ribs)
        if (joint == "rib" + std::string(sideSuffix(r.side)) + std::to_string(r.number)) return ribMesh(r);
    return {};
}

// The bones, one node per joint; returns the node of each joint.
std::vector<int> addSkeleton(SceneAssembler& out, const Skeleton& sk, const BodyProportions& p) {
    int layer = out.addNode("skeleton", -1, glm::mat4(1.0f), nullptr, -1);
    std::vector<int> nodeOfJoint(sk.joints.size(), -1);
    for (std::size_t i = 0; i < sk.joints.size(); ++i) {
        const Joint& j = sk.joints[i];
        int parent = j.parent >= 0 ? nodeOfJoint[j.parent] : layer;
        MeshBuilder mesh = boneMesh(sk, p, j.name);
        nodeOfJoint[i] = out.addNode(j.name, parent, jointWorld(j), &mesh, kBone);
    }
    return nodeOfJoint;
}

// One glTF skin over every joint node (JOINTS_0 indices are skeleton joint indices); the
// skin and every muscle are bound to it (SkinWeights.h).
void bindMeshes(SceneAssembler& out, const std::vector<int>& nodeOfJoint, const Skeleton& sk, const SkinField& field) {
    SkinData skin;
    skin.name = "body";
    for (int node : nodeOfJoint) {
        skin.joints.push_back(node);
        skin.inverseBind.push_back(glm::inverse(out.scene.nodes[node].world));
    }
    out.scene.skins.push_back(std::move(skin));
    const int skinIndex = static_cast<int>(out.scene.skins.size() - 1);
    const int muscles = out.scene.findNode("muscles");
    for (NodeData& n : out.scene.nodes) {
        const bool bound = n.name == "skin" || (muscles >= 0 && n.parent == muscles);
        if (!bound || n.mesh < 0) continue;
        for (Primitive& prim : out.scene.meshes[n.mesh].primitives) {
            std::vector<glm::vec3> world;
            world.reserve(prim.positions.size());
            for (const glm::vec3& q : prim.positions) world.push_back(glm::vec3(n.world * glm::vec4(q, 1.0f)));
            SkinBinding b = bindToSkeleton(world, sk, field);
            prim.joints = std::move(b.joints);
            prim.weights = std::move(b.weights);
        }
        n.skin = skinIndex;
    }
}

// The skin: 6 mm surface nets over the skin field (80-90k triangles).
constexpr float kSkinCellM = 0.006f;

void addSkin(SceneAssembler& out, const IsoMesh& skin, const SkinRegionIds& regions) {
    Primitive prim;
    prim.positions = skin.positions;
    prim.normals = skin.normals;
    prim.indices = skin.indices;
    prim.material = kSkin;
    CustomAttribute base{1, {}}, overlay{1, {}};
    for (Region r : regions.base) base.values.push_back(static_cast<float>(r));
    for (Region r : regions.overlay) overlay.values.push_back(static_cast<float>(r));
    prim.custom["_REGION"] = std::move(base);
    prim.custom["_REGION_OVERLAY"] = std::move(overlay);
    out.scene.meshes.push_back({"skin", {std::move(prim)}});
    int node = out.addNode("skin", -1, glm::mat4(1.0f), nullptr, -1);
    out.scene.nodes[node].mesh = static_cast<int>(out.scene.meshes.size() - 1);
}

void addMuscles(SceneAssembler& out, const std::vector<MuscleMesh>& muscles) {
    int layer = out.addNode("muscles", -1, glm::mat4(1.0f), nullptr, -1);
    for (const MuscleMesh& m : muscles)
        out.addNode(m.name, layer, glm::mat4(1.0f), {{&m.mesh, m.deep ? kDeepMuscle : kMuscle}, {&m.tendon, kTendon}});
}

void addLandmarks(SceneAssembler& out, const BodyLandmarks& lm) {
    int layer = out.addNode("landmarks", -1, glm::mat4(1.0f), nullptr, -1);
    nlohmann::json midline = nlohmann::json::array();
    for (const glm::vec3& q : lm.spineMidline) midline.push_back({q.x, q.y, q.z});
    out.scene.nodes[layer].extrasJson = nlohmann::json{{"spine_midline", midline}}.dump();
    for (const Landmark& l : lm.points) {
        glm::mat4 at(1.0f);
        at[3] = glm::vec4(l.position, 1.0f);
        out.addNode(l.name, layer, at, nullptr, -1);
    }
}

std::string sceneExtras(BodySize size) {
    nlohmann::json regions = nlohmann::json::array();
    for (int i = 1; i < kRegionCount; ++i) {
        auto r = static_cast<Region>(i);
        regions.push_back({{"id", i}, {"regionId", regionId(r)}, {"name", regionName(r)}, {"overlay", isOverlayRegion(r)}});
    }
    return nlohmann::json{{"backrub_model_format", 1},
                          {"body", bodySizeName(size)},
                          {"units", "metres"},
                          {"axes", "+Y posterior (back up), +Z cranial, +X the receiver's left"},
                          {"regions", regions}}
        .dump();
}

}  // namespace

std::optional<BodySize> parseBodySize(const std::string& text) {
    if (text == "female") return BodySize::Female;
    if (text == "male") return BodySize::Male;
    return std::nullopt;
}

const char* bodySizeName(BodySize size) { return size == BodySize::Female ? "female" : "male"; }

SceneData generateBodyScene(BodySize size) {
    const BodyProportions p = bodyProportions(size);
    const Skeleton sk = buildSkeleton(p);
    const SkinField field(sk, p);
    glm::vec3 lo, hi;
    field.bounds(lo, hi);
    const IsoMesh skin = meshIsoSurface(std::cref(field), lo, hi, kSkinCellM);
    const BodyLandmarks landmarks = placeLandmarks(sk, field, skin);
    const SkinRegionIds regions = assignSkinRegions(skin, sk, landmarks, p);

    SceneAssembler out;
    out.scene.extrasJson = sceneExtras(size);
    addSkin(out, skin, regions);
    addMuscles(out, buildMuscles(sk, p, field));
    const std::vector<int> nodeOfJoint = addSkeleton(out, sk, p);
    addLandmarks(out, landmarks);
    bindMeshes(out, nodeOfJoint, sk, field);
    out.scene.updateWorldTransforms();
    return std::move(out.scene);
}

void unbindNestedMeshes(SceneData& scene) {
    for (NodeData& n : scene.nodes) {
        if (n.skin < 0 || n.parent < 0) continue;
        n.skin = -1;
        if (n.mesh < 0) continue;
        for (Primitive& p : scene.meshes[n.mesh].primitives) {
            p.joints.clear();
            p.weights.clear();
        }
    }
}

}  // namespace backrub
