#include "core/BodyModel.h"

#include "core/BodyProportions.h"
#include "core/SkeletonMeshes.h"

#include <glm/gtc/matrix_transform.hpp>

namespace backrub {
namespace {

enum Material { kSkin = 0, kMuscle = 1, kBone = 2 };

class SceneAssembler {
public:
    SceneData scene;

    SceneAssembler() {
        scene.materials.push_back({"skin", {0.80f, 0.60f, 0.50f, 1.0f}, 0.0f, 0.55f, false, false});
        scene.materials.push_back({"muscle", {0.55f, 0.20f, 0.18f, 1.0f}, 0.0f, 0.5f, false, false});
        scene.materials.push_back({"bone", {0.85f, 0.82f, 0.72f, 1.0f}, 0.0f, 0.6f, false, false});
    }
    // Adds a node whose world transform is `world`; `mesh` is given in model space and
    // stored relative to the node.
    int addNode(const std::string& name, int parent, const glm::mat4& world, const MeshBuilder* mesh, int material) {
        NodeData n;
        n.name = name;
        n.parent = parent;
        n.world = world;
        n.local = parent >= 0 ? glm::inverse(scene.nodes[parent].world) * world : world;
        if (mesh && !mesh->empty()) {
            MeshBuilder local = *mesh;
            local.transform(glm::inverse(world));
            scene.meshes.push_back({name, {local.build(material)}});
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

MeshBuilder boneMesh(const Skeleton& sk, const std::string& joint) {
    if (joint == "pelvis") return pelvisMesh(sk);
    if (joint == "sacrum") return sacrumMesh(sk.sacrum);
    if (joint == "coccyx") return coccyxMesh(sk.sacrum);
    if (joint.rfind("vertebra_", 0) == 0) return vertebraMesh(sk.vertebra(joint.substr(9)));
    for (int side = 0; side < 2; ++side) {
        if (joint == std::string("femur") + sideSuffix(side)) return femurMesh(sk.femora[side]);
        if (joint == std::string("scapula") + sideSuffix(side)) return scapulaMesh(sk.scapulae[side]);
    }
    for (const Rib& r : sk.ribs)
        if (joint == "rib" + std::string(sideSuffix(r.side)) + std::to_string(r.number)) return ribMesh(r);
    return {};
}

void addSkeleton(SceneAssembler& out, const Skeleton& sk) {
    int layer = out.addNode("skeleton", -1, glm::mat4(1.0f), nullptr, -1);
    std::vector<int> nodeOfJoint(sk.joints.size(), -1);
    for (std::size_t i = 0; i < sk.joints.size(); ++i) {
        const Joint& j = sk.joints[i];
        int parent = j.parent >= 0 ? nodeOfJoint[j.parent] : layer;
        MeshBuilder mesh = boneMesh(sk, j.name);
        nodeOfJoint[i] = out.addNode(j.name, parent, jointWorld(j), &mesh, kBone);
    }
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
    SceneAssembler out;
    addSkeleton(out, sk);
    out.scene.updateWorldTransforms();
    return std::move(out.scene);
}

}  // namespace backrub
